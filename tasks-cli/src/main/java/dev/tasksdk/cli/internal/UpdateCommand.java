package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.DueSpec;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tasks update REF}. */
@Command(name = "update", mixinStandardHelpOptions = true, description = "Changes a task.")
public final class UpdateCommand extends RefCommand {
  @Override
  Capability operation() {
    return Capability.UPDATE;
  }

  @Option(names = "--title", paramLabel = "T", description = "New title.")
  String title;

  @Option(names = "--description", paramLabel = "D", description = "New description.")
  String description;

  @Option(
      names = "--priority",
      paramLabel = "P",
      converter = Converters.PriorityConverter.class,
      description = "low, normal, high or urgent.")
  TaskPriority priority;

  @Mixin DueOptions due;

  @Option(names = "--clear-due", description = "Removes the due date.")
  boolean clearDue;

  @Option(
      names = "--assignee",
      paramLabel = "A",
      description = "Replaces the assignees (repeatable).")
  List<String> assignees = new ArrayList<>();

  @Override
  Optional<Task> apply(TaskClient client) {
    throw new IllegalStateException("not used");
  }

  @Override
  int run(CliContext ctx) throws Exception {
    TaskUpdate.Builder b = TaskUpdate.builder();
    if (title != null) {
      b.title(title);
    }
    if (description != null) {
      b.description(description);
    }
    if (priority != null) {
      b.priority(priority);
    }
    DueSpec d = due.spec();
    if (d != null && clearDue) {
      throw new UsageException("--due and --clear-due exclude each other");
    }
    if (d != null) {
      b.due(d);
    }
    if (clearDue) {
      b.clearDue();
    }
    if (!assignees.isEmpty()) {
      b.assignees(assignees);
    }
    TaskUpdate update;
    try {
      update = b.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "nothing to change: give --title, --description, --priority, --due, --clear-due or"
              + " --assignee");
    }
    Task t;
    try (TaskClient client = ctx.client(ref.vendor(), Capability.UPDATE)) {
      t = client.update(ref.id(), update);
    }
    TaskWriter.write(List.of(t), format.format, ctx.out());
    return ExitCodes.OK;
  }

  @Override
  String done() {
    return "updated";
  }
}
