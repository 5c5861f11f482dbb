package dev.tasksdk.facade;

/**
 * A task's priority normalised across vendors; absent when the vendor has no notion of priority.
 *
 * <p>The vendor's own word is kept in {@link Task#vendorPriority()}.
 */
public enum TaskPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT,
  /** The vendor sent a word no mapping table lists. */
  UNKNOWN;

  /**
   * Parses a priority name such as {@code "high"}, ignoring case.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static TaskPriority parse(String value) {
    TaskPriority p = Enums.parse(TaskPriority.class, "priority", value);
    if (p == UNKNOWN) {
      throw new IllegalArgumentException(
          "priority 'unknown' cannot be requested; expected one of low, normal, high, urgent");
    }
    return p;
  }
}
