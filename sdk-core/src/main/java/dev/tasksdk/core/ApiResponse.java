package dev.tasksdk.core;

import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;

/**
 * A parsed response body next to the raw response's status and headers.
 *
 * <p>Headers are a redacted copy: credentials and cookies never appear.
 *
 * @param <T> the body type
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final String requestId;
  private final T body;
  private final Duration rateLimitWait;

  private ApiResponse(int statusCode, Headers headers, String requestId, T body) {
    this(statusCode, headers, requestId, body, Duration.ZERO);
  }

  private ApiResponse(
      int statusCode, Headers headers, String requestId, T body, Duration rateLimitWait) {
    this.statusCode = statusCode;
    this.headers = headers == null ? Headers.of() : headers;
    this.requestId = requestId;
    this.body = body;
    this.rateLimitWait = rateLimitWait;
  }

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status
   * @param headers the (already redacted) headers; null for none
   * @param requestId the vendor's request id, or null
   * @param body the parsed body; null for an empty response
   */
  public static <T> ApiResponse<T> of(int statusCode, Headers headers, String requestId, T body) {
    return new ApiResponse<>(statusCode, headers, requestId, body);
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers, redacted. */
  public Headers headers() {
    return headers;
  }

  /** The vendor's request id, when it sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The parsed body; null when the response had none (e.g. 204). */
  public T body() {
    return body;
  }

  /**
   * How long the call waited for the client-side rate limiter (all attempts); zero when it did not
   * wait.
   */
  public Duration rateLimitWait() {
    return rateLimitWait;
  }

  /** Returns a response with the same status and headers and another body. */
  public <R> ApiResponse<R> withBody(R newBody) {
    return new ApiResponse<>(statusCode, headers, requestId, newBody, rateLimitWait);
  }

  /**
   * Returns this response with {@link #rateLimitWait()} set.
   *
   * @throws NullPointerException naming {@code wait} when null
   * @throws IllegalArgumentException naming {@code wait} when negative
   */
  public ApiResponse<T> withRateLimitWait(Duration wait) {
    if (wait == null) {
      throw new NullPointerException("wait == null");
    }
    if (wait.isNegative()) {
      throw new IllegalArgumentException("wait must be >= 0 but was " + wait);
    }
    return new ApiResponse<>(statusCode, headers, requestId, body, wait);
  }

  @Override
  public String toString() {
    return "ApiResponse[status="
        + statusCode
        + (requestId == null ? "" : ", requestId=" + requestId)
        + (rateLimitWait.isZero() ? "" : ", rateLimitWait=" + rateLimitWait)
        + ", body="
        + (body == null ? "null" : body.getClass().getSimpleName())
        + "]";
  }
}
