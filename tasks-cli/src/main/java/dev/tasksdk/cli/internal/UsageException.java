package dev.tasksdk.cli.internal;

/** Bad input found after parsing, e.g. {@code --live} without the vendor's key; exit code 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the offending option or variable. */
  public UsageException(String message) {
    super(message);
  }
}
