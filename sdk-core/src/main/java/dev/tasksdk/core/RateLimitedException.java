package dev.tasksdk.core;

/**
 * HTTP 429: too many requests; {@link #retryAfter()} says how long to wait when the vendor said so.
 */
public class RateLimitedException extends ServiceException {
  private static final long serialVersionUID = 1L;

  RateLimitedException(ServiceException.Builder b) {
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
