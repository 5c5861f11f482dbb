package dev.tasksdk.core.ratelimit;

import dev.tasksdk.core.spi.Require;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;

/**
 * A {@link RateLimitBucket} over a Bucket4j {@link Bucket}: a local one ({@link
 * LocalRateLimitStore}) or a distributed proxy (the Redis store).
 *
 * <p>The configuration of a limit of {@code n} per {@code P} ({@link #configuration}) has two
 * bandwidths, so that it holds whichever of the two usual ways the vendor counts: at most {@code n}
 * in each window of {@code P} aligned to the epoch (a fixed window, whose end {@code
 * X-RateLimit-Reset} announces), and a token bucket of capacity {@code n} refilled greedily with
 * {@code n} per {@code P}. A server counting a sliding window can see up to {@code 2n} across a
 * window boundary; set a lower limit for such a vendor.
 */
public final class Bucket4jRateLimitBucket implements RateLimitBucket {
  private final Bucket bucket;
  private final RateLimit limit;

  /**
   * Wraps {@code bucket}, configured for {@code limit}.
   *
   * @throws NullPointerException naming the null parameter
   * @throws IllegalArgumentException naming {@code limit} when it is not {@link
   *     RateLimit.Kind#FIXED}
   */
  public Bucket4jRateLimitBucket(Bucket bucket, RateLimit limit) {
    this.bucket = Require.nonNull(bucket, "bucket");
    this.limit = Require.nonNull(limit, "limit");
    Require.argument(limit.kind() == RateLimit.Kind.FIXED, "limit", "must be a fixed limit");
  }

  /**
   * The Bucket4j configuration of a fixed {@code limit}, windows aligned to the epoch as seen by a
   * clock reading {@code epochMillisNow}.
   */
  public static BucketConfiguration configuration(RateLimit limit, long epochMillisNow) {
    Require.nonNull(limit, "limit");
    Require.argument(limit.kind() == RateLimit.Kind.FIXED, "limit", "must be a fixed limit");
    long n = limit.permits();
    Duration p = limit.period();
    long periodMs = Math.max(1, p.toMillis());
    Instant firstRefill = Instant.ofEpochMilli((epochMillisNow / periodMs + 1) * periodMs);
    return BucketConfiguration.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(n)
                .refillIntervallyAligned(n, p, firstRefill)
                .id("window")
                .build())
        .addLimit(Bandwidth.builder().capacity(n).refillGreedy(n, p).id("bucket").build())
        .build();
  }

  /** A bucket in this JVM on {@code time} (which must be a wall clock, for the aligned window). */
  static Bucket4jRateLimitBucket local(RateLimit limit, TimeMeter time) {
    BucketConfiguration config = configuration(limit, time.currentTimeNanos() / 1_000_000);
    Bucket bucket =
        Bucket.builder()
            .withCustomTimePrecision(time)
            .addLimit(config.getBandwidths()[0])
            .addLimit(config.getBandwidths()[1])
            .build();
    return new Bucket4jRateLimitBucket(bucket, limit);
  }

  @Override
  public boolean tryAcquire(long maxWaitNanos, Waiter waiter) throws InterruptedException {
    if (maxWaitNanos <= 0) {
      return bucket.tryConsume(1); // Bucket4j's blocking form refuses a zero wait
    }
    return bucket.asBlocking().tryConsume(1, maxWaitNanos, waiter::park);
  }

  @Override
  public void pause(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    // empty the bucket, then go into debt for as many permits as the refill brings during the
    // pause:
    // in a shared (Redis) bucket the pause reaches every process, with no extra key to keep
    double perNano = (double) limit.permits() / limit.period().toNanos();
    long debt = (long) Math.ceil(duration.toNanos() * perNano);
    bucket.tryConsumeAsMuchAsPossible();
    if (debt > 0) {
      bucket.consumeIgnoringRateLimits(debt);
    }
  }

  @Override
  public void limitRemaining(long remaining) {
    long available = bucket.getAvailableTokens();
    long excess = available - Math.max(0, remaining);
    if (excess > 0) {
      bucket.tryConsumeAsMuchAsPossible(excess);
    }
  }

  @Override
  public String toString() {
    return "Bucket4jRateLimitBucket[" + limit + "]";
  }
}
