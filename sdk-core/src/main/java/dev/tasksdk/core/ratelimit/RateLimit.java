package dev.tasksdk.core.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate limit: {@code permits} requests per {@code period}, {@link #off()}, or {@link #adaptive()}
 * (no number known: follow the server's {@code X-RateLimit-*} headers and 429s).
 *
 * <p>The text form, accepted by {@link #parse(String)} and printed by {@link #toString()}, is
 * {@code 120/min}, {@code 10/s}, {@code 50/5s}, {@code 1000/h}, {@code off} or {@code adaptive}.
 */
public final class RateLimit {
  private static final Pattern TEXT =
      Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{0,6})\\s*(ms|s|sec|second|m|min|minute|h|hour)");
  private static final RateLimit OFF = new RateLimit(Kind.OFF, 0, Duration.ZERO);
  private static final RateLimit ADAPTIVE = new RateLimit(Kind.ADAPTIVE, 0, Duration.ZERO);

  /** What a limit is. */
  public enum Kind {
    /** No client-side limit. */
    OFF,
    /** A fixed number of permits per period. */
    FIXED,
    /** No published number: pause when the server says the budget is spent. */
    ADAPTIVE
  }

  private final Kind kind;
  private final long permits;
  private final Duration period;

  private RateLimit(Kind kind, long permits, Duration period) {
    this.kind = kind;
    this.permits = permits;
    this.period = period;
  }

  /**
   * {@code permits} per {@code period}.
   *
   * @throws NullPointerException naming {@code period} when null
   * @throws IllegalArgumentException naming {@code permits} or {@code period} when not positive
   */
  public static RateLimit of(long permits, Duration period) {
    Objects.requireNonNull(period, "period == null");
    if (permits <= 0) {
      throw new IllegalArgumentException("permits must be > 0 but was " + permits);
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be > 0 but was " + period);
    }
    return new RateLimit(Kind.FIXED, permits, period);
  }

  /** No client-side limit. */
  public static RateLimit off() {
    return OFF;
  }

  /** Follow the server's headers only (for vendors that publish no number). */
  public static RateLimit adaptive() {
    return ADAPTIVE;
  }

  /**
   * Parses {@code 120/min}, {@code 10/s}, {@code 50/5s}, {@code 1000/h}, {@code off} or {@code
   * adaptive} (case and spaces ignored).
   *
   * @throws NullPointerException naming {@code text} when null
   * @throws IllegalArgumentException quoting the text and the accepted forms when it does not parse
   */
  public static RateLimit parse(String text) {
    Objects.requireNonNull(text, "text == null");
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("off") || t.equals("none")) {
      return OFF;
    }
    if (t.equals("adaptive")) {
      return ADAPTIVE;
    }
    Matcher m = TEXT.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a rate limit; expected <permits>/<period> such as 120/min, 10/s or 50/5s"
              + " (units ms, s, min, h), or off");
    }
    long permits = Long.parseLong(m.group(1));
    long count = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
    Duration unit;
    switch (m.group(3)) {
      case "ms":
        unit = Duration.ofMillis(1);
        break;
      case "s":
      case "sec":
      case "second":
        unit = Duration.ofSeconds(1);
        break;
      case "h":
      case "hour":
        unit = Duration.ofHours(1);
        break;
      default:
        unit = Duration.ofMinutes(1);
    }
    if (permits == 0 || count == 0) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a rate limit: permits and period must be > 0 (use off to disable)");
    }
    return of(permits, unit.multipliedBy(count));
  }

  /** What this limit is. */
  public Kind kind() {
    return kind;
  }

  /** Whether there is no limit. */
  public boolean isOff() {
    return kind == Kind.OFF;
  }

  /** The permits per {@link #period()}; 0 unless {@link Kind#FIXED}. */
  public long permits() {
    return permits;
  }

  /** The period; zero unless {@link Kind#FIXED}. */
  public Duration period() {
    return period;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RateLimit
        && ((RateLimit) o).kind == kind
        && ((RateLimit) o).permits == permits
        && ((RateLimit) o).period.equals(period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, permits, period);
  }

  @Override
  public String toString() {
    switch (kind) {
      case OFF:
        return "off";
      case ADAPTIVE:
        return "adaptive";
      default:
        return permits + "/" + periodText();
    }
  }

  private String periodText() {
    long ms = period.toMillis();
    if (ms % 3_600_000 == 0) {
      return ms == 3_600_000 ? "h" : ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0) {
      return ms == 60_000 ? "min" : ms / 60_000 + "min";
    }
    if (ms % 1000 == 0) {
      return ms == 1000 ? "s" : ms / 1000 + "s";
    }
    return ms + "ms";
  }
}
