package dev.tasksdk.facade.internal.amplemarket;

import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.amplemarket.ListTasksParams;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Contact;
import dev.tasksdk.facade.Due;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.internal.BaseTaskClient;
import dev.tasksdk.facade.internal.Responses;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Amplemarket behind the facade.
 *
 * <p>Status table: {@code scheduled} -> OPEN, {@code completed} -> DONE, {@code skipped} ->
 * SKIPPED, any other word -> UNKNOWN (the word is kept as vendorStatus). No priority. Title: {@code
 * "<type> <contact name, else contact email>"}; description: notes; assignee: the task's user (id
 * and email); due: {@code due_on}, an instant with no time zone (Amplemarket gives none: the offset
 * in the timestamp only writes the instant, so {@link Due#timeZone()} is empty), never all-day;
 * completedAt: {@code finished_on}.
 *
 * <p>Status filter: one vendor word goes to the API's {@code status}; statuses with no Amplemarket
 * word (IN_PROGRESS, CANCELLED, FAILED) cannot match and are dropped; when two or more words
 * remain, the list is fetched unfiltered by status and filtered here. Complete sends {@code {}}
 * and, like skip, returns no task (the vendor's success body is undocumented).
 */
final class AmplemarketTaskClient extends BaseTaskClient {
  /** Vendor status word -> normalised status. */
  static final Map<String, TaskStatus> STATUS_TABLE =
      Map.of(
          "scheduled", TaskStatus.OPEN,
          "completed", TaskStatus.DONE,
          "skipped", TaskStatus.SKIPPED);

  /** Normalised status -> the vendor's word, for the API's status filter. */
  static final Map<TaskStatus, String> VENDOR_STATUS = new EnumMap<>(TaskStatus.class);

  static {
    STATUS_TABLE.forEach((word, status) -> VENDOR_STATUS.put(status, word));
  }

  private final AmplemarketClient client;

  AmplemarketTaskClient(AmplemarketClient client, boolean owns) {
    super(
        AmplemarketTaskClients.CAPABILITIES,
        owns ? client : null,
        dev.tasksdk.core.event.Listeners.of(client.options().listeners()));
    this.client = client;
  }

  @Override
  protected TaskQuery withDefaults(TaskQuery query) {
    if (query.userId().isEmpty() && client.userId().isPresent()) {
      return query.toBuilder().userId(client.userId().get()).build();
    }
    return query;
  }

  @Override
  protected Page<Task> fetchPage(TaskQuery query, PageToken token) {
    Set<TaskStatus> wanted = query.statuses();
    Set<String> words = new LinkedHashSet<>();
    for (TaskStatus s : wanted) {
      String word = VENDOR_STATUS.get(s);
      if (word != null) {
        words.add(word);
      }
    }
    if (!wanted.isEmpty() && words.isEmpty()) {
      // no Amplemarket task can be in any of these statuses: nothing to ask for
      return Page.of(List.of(), null, token);
    }
    boolean filterHere = words.size() > 1;
    ListTasksParams params =
        ListTasksParams.builder()
            .userId(query.userId().orElse(null))
            .status(words.size() == 1 ? words.iterator().next() : null)
            .type(query.type().orElse(null))
            .keyword(query.text().orElse(null))
            .pageSize(query.pageSize().map(String::valueOf).orElse(null))
            .build();
    Page<dev.tasksdk.amplemarket.model.Task> page = client.listTasksPage(params, token);
    List<Task> tasks = new ArrayList<>(page.items().size());
    for (dev.tasksdk.amplemarket.model.Task t : page.items()) {
      Task mapped = toTask(t, "listTasks");
      if (!filterHere || wanted.contains(mapped.status())) {
        tasks.add(mapped);
      }
    }
    return Page.of(tasks, page.nextToken().orElse(null), token);
  }

  @Override
  protected Optional<Task> doComplete(String id, String result) {
    if (result != null) {
      throw new IllegalArgumentException(
          "result: Amplemarket does not store a result text when completing a task; pass null");
    }
    client.completeTask(id);
    return Optional.empty();
  }

  @Override
  protected Optional<Task> doSkip(String id) {
    client.skipTask(id);
    return Optional.empty();
  }

  /**
   * Maps a vendor task to the facade's task (see the class doc for the table).
   *
   * @param operation the vendor operation that returned {@code t}, for the exception
   * @throws InvalidResponseException when {@code t} is null or has no id
   */
  static Task toTask(dev.tasksdk.amplemarket.model.Task t, String operation) {
    Responses.present(Vendor.AMPLEMARKET, operation, t);
    String id = Responses.taskId(Vendor.AMPLEMARKET, operation, t.getId());
    String word = t.getStatus();
    TaskStatus status =
        word == null
            ? TaskStatus.UNKNOWN
            : STATUS_TABLE.getOrDefault(word.trim().toLowerCase(Locale.ROOT), TaskStatus.UNKNOWN);
    Task.Builder b =
        Task.builder(Vendor.AMPLEMARKET, id)
            .title(title(t))
            .description(t.getNotes())
            .status(status, word)
            .type(t.getType())
            .raw(t);
    if (t.getUserId() != null || t.getUserEmail() != null) {
      b.assignees(List.of(Assignee.of(t.getUserId(), t.getUserEmail(), null)));
    }
    dev.tasksdk.amplemarket.model.Contact c = t.getContact();
    if (c != null) {
      b.contact(Contact.of(c.getId(), c.getName(), c.getEmail()));
    }
    if (t.getDueOn() != null) {
      b.due(Due.at(t.getDueOn().toInstant()));
    }
    if (t.getFinishedOn() != null) {
      b.completedAt(t.getFinishedOn().toInstant());
    }
    return b.build();
  }

  /** {@code "<type> <contact name, else email>"}; {@code "task"} stands in for a missing type. */
  static String title(dev.tasksdk.amplemarket.model.Task t) {
    String type = t.getType() == null || t.getType().isBlank() ? "task" : t.getType();
    dev.tasksdk.amplemarket.model.Contact c = t.getContact();
    String who = null;
    if (c != null) {
      who = c.getName() != null && !c.getName().isBlank() ? c.getName() : c.getEmail();
    }
    return who == null || who.isBlank() ? type : type + " " + who;
  }
}
