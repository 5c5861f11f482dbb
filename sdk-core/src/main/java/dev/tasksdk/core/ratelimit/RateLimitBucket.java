package dev.tasksdk.core.ratelimit;

import java.time.Duration;

/**
 * One shared budget of requests (SPI): what a {@link RateLimitStore} hands out for a {@link
 * RateLimitKey}. Implementations are thread-safe; every client of the key uses the same one.
 */
public interface RateLimitBucket {
  /** How a bucket waits; the limiter passes one that honours cancellation and test clocks. */
  @FunctionalInterface
  interface Waiter {
    /**
     * Waits {@code nanos} nanoseconds.
     *
     * @throws InterruptedException when the thread is interrupted
     */
    void park(long nanos) throws InterruptedException;
  }

  /**
   * Takes one permit, waiting for it through {@code waiter} when it is not there yet, unless the
   * wait would be longer than {@code maxWaitNanos}: then nothing is taken and false is returned at
   * once.
   *
   * @return whether a permit was taken
   * @throws InterruptedException when interrupted while waiting (the permit stays taken)
   */
  boolean tryAcquire(long maxWaitNanos, Waiter waiter) throws InterruptedException;

  /**
   * Gives no permit to anyone for {@code duration} (a 429's {@code Retry-After}, a spent budget).
   */
  void pause(Duration duration);

  /**
   * Lowers what is left to at most {@code remaining} permits (the server's {@code
   * X-RateLimit-Remaining}); never raises it.
   */
  void limitRemaining(long remaining);
}
