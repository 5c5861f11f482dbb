package dev.tasksdk.facade.internal.vambe;

import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Contact;
import dev.tasksdk.facade.Due;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.internal.Responses;
import dev.tasksdk.vambe.Priority;
import dev.tasksdk.vambe.model.StatusConfig;
import dev.tasksdk.vambe.model.TaskResponsible;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vambe's task to the facade's {@link Task}, and the facade's priority to Vambe's input values.
 *
 * <p>Status comes from {@code status_config.type} (the configured status' category; its display
 * name, e.g. "Pendiente", stays in the raw model): {@code initial} OPEN, {@code in_progress}
 * IN_PROGRESS, {@code done} DONE, {@code master_done} DONE; any other word (or no status
 * configuration) UNKNOWN, with the word kept as the vendor status. Priority: {@code low} LOW,
 * {@code medium} NORMAL, {@code high} HIGH, and the create page's numbers {@code 0}/{@code
 * 1}/{@code 2} the same; anything else UNKNOWN, word kept.
 */
final class VambeMapping {
  /** {@code status_config.type} to the normalised status. */
  static final Map<String, TaskStatus> STATUS =
      Map.of(
          "initial", TaskStatus.OPEN,
          "in_progress", TaskStatus.IN_PROGRESS,
          "done", TaskStatus.DONE,
          "master_done", TaskStatus.DONE);

  /** Response priority words (and the create page's numeric levels) to the normalised priority. */
  static final Map<String, TaskPriority> PRIORITY =
      Map.of(
          "low", TaskPriority.LOW,
          "medium", TaskPriority.NORMAL,
          "high", TaskPriority.HIGH,
          "0", TaskPriority.LOW,
          "1", TaskPriority.NORMAL,
          "2", TaskPriority.HIGH);

  private VambeMapping() {}

  /**
   * Maps a Vambe task; the generated model stays available as {@code raw()}.
   *
   * @param operation the vendor operation that returned {@code v}, for the exception
   * @throws InvalidResponseException when {@code v} is null or has no id
   */
  static Task toTask(dev.tasksdk.vambe.model.Task v, String operation) {
    Responses.present(Vendor.VAMBE, operation, v);
    Task.Builder b =
        Task.builder(Vendor.VAMBE, Responses.taskId(Vendor.VAMBE, operation, v.getId()));
    b.title(v.getTitle()).description(v.getDescription());
    StatusConfig sc = v.getStatusConfig();
    String type = sc == null ? null : sc.getType();
    b.status(status(type), type);
    String p = v.getPriority();
    b.priority(p == null ? null : priority(p), p);
    b.assignees(assignees(v.getTaskResponsibles()));
    if (v.getAiContactId() != null) {
      b.contact(Contact.of(v.getAiContactId(), null, null));
    }
    b.due(due(v.getDueAt(), v.getDueTimezone(), v.getIsAllDay()));
    b.createdAt(v.getCreatedAt() == null ? null : v.getCreatedAt().toInstant());
    b.raw(v);
    return b.build();
  }

  static TaskStatus status(String type) {
    if (type == null) {
      return TaskStatus.UNKNOWN;
    }
    return STATUS.getOrDefault(type.trim().toLowerCase(Locale.ROOT), TaskStatus.UNKNOWN);
  }

  static TaskPriority priority(String word) {
    return PRIORITY.getOrDefault(word.trim().toLowerCase(Locale.ROOT), TaskPriority.UNKNOWN);
  }

  /** LOW "0", NORMAL "1", HIGH "2"; URGENT "2" (Vambe's highest level). */
  static Priority toVambe(TaskPriority p) {
    switch (p) {
      case LOW:
        return Priority.LOW;
      case NORMAL:
        return Priority.MEDIUM;
      case HIGH:
      case URGENT:
        return Priority.HIGH;
      default:
        throw new IllegalArgumentException("priority must be low, normal, high or urgent: " + p);
    }
  }

  private static List<Assignee> assignees(List<TaskResponsible> responsibles) {
    if (responsibles == null) {
      return List.of();
    }
    List<Assignee> out = new ArrayList<>(responsibles.size());
    for (TaskResponsible r : responsibles) {
      if (r != null && r.getResponsibleId() != null) {
        out.add(Assignee.ofId(r.getResponsibleId()));
      }
    }
    return out;
  }

  /** The due instant with its zone (null when unknown or not a zone id), all-day or not. */
  private static Due due(OffsetDateTime at, String timezone, Boolean allDay) {
    if (at == null) {
      return null;
    }
    return Due.of(at.toInstant(), zone(timezone), Boolean.TRUE.equals(allDay));
  }

  private static ZoneId zone(String timezone) {
    if (timezone == null || timezone.isBlank()) {
      return null;
    }
    try {
      return ZoneId.of(timezone.trim());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
