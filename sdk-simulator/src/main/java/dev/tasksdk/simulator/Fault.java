package dev.tasksdk.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the simulator injects instead of (or before) answering a request, so that a test can
 * check its own retries, timeouts and error handling.
 *
 * <pre>{@code
 * sim.faults().next(Fault.rateLimited(Duration.ofSeconds(2)));   // the next request gets a 429
 * sim.faults().next(3, Fault.status(503));                       // the next three get a 503
 * }</pre>
 */
public final class Fault {
  /** What the fault does. */
  public enum Kind {
    /** A 429 in the vendor's error format, with {@code Retry-After} in seconds. */
    RATE_LIMITED,
    /** An error status (5xx or any other) in the vendor's error format. */
    STATUS,
    /** A delay before the request is handled normally. */
    LATENCY,
    /** The connection is closed without an answer. */
    CONNECTION_RESET
  }

  private final Kind kind;
  private final int status;
  private final Duration duration;

  private Fault(Kind kind, int status, Duration duration) {
    this.kind = kind;
    this.status = status;
    this.duration = duration;
  }

  /** A 429 whose {@code Retry-After} header says {@code retryAfter} (whole seconds, at least 0). */
  public static Fault rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    return new Fault(Kind.RATE_LIMITED, 429, retryAfter);
  }

  /** An answer with {@code status} (400-599) and the vendor's error body for it. */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400-599: " + status);
    }
    return new Fault(Kind.STATUS, status, Duration.ZERO);
  }

  /** Waits {@code delay} and then handles the request as usual. */
  public static Fault latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return new Fault(Kind.LATENCY, 0, delay);
  }

  /** Closes the connection without writing a response. */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, Duration.ZERO);
  }

  /** What this fault does. */
  public Kind kind() {
    return kind;
  }

  /** The status answered ({@link Kind#RATE_LIMITED}, {@link Kind#STATUS}), else 0. */
  public int status() {
    return status;
  }

  /** The {@code Retry-After} of a 429 or the delay of a latency fault, else zero. */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return "Fault{" + kind + (status > 0 ? " " + status : "") + " " + duration + "}";
  }
}
