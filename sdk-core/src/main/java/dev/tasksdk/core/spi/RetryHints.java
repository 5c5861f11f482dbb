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

  /**
   * The longest wait a hint can ask for (24 hours): every hint is clamped to it before any
   * arithmetic, so that {@code Retry-After: 9999999999}, a date in year 9999, {@code
   * Retry-After-Ms: 1e300} or {@code X-RateLimit-Reset: 1e20} cannot overflow.
   */
  public static final Duration MAX_HINT = Duration.ofHours(24);

  private static final double MAX_HINT_MS = MAX_HINT.toMillis();

  private RetryHints() {}

  /**
   * Returns the wait the headers ask for, first of Retry-After-Ms, Retry-After and
   * X-RateLimit-Reset that parses, between zero (a time in the past) and {@link #MAX_HINT}.
   */
  public static Optional<Duration> delay(Headers headers, Clock clock) {
    Double ms = number(headers.get("Retry-After-Ms"));
    if (ms != null) {
      return Optional.of(clampMillis(ms));
    }
    String retryAfter = headers.get("Retry-After");
    if (retryAfter != null) {
      Double seconds = number(retryAfter);
      if (seconds != null) {
        return Optional.of(clampMillis(seconds * 1000.0));
      }
      try {
        ZonedDateTime at =
            ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        double wait = (double) at.toInstant().getEpochSecond() * 1000.0 - clock.millis();
        return Optional.of(clampMillis(wait));
      } catch (DateTimeParseException | ArithmeticException ignored) {
        // fall through
      }
    }
    Double reset = number(headers.get("X-RateLimit-Reset"));
    if (reset != null) {
      double v = reset;
      double nowMs = clock.millis();
      if (v < EPOCH_SECONDS_THRESHOLD) {
        return Optional.of(clampMillis(v * 1000.0));
      } else if (v < EPOCH_MILLIS_THRESHOLD) {
        return Optional.of(clampMillis(v * 1000.0 - nowMs));
      } else {
        return Optional.of(clampMillis(v - nowMs));
      }
    }
    return Optional.empty();
  }

  /**
   * The response with a numeric {@code Retry-After} above {@link #MAX_HINT} replaced by the clamped
   * number of seconds. OkHttp itself reads {@code Retry-After} of a 408 or 503 as an {@code int}
   * and throws {@code NumberFormatException} for {@code 9999999999}; the runtime's network
   * interceptor hands it the clamped value instead (the outcome is the same: no retry before it).
   */
  static okhttp3.Response clampRetryAfter(okhttp3.Response response) {
    String v = response.header("Retry-After");
    if (v == null || v.isEmpty() || v.length() > 400 || !v.chars().allMatch(Character::isDigit)) {
      return response;
    }
    Double seconds = number(v);
    if (seconds != null && seconds <= MAX_HINT.toSeconds()) {
      return response;
    }
    return response
        .newBuilder()
        .header("Retry-After", String.valueOf(MAX_HINT.toSeconds()))
        .build();
  }

  /** A finite number, or null; {@code "99999999999999999999"} is a (huge) number too. */
  private static Double number(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.isEmpty() || t.length() > 400) {
      return null;
    }
    char first = t.charAt(0);
    if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
      return null; // an HTTP date, or nothing usable
    }
    try {
      double v = Double.parseDouble(t);
      return Double.isNaN(v) ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Duration clampMillis(double ms) {
    if (!(ms > 0)) {
      return Duration.ZERO;
    }
    return ms >= MAX_HINT_MS ? MAX_HINT : Duration.ofNanos((long) (ms * 1_000_000.0));
  }
}
