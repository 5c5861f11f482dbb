package dev.tasksdk.facade;

import dev.tasksdk.core.spi.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone (or some agent) a task is assigned to: an id and, where the vendor gives them, email and
 * name.
 */
public final class Assignee {
  private final String id;
  private final String email;
  private final String name;

  private Assignee(String id, String email, String name) {
    if (id == null && email == null) {
      throw new IllegalArgumentException("assignee needs an id or an email");
    }
    this.id = id;
    this.email = email;
    this.name = name;
  }

  /** An assignee known by id only. */
  public static Assignee ofId(String id) {
    return new Assignee(Require.nonNull(id, "id"), null, null);
  }

  /** An assignee with whatever the vendor gives; {@code id} or {@code email} must be non-null. */
  public static Assignee of(String id, String email, String name) {
    return new Assignee(id, email, name);
  }

  /** The vendor's id of the user or agent. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The email, where the vendor gives one. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** The display name, where the vendor gives one. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The email when known, else the id: what a person reads. */
  public String display() {
    return email != null ? email : id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assignee a
        && Objects.equals(id, a.id)
        && Objects.equals(email, a.email)
        && Objects.equals(name, a.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, email, name);
  }

  @Override
  public String toString() {
    return "Assignee{id=" + id + ", email=" + email + ", name=" + name + "}";
  }
}
