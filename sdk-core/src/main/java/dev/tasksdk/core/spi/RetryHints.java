package dev.tasksdk.core.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads how long a server asks a client to wait: {@code Retry-After-Ms} (milliseconds), {@code
 * Retry-After} (seconds or an HTTP date) or {@code X-RateLimit-Reset} (epoch seconds; a value below
 * 10^9 is taken as seconds from now).
 */
public final class RetryHints {
  private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;
  private static final long EPOCH_MILLIS_THRESHOLD = 100_000_000_000L;

  private RetryHints() {}

  /**
   * Returns the wait the headers ask for, first of Retry-After-Ms, Retry-After and
   * X-RateLimit-Reset that parses; a time in the past is zero.
   */
  public static Optional<Duration> delay(Headers headers, Clock clock) {
    String ms = headers.get("Retry-After-Ms");
    if (ms != null) {
      try {
        double v = Double.parseDouble(ms.trim());
        if (!Double.isNaN(v) && !Double.isInfinite(v)) {
          return Optional.of(Duration.ofMillis(Math.max(0L, (long) v)));
        }
      } catch (NumberFormatException ignored) {
        // fall through to the next header
      }
    }
    String retryAfter = headers.get("Retry-After");
    if (retryAfter != null) {
      String v = retryAfter.trim();
      try {
        return Optional.of(Duration.ofSeconds(Math.max(0L, Long.parseLong(v))));
      } catch (NumberFormatException notSeconds) {
        try {
          ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
          return Optional.of(nonNegative(Duration.between(clock.instant(), at.toInstant())));
        } catch (DateTimeParseException ignored) {
          // fall through
        }
      }
    }
    String reset = headers.get("X-RateLimit-Reset");
    if (reset != null) {
      try {
        double v = Double.parseDouble(reset.trim());
        long nowMs = clock.millis();
        if (v < EPOCH_SECONDS_THRESHOLD) {
          return Optional.of(nonNegative(Duration.ofMillis((long) (v * 1000))));
        } else if (v < EPOCH_MILLIS_THRESHOLD) {
          return Optional.of(nonNegative(Duration.ofMillis((long) (v * 1000) - nowMs)));
        } else {
          return Optional.of(nonNegative(Duration.ofMillis((long) v - nowMs)));
        }
      } catch (NumberFormatException ignored) {
        // no usable hint
      }
    }
    return Optional.empty();
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
