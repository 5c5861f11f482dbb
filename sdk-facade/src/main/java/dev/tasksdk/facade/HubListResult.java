package dev.tasksdk.facade;

import dev.tasksdk.core.Vendor;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link TaskHub#list(TaskQuery)}: the merged tasks of every vendor that answered,
 * and next to them, per vendor, the failure of each one that did not.
 */
public final class HubListResult {
  private final List<Task> tasks;
  private final Map<Vendor, RuntimeException> failures;

  HubListResult(List<Task> tasks, Map<Vendor, RuntimeException> failures) {
    this.tasks = List.copyOf(tasks);
    this.failures =
        failures.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(failures));
  }

  /** Tasks ordered by due date (undated last), then vendor, then id. */
  public List<Task> tasks() {
    return tasks;
  }

  /** Per-vendor failures; empty when every vendor answered. */
  public Map<Vendor, RuntimeException> failures() {
    return failures;
  }

  /** Whether some vendors failed while others answered. */
  public boolean isPartial() {
    return !failures.isEmpty();
  }

  @Override
  public String toString() {
    return "HubListResult{tasks=" + tasks.size() + ", failures=" + failures.keySet() + "}";
  }
}
