package dev.tasksdk.spring.boot;

/**
 * A {@code tasksdk.*} property is missing or invalid. The message names the property and never
 * contains an API key or secret; {@link TaskSdkPropertyFailureAnalyzer} turns it into Boot's
 * start-up failure report.
 */
public final class InvalidTaskSdkPropertyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param property the property's canonical name, e.g. {@code tasksdk.agenttasks.team-id}
   * @param reason why it is wrong, without any secret value
   */
  public InvalidTaskSdkPropertyException(String property, String reason) {
    super(property + ": " + reason);
    this.property = property;
    this.reason = reason;
  }

  /** The property's canonical name. */
  public String property() {
    return property;
  }

  /** Why the property is wrong. */
  public String reason() {
    return reason;
  }
}
