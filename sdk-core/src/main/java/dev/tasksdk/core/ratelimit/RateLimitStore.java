package dev.tasksdk.core.ratelimit;

/**
 * Where buckets live (SPI): {@link LocalRateLimitStore#shared()} keeps them in this JVM, {@code
 * dev.tasksdk.ratelimit.redis.RedisRateLimitStore} in Redis for many processes.
 *
 * <p>The first {@link #bucket} call for a key decides its limit; later calls with another limit get
 * the same bucket (one budget per key, whatever each client believes).
 */
@FunctionalInterface
public interface RateLimitStore {
  /**
   * The bucket of {@code key}, created with {@code limit} ({@link RateLimit.Kind#FIXED} or {@link
   * RateLimit.Kind#ADAPTIVE}, never off) when it does not exist yet.
   */
  RateLimitBucket bucket(RateLimitKey key, RateLimit limit);
}
