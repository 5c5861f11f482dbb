package dev.tasksdk.core.ratelimit;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How a client limits its own request rate.
 *
 * <p>By default the vendor's documented limits apply ({@code x-tasksdk-rate-limits} in its spec:
 * Amplemarket 500/min, AgentTasks 120/min on task endpoints and 60/min on others, Amigo adaptive
 * from its headers; off for Stuut and Vambe), in buckets kept in this JVM ({@link
 * LocalRateLimitStore#shared()}). {@link Builder#limit(RateLimit)} replaces them with one limit for
 * all of the vendor's endpoints, or switches the limiter off.
 *
 * <pre>{@code
 * RateLimiting rl = RateLimiting.builder()
 *     .limit(RateLimit.parse("100/min"))
 *     .store(RedisRateLimitStore.create("redis://127.0.0.1:6379"))
 *     .listener(event -> log.info("rate limit {}", event))
 *     .build();
 * }</pre>
 */
public final class RateLimiting {
  private static final RateLimiting DEFAULTS = builder().build();

  private final RateLimit limit;
  private final RateLimitStore store;
  private final RateLimitListener listener;
  private final Duration maxWait;

  private RateLimiting(Builder b) {
    this.limit = b.limit;
    this.store = b.store;
    this.listener = b.listener;
    this.maxWait = b.maxWait;
  }

  /** The documented limits, in this JVM, waiting at most 60 s when a call has no deadline. */
  public static RateLimiting defaults() {
    return DEFAULTS;
  }

  /** No client-side limiting. */
  public static RateLimiting disabled() {
    return builder().limit(RateLimit.off()).build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limit = limit;
    b.store = store;
    b.listener = listener;
    b.maxWait = maxWait;
    return b;
  }

  /**
   * The variable {@code <PREFIX>_RATE_LIMIT} of {@code vendor} in {@code env}, parsed; empty when
   * it is unset or blank.
   *
   * @throws IllegalArgumentException naming the variable when its value is not a rate limit
   */
  public static Optional<RateLimit> fromEnv(Vendor vendor, Map<String, String> env) {
    Require.nonNull(vendor, "vendor");
    Require.nonNull(env, "env");
    String name = envVariable(vendor);
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(RateLimit.parse(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The name of the environment variable of {@code vendor}'s limit, e.g. {@code AMIGO_RATE_LIMIT}.
   */
  public static String envVariable(Vendor vendor) {
    return Require.nonNull(vendor, "vendor").envPrefix() + "_RATE_LIMIT";
  }

  /** The limit replacing the documented ones; empty means the documented ones. */
  public Optional<RateLimit> limit() {
    return Optional.ofNullable(limit);
  }

  /** Where the buckets live. */
  public RateLimitStore store() {
    return store;
  }

  /** Who hears about waits, refusals and pauses. */
  public RateLimitListener listener() {
    return listener;
  }

  /** The longest wait for a permit when the call has no deadline of its own (default 60 s). */
  public Duration maxWait() {
    return maxWait;
  }

  @Override
  public String toString() {
    return "RateLimiting[limit="
        + (limit == null ? "documented" : limit)
        + ", store="
        + store
        + ", maxWait="
        + maxWait
        + "]";
  }

  /** Builds {@link RateLimiting}. */
  public static final class Builder {
    private RateLimit limit;
    private RateLimitStore store = LocalRateLimitStore.shared();
    private RateLimitListener listener = RateLimitListener.NONE;
    private Duration maxWait = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * Replaces the documented limits with {@code limit} for all of the vendor's endpoints (one
     * bucket); {@link RateLimit#off()} switches the limiter off; null restores the documented ones.
     */
    public Builder limit(RateLimit limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets where buckets live (default {@link LocalRateLimitStore#shared()}).
     *
     * @throws NullPointerException naming {@code store} when null
     */
    public Builder store(RateLimitStore store) {
      this.store = Require.nonNull(store, "store");
      return this;
    }

    /**
     * Sets who hears about waits, refusals and pauses.
     *
     * @throws NullPointerException naming {@code listener} when null
     */
    public Builder listener(RateLimitListener listener) {
      this.listener = Require.nonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the longest wait for a permit when a call has no deadline (call timeout) of its own.
     *
     * @throws NullPointerException naming {@code maxWait} when null
     * @throws IllegalArgumentException naming {@code maxWait} when negative
     */
    public Builder maxWait(Duration maxWait) {
      Require.nonNull(maxWait, "maxWait");
      Require.argument(!maxWait.isNegative(), "maxWait", "must be >= 0 but was " + maxWait);
      this.maxWait = maxWait;
      return this;
    }

    /** Builds the settings. */
    public RateLimiting build() {
      return new RateLimiting(this);
    }
  }
}
