package dev.tasksdk.core;

/**
 * A call got no usable HTTP answer: DNS failure, connection refused or reset, an interrupted wait,
 * or (as {@link TimeoutException}) a timeout.
 *
 * <p>{@link #getCause()} holds the underlying {@link java.io.IOException} when there is one.
 */
public class ConnectionException extends TaskSdkException {
  private static final long serialVersionUID = 1L;

  private final Vendor vendor;
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param vendor the vendor called
   * @param operation the operation, e.g. {@code "getTask"}
   * @param message a short description without secrets
   * @param cause the I/O failure, or null
   */
  public ConnectionException(Vendor vendor, String operation, String message, Throwable cause) {
    super(message, cause);
    this.vendor = vendor;
    this.operation = operation;
  }

  /** The vendor whose API was called. */
  public Vendor vendor() {
    return vendor;
  }

  /** The operation that failed, e.g. {@code "getTask"}. */
  public String operation() {
    return operation;
  }
}
