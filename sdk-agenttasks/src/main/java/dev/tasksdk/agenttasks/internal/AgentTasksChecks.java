package dev.tasksdk.agenttasks.internal;

import dev.tasksdk.agenttasks.UpdateTaskParams;

/**
 * AgentTasks' rules that no spec can say, run by the generated Params when they are built ({@code
 * x-tasksdk-checks: true}).
 */
public final class AgentTasksChecks {
  private AgentTasksChecks() {}

  /** An update must change something: a PATCH with an empty body is a caller's mistake. */
  public static void updateTask(UpdateTaskParams p) {
    if (p.isEmpty()) {
      throw new IllegalArgumentException("update changes nothing: set at least one field");
    }
  }
}
