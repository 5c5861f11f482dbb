package dev.tasksdk.core;

/** HTTP 5xx: the vendor failed; retried automatically when safe, surfaced when retries ran out. */
public class ServerErrorException extends ServiceException {
  private static final long serialVersionUID = 1L;

  ServerErrorException(ServiceException.Builder b) {
    super(b);
  }

  /**
   * The wait the server asked for before retrying ({@code Retry-After}, {@code Retry-After-Ms} or
   * {@code X-RateLimit-Reset}), when it gave one.
   */
  public java.util.Optional<java.time.Duration> retryAfter() {
    return retryAfterHint();
  }
}
