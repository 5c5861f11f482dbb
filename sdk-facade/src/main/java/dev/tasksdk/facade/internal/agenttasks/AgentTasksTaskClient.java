package dev.tasksdk.facade.internal.agenttasks;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.agenttasks.CompleteTaskParams;
import dev.tasksdk.agenttasks.CreateTaskParams;
import dev.tasksdk.agenttasks.ListTasksParams;
import dev.tasksdk.agenttasks.MoveTaskParams;
import dev.tasksdk.agenttasks.UpdateTaskParams;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Patch;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.TaskUpdate;
import dev.tasksdk.facade.internal.BaseTaskClient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The facade over {@link AgentTasksClient}; see {@link AgentTasksTaskClients} for the matrix. */
final class AgentTasksTaskClient extends BaseTaskClient {
  private final AgentTasksClient client;

  AgentTasksTaskClient(AgentTasksClient client, boolean owns) {
    super(
        AgentTasksTaskClients.CAPABILITIES,
        owns ? client : null,
        dev.tasksdk.core.event.Listeners.of(client.options().listeners()));
    this.client = client;
  }

  /** The largest {@code limit} the spec allows. */
  private static final int MAX_LIMIT = 100;

  @Override
  protected Page<Task> fetchPage(TaskQuery query, PageToken token) {
    ListTasksParams.Builder params = ListTasksParams.builder();
    query.projectId().ifPresent(params::projectId);
    query.pageSize().ifPresent(size -> params.limit(Math.min(size, MAX_LIMIT)));

    Set<String> words = new LinkedHashSet<>();
    for (TaskStatus s : query.statuses()) {
      String word = AgentTasksMapping.STATUS_WORD.get(s);
      if (word != null) {
        words.add(word);
      }
    }
    if (!query.statuses().isEmpty() && words.isEmpty()) {
      // only statuses AgentTasks cannot have (SKIPPED, FAILED): nothing can match, ask nothing
      return Page.of(List.of(), null, token);
    }
    boolean statusOnClient = words.size() > 1;
    if (words.size() == 1) {
      params.status(words.iterator().next());
    }
    boolean assigneeOnClient = query.assignees().size() > 1;
    if (query.assignees().size() == 1) {
      params.agentId(query.assignees().get(0));
    }

    Page<dev.tasksdk.agenttasks.model.Task> page = client.listTasksPage(params.build(), token);
    List<Task> items = new ArrayList<>(page.items().size());
    for (dev.tasksdk.agenttasks.model.Task raw : page.items()) {
      Task t = AgentTasksMapping.toTask(raw, "listTasks");
      if (statusOnClient && !query.statuses().contains(t.status())) {
        continue;
      }
      String agent = raw.getAssignedAgentId();
      if (assigneeOnClient && (agent == null || !query.assignees().contains(agent))) {
        continue;
      }
      items.add(t);
    }
    return Page.of(items, page.nextToken().orElse(null), token);
  }

  @Override
  protected Task doGet(String id) {
    return AgentTasksMapping.toTask(client.getTask(id), "getTask");
  }

  @Override
  protected Task doCreate(NewTask task) {
    String projectId =
        task.projectId()
            .filter(p -> !p.isBlank())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "projectId is required by AgentTasks: NewTask.builder(title).projectId(...)"));
    if (task.due().isPresent()) {
      throw new IllegalArgumentException("due: AgentTasks tasks have no due date");
    }
    if (task.assignees().size() > 1) {
      throw new IllegalArgumentException(
          "assignees: AgentTasks takes at most one assignee (an agent id) but got "
              + task.assignees().size());
    }
    CreateTaskParams.Builder request =
        CreateTaskParams.builder().title(task.title()).projectId(projectId);
    task.description().ifPresent(request::description);
    if (!task.assignees().isEmpty()) {
      request.assignedAgentId(task.assignees().get(0));
    }
    task.priority().ifPresent(p -> request.priority(AgentTasksMapping.priorityWord(p)));
    return AgentTasksMapping.toTask(client.createTask(request.build()), "createTask");
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
      // the update body's description is a plain string: an empty one clears it [choice]
      b.description("");
    }
    if (update.priority().isValue()) {
      b.priority(AgentTasksMapping.priorityWord(update.priority().value()));
    } else if (update.priority().isClear()) {
      throw new IllegalArgumentException("priority: AgentTasks cannot clear a task's priority");
    }
    if (!update.due().isAbsent()) {
      throw new IllegalArgumentException("due: AgentTasks tasks have no due date");
    }
    Patch<List<String>> assignees = update.assignees();
    if (assignees.isClear() || (assignees.isValue() && assignees.value().isEmpty())) {
      b.clearAssignedAgentId();
    } else if (assignees.isValue()) {
      b.assignedAgentId(singleAssignee(assignees.value()));
    }
    return AgentTasksMapping.toTask(client.updateTask(id, b.build()), "updateTask");
  }

  @Override
  protected Optional<Task> doComplete(String id, String result) {
    return Optional.of(
        AgentTasksMapping.toTask(
            client.completeTask(id, CompleteTaskParams.builder().result(result).build()),
            "completeTask"));
  }

  @Override
  protected Optional<Task> doCancel(String id) {
    return Optional.of(
        AgentTasksMapping.toTask(
            client.moveTask(id, MoveTaskParams.builder().status("cancelled").build()), "moveTask"));
  }

  @Override
  protected Optional<Task> doClaim(String id) {
    return Optional.of(AgentTasksMapping.toTask(client.claimTask(id), "claimTask"));
  }

  /** Accepts the vendor's word or a normalised status name AgentTasks can express. */
  @Override
  protected Optional<Task> doMove(String id, String status) {
    return Optional.of(
        AgentTasksMapping.toTask(
            client.moveTask(id, MoveTaskParams.builder().status(moveWord(status)).build()),
            "moveTask"));
  }

  @Override
  protected Optional<Task> doAssign(String id, List<String> assignees) {
    UpdateTaskParams params =
        UpdateTaskParams.builder().assignedAgentId(singleAssignee(assignees)).build();
    return Optional.of(AgentTasksMapping.toTask(client.updateTask(id, params), "updateTask"));
  }

  static String moveWord(String status) {
    String lower = status.trim().toLowerCase(Locale.ROOT);
    if (AgentTasksMapping.STATUS.containsKey(lower)) {
      return lower;
    }
    try {
      String word = AgentTasksMapping.STATUS_WORD.get(TaskStatus.parse(status));
      if (word != null) {
        return word;
      }
    } catch (IllegalArgumentException notAStatus) {
      // reported below
    }
    throw new IllegalArgumentException(
        "status '"
            + status
            + "' cannot be set on AgentTasks; expected todo, in_progress, done, cancelled (or"
            + " open, in_progress, done, cancelled)");
  }

  private static String singleAssignee(List<String> assignees) {
    if (assignees.size() != 1) {
      throw new IllegalArgumentException(
          "assignees: AgentTasks takes exactly one assignee (an agent id) but got "
              + assignees.size());
    }
    return assignees.get(0);
  }
}
