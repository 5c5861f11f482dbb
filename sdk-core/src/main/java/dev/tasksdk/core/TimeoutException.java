package dev.tasksdk.core;

/**
 * A call ran out of time: a connect, read or write timeout, the call timeout, or the retry budget
 * spent before an attempt succeeded.
 */
public class TimeoutException extends ConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param vendor the vendor called
   * @param operation the operation, e.g. {@code "getTask"}
   * @param message a short description without secrets
   * @param cause the underlying timeout, or null
   */
  public TimeoutException(Vendor vendor, String operation, String message, Throwable cause) {
    super(vendor, operation, message, cause);
  }
}
