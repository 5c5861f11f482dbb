package dev.tasksdk.core.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The bucket of an {@link RateLimit#adaptive()} limit: no number to count against, only a pause
 * that a 429's {@code Retry-After} or an {@code X-RateLimit-Remaining: 0} sets until the announced
 * reset. Kept in the JVM (also under the Redis store).
 */
final class ServerDrivenBucket implements RateLimitBucket {
  private final LongSupplier nanoTime;
  private final AtomicLong pausedUntil;

  ServerDrivenBucket(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.pausedUntil = new AtomicLong(nanoTime.getAsLong());
  }

  @Override
  public boolean tryAcquire(long maxWaitNanos, Waiter waiter) throws InterruptedException {
    long wait = pausedUntil.get() - nanoTime.getAsLong();
    if (wait <= 0) {
      return true;
    }
    if (wait > maxWaitNanos) {
      return false;
    }
    waiter.park(wait);
    return true;
  }

  @Override
  public void pause(Duration duration) {
    long until = nanoTime.getAsLong() + duration.toNanos();
    pausedUntil.accumulateAndGet(until, (a, b) -> a - b > 0 ? a : b);
  }

  @Override
  public void limitRemaining(long remaining) {
    // nothing to lower: the pause until the reset is set by the limiter when remaining is 0
  }
}
