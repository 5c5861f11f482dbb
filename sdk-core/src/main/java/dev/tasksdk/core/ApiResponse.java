package dev.tasksdk.core;

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

  private ApiResponse(int statusCode, Headers headers, String requestId, T body) {
    this.statusCode = statusCode;
    this.headers = headers == null ? Headers.of() : headers;
    this.requestId = requestId;
    this.body = body;
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

  /** Returns a response with the same status and headers and another body. */
  public <R> ApiResponse<R> withBody(R newBody) {
    return new ApiResponse<>(statusCode, headers, requestId, newBody);
  }

  @Override
  public String toString() {
    return "ApiResponse[status="
        + statusCode
        + (requestId == null ? "" : ", requestId=" + requestId)
        + ", body="
        + (body == null ? "null" : body.getClass().getSimpleName())
        + "]";
  }
}
