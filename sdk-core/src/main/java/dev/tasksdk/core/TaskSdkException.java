package dev.tasksdk.core;

/**
 * The root of every exception tasksdk throws; unchecked.
 *
 * <p>Catch a subclass for one kind of failure: {@link ServiceException} (the vendor answered with
 * an error status), {@link ConnectionException} (no usable answer), {@link
 * InvalidResponseException} (a success whose body could not be read), {@link
 * UnsupportedCapabilityException} and {@link PageFailedException}. Messages never contain
 * credentials.
 */
public class TaskSdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public TaskSdkException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public TaskSdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
