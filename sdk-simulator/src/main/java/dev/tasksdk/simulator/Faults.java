package dev.tasksdk.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The queue of {@link Fault}s of one simulator: each request takes the next fault, if any, in the
 * order they were queued. Thread-safe.
 */
public final class Faults {
  private final Deque<Fault> queue = new ArrayDeque<>();

  Faults() {}

  /** Applies {@code fault} to the next request. */
  public Faults next(Fault fault) {
    return next(1, fault);
  }

  /** Applies {@code fault} to each of the next {@code times} requests. */
  public synchronized Faults next(int times, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    for (int i = 0; i < times; i++) {
      queue.addLast(fault);
    }
    return this;
  }

  /** Drops every queued fault. */
  public synchronized void clear() {
    queue.clear();
  }

  /** How many faults are still queued. */
  public synchronized int pending() {
    return queue.size();
  }

  synchronized Optional<Fault> take() {
    return Optional.ofNullable(queue.pollFirst());
  }
}
