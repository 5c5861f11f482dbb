package dev.tasksdk.facade;

/**
 * Something a vendor's Task API can do: an operation of {@link TaskClient} or a filter of {@link
 * TaskQuery}.
 *
 * <p>{@link Capabilities} says, per vendor, which ones it supports and how; the matrix is derived
 * from the vendors' specs, and a test keeps the two in agreement.
 */
public enum Capability {
  LIST(true),
  GET(true),
  CREATE(true),
  UPDATE(true),
  COMPLETE(true),
  SKIP(true),
  CANCEL(true),
  CLAIM(true),
  MOVE(true),
  ASSIGN(true),
  DELETE(true),
  /** {@link TaskQuery#statuses()}. */
  FILTER_STATUS(false),
  /** {@link TaskQuery#assignees()}. */
  FILTER_ASSIGNEE(false),
  /** {@link TaskQuery#type()}. */
  FILTER_TYPE(false),
  /** {@link TaskQuery#dueFrom()} / {@link TaskQuery#dueTo()}. */
  FILTER_DUE_WINDOW(false),
  /** {@link TaskQuery#text()}. */
  FILTER_TEXT(false),
  /** {@link TaskQuery#callSid()} (Amigo). */
  FILTER_CALL_SID(false),
  /** {@link TaskQuery#userId()} (Amplemarket). */
  FILTER_USER_ID(false),
  /** {@link TaskQuery#projectId()} (AgentTasks). */
  FILTER_PROJECT(false);

  private final boolean operation;

  Capability(boolean operation) {
    this.operation = operation;
  }

  /** Whether this is an operation (as opposed to a list filter). */
  public boolean isOperation() {
    return operation;
  }

  /**
   * The lower-case name used in messages and the CLI, e.g. {@code "complete"}, {@code
   * "filter_status"}.
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
