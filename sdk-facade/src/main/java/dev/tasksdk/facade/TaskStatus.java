package dev.tasksdk.facade;

/**
 * A task's status normalised across vendors.
 *
 * <p>The vendor's own word is always kept in {@link Task#vendorStatus()}; a word no mapping table
 * lists becomes {@link #UNKNOWN}. The tables are in the README.
 */
public enum TaskStatus {
  /** Not started: to do, scheduled, pending. */
  OPEN,
  /** Being worked on: claimed, running, processing. */
  IN_PROGRESS,
  /** Finished successfully. */
  DONE,
  /** Deliberately passed over (Amplemarket). */
  SKIPPED,
  /** Called off, closed or archived without being done. */
  CANCELLED,
  /** Ended in an error or timed out. */
  FAILED,
  /** The vendor sent a word no mapping table lists. */
  UNKNOWN;

  /**
   * Parses a status name such as {@code "in_progress"} or {@code "DONE"}, ignoring case and
   * accepting {@code -} or a space for {@code _}.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static TaskStatus parse(String value) {
    return Enums.parse(TaskStatus.class, "status", value);
  }
}
