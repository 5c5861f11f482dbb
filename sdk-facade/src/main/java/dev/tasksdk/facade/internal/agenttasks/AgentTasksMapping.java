package dev.tasksdk.facade.internal.agenttasks;

import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.internal.Responses;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AgentTasks mapping tables and the conversion of its task model to the facade's {@link Task}.
 *
 * <table>
 *   <caption>Status</caption>
 *   <tr><th>AgentTasks</th><th>facade</th></tr>
 *   <tr><td>todo</td><td>OPEN</td></tr>
 *   <tr><td>in_progress</td><td>IN_PROGRESS</td></tr>
 *   <tr><td>done</td><td>DONE</td></tr>
 *   <tr><td>cancelled</td><td>CANCELLED</td></tr>
 *   <tr><td>anything else</td><td>UNKNOWN (word kept in vendorStatus)</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Priority</caption>
 *   <tr><th>AgentTasks</th><th>facade</th><th>written as</th></tr>
 *   <tr><td>low</td><td>LOW</td><td>LOW -&gt; low</td></tr>
 *   <tr><td>normal</td><td>NORMAL</td><td>NORMAL -&gt; normal</td></tr>
 *   <tr><td>high</td><td>HIGH</td><td>HIGH, URGENT -&gt; high</td></tr>
 *   <tr><td>anything else</td><td>UNKNOWN (word kept)</td><td></td></tr>
 * </table>
 *
 * <p>Other fields: assignee = {@code assignedAgentId} (id only); result = {@code result};
 * createdAt/updatedAt from the task; no type, contact, due date or completion time (AgentTasks has
 * none: {@code updatedAt} of a done task is not used as a completion time because any later edit
 * changes it).
 */
final class AgentTasksMapping {
  /** Vendor status word to normalised status. */
  static final Map<String, TaskStatus> STATUS =
      Map.of(
          "todo", TaskStatus.OPEN,
          "in_progress", TaskStatus.IN_PROGRESS,
          "done", TaskStatus.DONE,
          "cancelled", TaskStatus.CANCELLED);

  /** Normalised status to the vendor word a move or filter sends (SKIPPED, FAILED: none). */
  static final Map<TaskStatus, String> STATUS_WORD =
      Map.of(
          TaskStatus.OPEN, "todo",
          TaskStatus.IN_PROGRESS, "in_progress",
          TaskStatus.DONE, "done",
          TaskStatus.CANCELLED, "cancelled");

  /** Vendor priority word to normalised priority. */
  static final Map<String, TaskPriority> PRIORITY =
      Map.of("low", TaskPriority.LOW, "normal", TaskPriority.NORMAL, "high", TaskPriority.HIGH);

  /** Normalised priority to the vendor word written; URGENT becomes high [choice]. */
  static final Map<TaskPriority, String> PRIORITY_WORD =
      Map.of(
          TaskPriority.LOW, "low",
          TaskPriority.NORMAL, "normal",
          TaskPriority.HIGH, "high",
          TaskPriority.URGENT, "high");

  private AgentTasksMapping() {}

  static TaskStatus status(String word) {
    if (word == null) {
      return TaskStatus.UNKNOWN;
    }
    return STATUS.getOrDefault(word.trim().toLowerCase(Locale.ROOT), TaskStatus.UNKNOWN);
  }

  static TaskPriority priority(String word) {
    if (word == null) {
      return null;
    }
    return PRIORITY.getOrDefault(word.trim().toLowerCase(Locale.ROOT), TaskPriority.UNKNOWN);
  }

  static String priorityWord(TaskPriority priority) {
    String word = PRIORITY_WORD.get(priority);
    if (word == null) {
      throw new IllegalArgumentException(
          "priority " + priority + " cannot be written to AgentTasks (low, normal, high, urgent)");
    }
    return word;
  }

  /**
   * Converts an AgentTasks task; the generated model stays available as {@code raw()}.
   *
   * @param operation the vendor operation that returned {@code t}, for the exception
   * @throws InvalidResponseException when {@code t} is null or has no id
   */
  static Task toTask(dev.tasksdk.agenttasks.model.Task t, String operation) {
    Responses.present(Vendor.AGENTTASKS, operation, t);
    String id = Responses.taskId(Vendor.AGENTTASKS, operation, t.getId());
    String agent = t.getAssignedAgentId();
    return Task.builder(Vendor.AGENTTASKS, id)
        .title(t.getTitle())
        .description(t.getDescription())
        .status(status(t.getStatus()), t.getStatus())
        .priority(priority(t.getPriority()), t.getPriority())
        .assignees(agent == null || agent.isBlank() ? List.of() : List.of(Assignee.ofId(agent)))
        .createdAt(instant(t.getCreatedAt()))
        .updatedAt(instant(t.getUpdatedAt()))
        .result(t.getResult())
        .raw(t)
        .build();
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
