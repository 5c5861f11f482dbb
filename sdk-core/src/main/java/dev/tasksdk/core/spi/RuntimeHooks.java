package dev.tasksdk.core.spi;

import dev.tasksdk.core.ClientOptions;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The runtime's seams for tests: how it sleeps, reads the clock, draws jitter and logs.
 *
 * <p>Production code uses {@link #defaults()}.
 */
public final class RuntimeHooks {
  private final Sleeper sleeper;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final DoubleSupplier jitter;
  private final System.Logger logger;

  private RuntimeHooks(Builder b) {
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.nanoTime = b.nanoTime;
    this.jitter = b.jitter;
    this.logger = b.logger;
  }

  /** Real sleeping, the system clock, random jitter and the {@code dev.tasksdk.http} logger. */
  public static RuntimeHooks defaults() {
    return builder().build();
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How the runtime waits between attempts. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The wall clock (for HTTP dates and epoch reset headers). */
  public Clock clock() {
    return clock;
  }

  /** The monotonic clock in nanoseconds (for the retry budget). */
  public long nanoTime() {
    return nanoTime.getAsLong();
  }

  /** A number in [0, 1] multiplied with the backoff cap (full jitter). */
  public double jitter() {
    return jitter.getAsDouble();
  }

  /** The logger HTTP traffic goes to. */
  public System.Logger logger() {
    return logger;
  }

  /** Builds {@link RuntimeHooks}. */
  public static final class Builder {
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private LongSupplier nanoTime = System::nanoTime;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private System.Logger logger = System.getLogger(ClientOptions.LOGGER_NAME);

    private Builder() {}

    /** Sets the sleeper. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = java.util.Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Sets the wall clock. */
    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sets the monotonic nanosecond clock. */
    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = java.util.Objects.requireNonNull(nanoTime, "nanoTime == null");
      return this;
    }

    /** Sets the jitter source; return 1.0 for deterministic full backoff. */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = java.util.Objects.requireNonNull(jitter, "jitter == null");
      return this;
    }

    /** Sets the logger. */
    public Builder logger(System.Logger logger) {
      this.logger = java.util.Objects.requireNonNull(logger, "logger == null");
      return this;
    }

    /** Builds the hooks. */
    public RuntimeHooks build() {
      return new RuntimeHooks(this);
    }
  }
}
