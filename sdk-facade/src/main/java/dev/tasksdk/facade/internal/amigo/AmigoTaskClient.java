package dev.tasksdk.facade.internal.amigo;

import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amigo.generated.model.TaskListResponse;
import dev.tasksdk.amigo.generated.model.TaskStateResponse;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.internal.BaseTaskClient;
import dev.tasksdk.facade.internal.Responses;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amigo behind the facade.
 *
 * <p>Mapping: title and type = {@code skill}; description = {@code progress_message}; status from
 * {@link #STATUS} (a word it does not list: UNKNOWN, word kept); no priority, assignee or due date;
 * result = {@code result}, else {@code error}; createdAt = {@code dispatched_at} [choice: the
 * earliest time Amigo gives]; completedAt = {@code completed_at}; both read leniently by {@link
 * #instant(String)} (unparseable: null, the raw text stays in {@link Task#raw()}).
 */
final class AmigoTaskClient extends BaseTaskClient {
  /** Amigo's status words and their normalised meaning. */
  static final Map<String, TaskStatus> STATUS;

  static {
    Map<String, TaskStatus> m = new LinkedHashMap<>();
    m.put("pending", TaskStatus.OPEN);
    m.put("dispatched", TaskStatus.IN_PROGRESS);
    m.put("running", TaskStatus.IN_PROGRESS);
    m.put("completed", TaskStatus.DONE);
    m.put("failed", TaskStatus.FAILED);
    m.put("timeout", TaskStatus.FAILED);
    m.put("cancelled", TaskStatus.CANCELLED);
    STATUS = Collections.unmodifiableMap(m);
  }

  private final AmigoClient client;

  AmigoTaskClient(AmigoClient client, boolean owns) {
    super(
        AmigoTaskClients.CAPABILITIES,
        owns ? client : null,
        dev.tasksdk.core.event.Listeners.of(client.options().listeners()));
    this.client = client;
  }

  /** The call's tasks: Amigo returns them all at once, so this is the only page. */
  @Override
  protected Page<Task> fetchPage(TaskQuery query, PageToken token) {
    String callSid =
        query
            .callSid()
            .orElseThrow(() -> new IllegalArgumentException("Amigo lists tasks only by callSid"));
    TaskListResponse list =
        Responses.present(Vendor.AMIGO, "listTasksByCall", client.listTasksByCall(callSid));
    List<Task> tasks = new ArrayList<>();
    if (list.getTasks() != null) {
      for (TaskStateResponse t : list.getTasks()) {
        tasks.add(toTask(t, "listTasksByCall"));
      }
    }
    return Page.of(tasks, null, token);
  }

  @Override
  protected Task doGet(String id) {
    return toTask(client.getTask(id), "getTask");
  }

  /**
   * Maps an Amigo task; every field but the id may be null.
   *
   * @param operation the vendor operation that returned {@code t}, for the exception
   * @throws InvalidResponseException when {@code t} is null or has no {@code task_id}
   */
  static Task toTask(TaskStateResponse t, String operation) {
    Responses.present(Vendor.AMIGO, operation, t);
    String id = Responses.taskId(Vendor.AMIGO, operation, t.getTaskId());
    String status = t.getStatus();
    return Task.builder(Vendor.AMIGO, id)
        .title(t.getSkill())
        .description(t.getProgressMessage())
        .status(status == null ? TaskStatus.UNKNOWN : status(status), status)
        .type(t.getSkill())
        .createdAt(instant(t.getDispatchedAt()))
        .completedAt(instant(t.getCompletedAt()))
        .result(t.getResult() != null ? t.getResult() : t.getError())
        .raw(t)
        .build();
  }

  /** The normalised status of an Amigo word; UNKNOWN for a word the table does not list. */
  static TaskStatus status(String word) {
    return STATUS.getOrDefault(word.trim().toLowerCase(Locale.ROOT), TaskStatus.UNKNOWN);
  }

  /**
   * Reads Amigo's undeclared time format leniently: an ISO date-time with an offset or {@code Z}
   * (Python's {@code isoformat()}, e.g. {@code 2025-10-20T10:30:01.967000+00:00}), also with a
   * space for the {@code T}; one without an offset is taken as UTC [INF: the platform's clocks are
   * UTC]. Anything else, blank or null: null.
   */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }
}
