package dev.tasksdk.core.event;

import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP request on the wire, reported when its response headers arrived or it failed.
 *
 * @param call the call the attempt belongs to
 * @param attempt 1 for the first request, 2 for the first retry, ...
 * @param statusCode the HTTP status; 0 when no response came (I/O failure)
 * @param outcome how the attempt ended
 * @param errorType the simple class name of the I/O failure (e.g. {@code
 *     "SocketTimeoutException"}); null when a response came
 * @param error the I/O failure itself, null when a response came; its message may quote the host,
 *     so never use it as a metric tag
 * @param duration from sending the request to the response headers (or the failure)
 * @param backoffBefore the time slept before this attempt by the retry policy (zero for the first)
 * @param rateLimitWait the time waited for the client-side rate limiter before this attempt
 * @param requestBytes the request body's length; 0 without a body, -1 when unknown
 * @param responseBytes the response body's declared length; -1 when unknown (chunked, gzip)
 */
public record AttemptEvent(
    CallContext call,
    int attempt,
    int statusCode,
    Outcome outcome,
    String errorType,
    Throwable error,
    Duration duration,
    Duration backoffBefore,
    Duration rateLimitWait,
    long requestBytes,
    long responseBytes) {

  /** Checks the required fields. */
  public AttemptEvent {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(backoffBefore, "backoffBefore == null");
    Objects.requireNonNull(rateLimitWait, "rateLimitWait == null");
  }

  /** How many times the request was sent before this one: {@code attempt - 1}. */
  public int resendCount() {
    return attempt - 1;
  }
}
