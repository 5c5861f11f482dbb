package dev.tasksdk.facade.internal.stuut;

import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.internal.BaseTaskClient;
import dev.tasksdk.facade.internal.Responses;
import dev.tasksdk.stuut.ListTasksParams;
import dev.tasksdk.stuut.SetTaskAssigneeParams;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.stuut.model.User;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stuut behind the facade.
 *
 * <p>Mapping: title = {@code label}; description = {@code description}; type = {@code type}; status
 * from {@link #STATUS} (a word it does not list: UNKNOWN, word kept); no priority; assignee = the
 * embedded {@code assignee} user (id, email, name) or else {@code assignee_id}; createdAt/updatedAt
 * = {@code created_at}/{@code modified_at}; no due date and no completion time (Stuut has neither);
 * result = {@code close_reason}, else {@code error_reason}, else {@code action_taken} [choice: the
 * most specific outcome text first].
 */
final class StuutTaskClient extends BaseTaskClient {
  /** Stuut's status words and their normalised meaning. */
  static final Map<String, TaskStatus> STATUS;

  static {
    Map<String, TaskStatus> m = new LinkedHashMap<>();
    m.put("open", TaskStatus.OPEN);
    m.put("processing", TaskStatus.IN_PROGRESS);
    m.put("assigned_to_agent", TaskStatus.IN_PROGRESS);
    m.put("completed", TaskStatus.DONE);
    m.put("closed", TaskStatus.CANCELLED);
    m.put("archived", TaskStatus.CANCELLED);
    m.put("failed", TaskStatus.FAILED);
    STATUS = Collections.unmodifiableMap(m);
  }

  private final StuutClient client;

  StuutTaskClient(StuutClient client, boolean owns) {
    super(
        StuutTaskClients.CAPABILITIES,
        owns ? client : null,
        dev.tasksdk.core.event.Listeners.of(client.options().listeners()));
    this.client = client;
  }

  /** Checks the query's values against Stuut's rules before the pager is handed out. */
  @Override
  protected TaskQuery withDefaults(TaskQuery query) {
    params(query);
    return query;
  }

  /**
   * One page. Statuses become Stuut's words (several words per status where Stuut has several; a
   * status Stuut has no word for, such as SKIPPED, matches nothing); one assignee is sent as {@code
   * assignee}, several are matched here against the page's tasks; the page size is capped at 200.
   */
  @Override
  protected Page<Task> fetchPage(TaskQuery query, PageToken token) {
    Optional<ListTasksParams> params = params(query);
    if (params.isEmpty()) {
      return Page.of(List.of(), null, token); // no Stuut status can match: nothing to ask for
    }
    List<String> assignees = query.assignees();
    Page<dev.tasksdk.stuut.model.Task> page = client.listTasksPage(params.get(), token);
    List<Task> tasks = new ArrayList<>(page.items().size());
    for (dev.tasksdk.stuut.model.Task t : page.items()) {
      Task task = toTask(t, "listTasks");
      if (assignees.size() <= 1 || assignedToAny(task, assignees)) {
        tasks.add(task);
      }
    }
    return Page.of(tasks, page.nextToken().orElse(null), token);
  }

  /**
   * Stuut's parameters for {@code query}; empty when its statuses have no Stuut word at all.
   *
   * @throws IllegalArgumentException naming {@code type} when Stuut does not accept the type
   */
  static Optional<ListTasksParams> params(TaskQuery query) {
    Set<String> words = new LinkedHashSet<>();
    for (TaskStatus s : query.statuses()) {
      STATUS.forEach(
          (word, status) -> {
            if (status == s) {
              words.add(word);
            }
          });
    }
    if (!query.statuses().isEmpty() && words.isEmpty()) {
      return Optional.empty();
    }
    ListTasksParams.Builder params = ListTasksParams.builder().statuses(new ArrayList<>(words));
    query.type().ifPresent(params::type);
    query.pageSize().ifPresent(size -> params.limit(Math.min(size, MAX_LIMIT)));
    if (query.assignees().size() == 1) {
      params.assignee(query.assignees().get(0));
    }
    return Optional.of(params.build());
  }

  /** The largest {@code limit} the spec allows. */
  private static final int MAX_LIMIT = 200;

  /** Stuut has one assignee per task: exactly one id is accepted. */
  @Override
  protected Optional<Task> doAssign(String id, List<String> assignees) {
    if (assignees.size() != 1) {
      throw new IllegalArgumentException(
          "assignees: Stuut assigns a task to exactly one user but got " + assignees.size());
    }
    return Optional.of(
        toTask(
            client.setTaskAssignee(
                id, SetTaskAssigneeParams.builder().assignee(assignees.get(0)).build()),
            "setTaskAssignee"));
  }

  private static boolean assignedToAny(Task task, List<String> ids) {
    for (Assignee a : task.assignees()) {
      if (a.id().filter(ids::contains).isPresent() || a.email().filter(ids::contains).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Maps a Stuut task; every field but the id may be null.
   *
   * @param operation the vendor operation that returned {@code t}, for the exception
   * @throws InvalidResponseException when {@code t} is null or has no id
   */
  static Task toTask(dev.tasksdk.stuut.model.Task t, String operation) {
    Responses.present(Vendor.STUUT, operation, t);
    String id = Responses.taskId(Vendor.STUUT, operation, t.getId());
    String status = t.getStatus();
    return Task.builder(Vendor.STUUT, id)
        .title(t.getLabel())
        .description(t.getDescription())
        .status(status == null ? TaskStatus.UNKNOWN : status(status), status)
        .type(t.getType())
        .assignees(assignees(t))
        .createdAt(instant(t.getCreatedAt()))
        .updatedAt(instant(t.getModifiedAt()))
        .result(firstNonBlank(t.getCloseReason(), t.getErrorReason(), t.getActionTaken()))
        .raw(t)
        .build();
  }

  /** The normalised status of a Stuut word; UNKNOWN for a word the table does not list. */
  static TaskStatus status(String word) {
    return STATUS.getOrDefault(word.trim().toLowerCase(Locale.ROOT), TaskStatus.UNKNOWN);
  }

  private static List<Assignee> assignees(dev.tasksdk.stuut.model.Task t) {
    User u = t.getAssignee();
    String id = u != null && u.getId() != null ? u.getId() : t.getAssigneeId();
    String email = u == null ? null : u.getEmail();
    if (id == null && email == null) {
      return List.of();
    }
    return List.of(Assignee.of(id, email, u == null ? null : name(u)));
  }

  private static String name(User u) {
    if (u.getName() != null && !u.getName().isBlank()) {
      return u.getName();
    }
    String full =
        ((u.getGivenName() == null ? "" : u.getGivenName())
                + " "
                + (u.getFamilyName() == null ? "" : u.getFamilyName()))
            .trim();
    return full.isEmpty() ? null : full;
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
