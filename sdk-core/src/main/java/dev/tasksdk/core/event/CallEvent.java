package dev.tasksdk.core.event;

import java.time.Duration;
import java.util.Objects;

/**
 * One SDK call, all attempts included, reported when its result (or exception) is known.
 *
 * @param call what was called
 * @param attempts how many requests went on the wire (0 when none could be sent)
 * @param statusCode the final HTTP status; 0 when no response came
 * @param outcome how the call ended
 * @param errorType the simple class name of the SDK exception thrown (e.g. {@code
 *     "NotFoundException"}, {@code "TimeoutException"}); null on success
 * @param error the exception the call throws (null on success), for a tracer's error flag; its
 *     message never holds the API key but may quote the vendor's error text, so never use it as a
 *     metric tag
 * @param duration from the call's start to its result, decoding included
 * @param backoff the total time slept between attempts by the retry policy
 * @param rateLimitWait the total time waited for the client-side rate limiter
 * @param requestBytes the request bodies' total length over all attempts; -1 when unknown
 * @param responseBytes the response bodies' total declared length; -1 when unknown
 */
public record CallEvent(
    CallContext call,
    int attempts,
    int statusCode,
    Outcome outcome,
    String errorType,
    Throwable error,
    Duration duration,
    Duration backoff,
    Duration rateLimitWait,
    long requestBytes,
    long responseBytes) {

  /** Checks the required fields. */
  public CallEvent {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(backoff, "backoff == null");
    Objects.requireNonNull(rateLimitWait, "rateLimitWait == null");
  }

  /** The retries made: attempts after the first. */
  public int retries() {
    return Math.max(0, attempts - 1);
  }
}
