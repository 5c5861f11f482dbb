package dev.tasksdk.facade;

import java.util.Objects;
import java.util.Optional;

/**
 * The person a task is about (Amplemarket's contact, Vambe's AI contact), as far as the vendor
 * says.
 */
public final class Contact {
  private final String id;
  private final String name;
  private final String email;

  private Contact(String id, String name, String email) {
    this.id = id;
    this.name = name;
    this.email = email;
  }

  /** A contact; any part may be null. */
  public static Contact of(String id, String name, String email) {
    return new Contact(id, name, email);
  }

  /** The vendor's contact id. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The contact's name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The contact's email. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact c
        && Objects.equals(id, c.id)
        && Objects.equals(name, c.name)
        && Objects.equals(email, c.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, email);
  }

  @Override
  public String toString() {
    return "Contact{id=" + id + ", name=" + name + ", email=" + email + "}";
  }
}
