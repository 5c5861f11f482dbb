package dev.tasksdk.core.ratelimit;

import dev.tasksdk.core.Vendor;
import java.time.Duration;

/**
 * What the limiter did for one request, as reported to a {@link RateLimitListener}.
 *
 * @param vendor the vendor called
 * @param operation the operation (the generated method's name), or {@code "?"} when unknown
 * @param endpointClass the endpoint class whose bucket was used, e.g. {@code tasks}
 * @param outcome what happened
 * @param duration the time waited ({@link Outcome#WAITED}), the wait refused ({@link
 *     Outcome#REJECTED}) or the pause ({@link Outcome#PAUSED})
 */
public record RateLimitEvent(
    Vendor vendor, String operation, String endpointClass, Outcome outcome, Duration duration) {

  /** What happened. */
  public enum Outcome {
    /** The request waited for a permit and was then sent. */
    WAITED,
    /** The wait would have outlasted the call's deadline: the call failed with 429 at once. */
    REJECTED,
    /** The server's 429 or spent budget paused the bucket for everyone. */
    PAUSED
  }
}
