package dev.tasksdk.spring.boot.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The delivery ids seen most recently, at most {@code capacity} (least recently seen dropped
 * first). In memory, per instance: a redelivery that reaches another instance, or arrives after
 * {@code capacity} newer deliveries, is published again.
 */
final class DeliveryIds {
  private final Map<String, Boolean> seen;

  DeliveryIds(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.seen =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Reserves {@code id}; false when it was seen (or is being processed) already. */
  synchronized boolean claim(String id) {
    return seen.putIfAbsent(id, Boolean.TRUE) == null;
  }

  /** Forgets {@code id}, so that its redelivery is processed (after a failed publish). */
  synchronized void release(String id) {
    seen.remove(id);
  }

  synchronized int size() {
    return seen.size();
  }
}
