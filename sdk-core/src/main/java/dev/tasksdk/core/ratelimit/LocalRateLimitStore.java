package dev.tasksdk.core.ratelimit;

import dev.tasksdk.core.spi.Require;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Buckets kept in this JVM. {@link #shared()} is the default of every client, so all clients of one
 * credential in the JVM draw from one budget.
 */
public final class LocalRateLimitStore implements RateLimitStore {
  private static final LocalRateLimitStore SHARED =
      new LocalRateLimitStore(TimeMeter.SYSTEM_MILLISECONDS);

  private final ConcurrentMap<RateLimitKey, RateLimitBucket> buckets = new ConcurrentHashMap<>();
  private final TimeMeter time;

  private LocalRateLimitStore(TimeMeter time) {
    this.time = time;
  }

  /** The store all clients of this JVM share by default. */
  public static LocalRateLimitStore shared() {
    return SHARED;
  }

  /** A new store of its own (its buckets are shared only by the clients given this store). */
  public static LocalRateLimitStore create() {
    return new LocalRateLimitStore(TimeMeter.SYSTEM_MILLISECONDS);
  }

  /**
   * A new store on a clock of epoch nanoseconds (for tests: advance it from a {@code Sleeper}).
   *
   * @throws NullPointerException naming {@code epochNanos} when null
   */
  public static LocalRateLimitStore withClock(LongSupplier epochNanos) {
    Require.nonNull(epochNanos, "epochNanos");
    return new LocalRateLimitStore(
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return epochNanos.getAsLong();
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        });
  }

  @Override
  public RateLimitBucket bucket(RateLimitKey key, RateLimit limit) {
    Require.nonNull(key, "key");
    Require.nonNull(limit, "limit");
    Require.argument(!limit.isOff(), "limit", "must not be off");
    return buckets.computeIfAbsent(
        key,
        k ->
            limit.kind() == RateLimit.Kind.ADAPTIVE
                ? new ServerDrivenBucket(time::currentTimeNanos)
                : Bucket4jRateLimitBucket.local(limit, time));
  }

  @Override
  public String toString() {
    return "LocalRateLimitStore[" + buckets.size() + " buckets]";
  }
}
