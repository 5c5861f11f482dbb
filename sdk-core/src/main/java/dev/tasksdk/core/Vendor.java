package dev.tasksdk.core;

import java.util.Locale;

/**
 * The five vendors whose Task APIs tasksdk covers.
 *
 * <p>{@link #id()} is the lower-case name used everywhere a vendor is named in text: the spec file
 * ({@code specs/<id>.yaml}), the Maven artifact ({@code sdk-<id>}), task references ({@code
 * <id>:<task id>}) and the prefix of environment variables ({@link #envPrefix()}).
 */
public enum Vendor {
  AMPLEMARKET("amplemarket", "Amplemarket"),
  AMIGO("amigo", "Amigo"),
  AGENTTASKS("agenttasks", "AgentTasks"),
  STUUT("stuut", "Stuut"),
  VAMBE("vambe", "Vambe");

  private final String id;
  private final String displayName;

  Vendor(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The lower-case identifier, e.g. {@code "agenttasks"}. */
  public String id() {
    return id;
  }

  /** The vendor's own spelling of its name, e.g. {@code "AgentTasks"}. */
  public String displayName() {
    return displayName;
  }

  /** The prefix of this vendor's environment variables, e.g. {@code "AGENTTASKS"}. */
  public String envPrefix() {
    return name();
  }

  /**
   * Looks a vendor up by its id or name, ignoring case.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones when nothing matches
   */
  public static Vendor fromId(String value) {
    if (value == null) {
      throw new IllegalArgumentException("vendor == null");
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    for (Vendor v : values()) {
      if (v.id.equals(wanted)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown vendor '"
            + value
            + "'; expected one of amplemarket, amigo, agenttasks, stuut, vambe");
  }

  @Override
  public String toString() {
    return id;
  }
}
