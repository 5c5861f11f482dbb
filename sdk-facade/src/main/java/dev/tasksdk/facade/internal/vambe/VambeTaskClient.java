package dev.tasksdk.facade.internal.vambe;

import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.DueSpec;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Patch;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskUpdate;
import dev.tasksdk.facade.internal.BaseTaskClient;
import dev.tasksdk.facade.internal.Responses;
import dev.tasksdk.vambe.CreateTaskParams;
import dev.tasksdk.vambe.ListTasksParams;
import dev.tasksdk.vambe.UpdateTaskParams;
import dev.tasksdk.vambe.VambeClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The facade over {@link VambeClient}; see {@link VambeTaskClients} for what it can do. */
final class VambeTaskClient extends BaseTaskClient {
  /** Days before and after today (or the one given bound) of the default list window. */
  static final int DEFAULT_WINDOW_DAYS = 365;

  private final VambeClient client;
  private final Clock clock;

  VambeTaskClient(VambeClient client, Clock clock) {
    this(client, clock, false);
  }

  VambeTaskClient(VambeClient client, Clock clock, boolean owns) {
    super(
        VambeTaskClients.CAPABILITIES,
        owns ? client : null,
        dev.tasksdk.core.event.Listeners.of(client.options().listeners()));
    this.client = client;
    this.clock = clock;
  }

  /** One request for the whole window: Vambe does not page. */
  @Override
  protected Page<Task> fetchPage(TaskQuery query, PageToken token) {
    List<dev.tasksdk.vambe.model.Task> found =
        Responses.present(Vendor.VAMBE, "listTasks", client.listTasks(params(query)));
    List<Task> tasks = new ArrayList<>(found.size());
    for (dev.tasksdk.vambe.model.Task t : found) {
      tasks.add(VambeMapping.toTask(t, "listTasks"));
    }
    return Page.of(tasks, null, token);
  }

  ListTasksParams params(TaskQuery query) {
    Optional<LocalDate> from = query.dueFrom();
    Optional<LocalDate> to = query.dueTo();
    LocalDate today = LocalDate.now(clock);
    LocalDate fromDate =
        from.orElseGet(
            () ->
                to.map(d -> d.minusDays(DEFAULT_WINDOW_DAYS))
                    .orElse(today.minusDays(DEFAULT_WINDOW_DAYS)));
    LocalDate toDate =
        to.orElseGet(
            () ->
                from.map(d -> d.plusDays(DEFAULT_WINDOW_DAYS))
                    .orElse(today.plusDays(DEFAULT_WINDOW_DAYS)));
    ListTasksParams.Builder b =
        ListTasksParams.builder()
            .fromDate(fromDate)
            .toDate(toDate)
            .responsibleIds(query.assignees());
    if (from.isPresent() || to.isPresent()) {
      b.includeTasksWithoutDates(false);
    }
    query.text().ifPresent(b::searchFilter);
    return b.build();
  }

  @Override
  protected Task doCreate(NewTask task) {
    if (task.projectId().isPresent()) {
      throw new IllegalArgumentException("projectId: Vambe tasks have no project");
    }
    if (task.priority().isEmpty()) {
      throw new IllegalArgumentException("priority is required by Vambe (low, normal or high)");
    }
    if (task.assignees().isEmpty()) {
      throw new IllegalArgumentException(
          "assignees: Vambe needs at least one responsible team member id");
    }
    CreateTaskParams.Builder b =
        CreateTaskParams.builder()
            .title(task.title())
            .description(task.description().orElse(null))
            .priority(VambeMapping.toVambe(task.priority().get()).wireValue())
            .responsibleIds(task.assignees());
    task.due()
        .ifPresent(
            due -> {
              b.dueDate(due.date().toString());
              due.time().ifPresent(t -> b.dueTime(hhmm(t)));
              due.timeZone().ifPresent(z -> b.timezone(zoneName(z)));
            });
    return VambeMapping.toTask(client.createTask(b.build()), "createTask");
  }

  @Override
  protected Task doUpdate(String id, TaskUpdate update) {
    UpdateTaskParams.Builder b = UpdateTaskParams.builder();
    if (update.title().isValue()) {
      b.title(update.title().value());
    }
    Patch<String> description = update.description();
    if (description.isValue()) {
      b.description(description.value());
    } else if (description.isClear()) {
      b.clearDescription();
    }
    if (update.priority().isValue()) {
      b.priority(VambeMapping.toVambe(update.priority().value()).wireValue());
    }
    Patch<DueSpec> due = update.due();
    if (due.isValue()) {
      DueSpec d = due.value();
      b.dueDate(d.date().toString());
      if (d.allDay()) {
        b.clearDueTime();
      } else {
        b.dueTime(hhmm(d.time().get())).timezone(zoneName(d.timeZone().get()));
      }
    } else if (due.isClear()) {
      b.clearDueDate();
    }
    Patch<List<String>> assignees = update.assignees();
    if (assignees.isValue()) {
      b.responsibleIds(assignees.value());
    } else if (assignees.isClear()) {
      b.responsibleIds(List.of());
    }
    return VambeMapping.toTask(client.updateTask(id, b.build()), "updateTask");
  }

  /** Sends the word as {@code newStatusName}: Vambe's statuses are named per organisation. */
  @Override
  protected Optional<Task> doMove(String id, String status) {
    return Optional.of(
        VambeMapping.toTask(
            client.updateTask(id, UpdateTaskParams.builder().newStatusName(status).build()),
            "updateTask"));
  }

  @Override
  protected Optional<Task> doAssign(String id, List<String> assignees) {
    return Optional.of(
        VambeMapping.toTask(
            client.updateTask(id, UpdateTaskParams.builder().responsibleIds(assignees).build()),
            "updateTask"));
  }

  @Override
  protected void doDelete(String id) {
    client.deleteTask(id);
  }

  private static String hhmm(java.time.LocalTime t) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }

  /** The zone as Vambe names it: an IANA id, and "UTC" (not "Z") for UTC. */
  private static String zoneName(java.time.ZoneId zone) {
    return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
  }
}
