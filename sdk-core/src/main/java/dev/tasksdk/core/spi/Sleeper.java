package dev.tasksdk.core.spi;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits between retry attempts; replaceable so tests need not really wait. */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits for {@code duration} unless the call is canceled first.
   *
   * @param duration how long to wait
   * @param canceled whether the call was canceled meanwhile; checked at least every 100 ms
   * @return true when the full time passed, false when the call was canceled
   * @throws InterruptedException when the thread is interrupted
   */
  boolean sleep(Duration duration, BooleanSupplier canceled) throws InterruptedException;

  /** Returns a sleeper that really sleeps, in slices of at most 100 ms. */
  static Sleeper system() {
    return (duration, canceled) -> {
      long deadline = System.nanoTime() + duration.toNanos();
      while (true) {
        if (canceled.getAsBoolean()) {
          return false;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return true;
        }
        long slice = Math.min(left, 100_000_000L);
        Thread.sleep(slice / 1_000_000L, (int) (slice % 1_000_000L));
      }
    };
  }
}
