package dev.tasksdk.cli.internal;

/** The exit codes of {@code tasks}; the README documents them. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;

  /** Some vendors of a merged list failed while others answered (or an unexpected error). */
  public static final int PARTIAL = 1;

  /** Usage error or bad input; the message names the offending option or variable. */
  public static final int USAGE = 2;

  /** The vendor rejected the request (HTTP 4xx). */
  public static final int REJECTED = 3;

  /** The vendor or the sandbox is unavailable: connection failure, timeout, 5xx after retries. */
  public static final int UNAVAILABLE = 4;

  /** The vendor does not support the operation. */
  public static final int UNSUPPORTED = 5;

  private ExitCodes() {}
}
