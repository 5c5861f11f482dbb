package dev.tasksdk.cli.internal;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.DueSpec;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskPriority;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tasks create}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a task.")
public final class CreateCommand extends SubCommand {
  @Option(
      names = "--vendor",
      required = true,
      paramLabel = "V",
      converter = Converters.VendorConverter.class,
      description = "The vendor to create the task at.")
  Vendor vendor;

  @Option(names = "--title", required = true, paramLabel = "T", description = "The title.")
  String title;

  @Option(names = "--description", paramLabel = "D", description = "The description.")
  String description;

  @Option(
      names = "--priority",
      paramLabel = "P",
      converter = Converters.PriorityConverter.class,
      description = "low, normal, high or urgent.")
  TaskPriority priority;

  @Mixin DueOptions due;

  @Option(names = "--assignee", paramLabel = "A", description = "Assignee id (repeatable).")
  List<String> assignees = new ArrayList<>();

  @Option(names = "--project", paramLabel = "ID", description = "AgentTasks: the project.")
  String project;

  @Mixin FormatOption format;

  @Override
  int run(CliContext ctx) {
    NewTask.Builder b = NewTask.builder(title);
    if (description != null) {
      b.description(description);
    }
    if (priority != null) {
      b.priority(priority);
    }
    DueSpec d = due.spec();
    if (d != null) {
      b.due(d);
    }
    assignees.forEach(b::assignee);
    if (project != null) {
      b.projectId(project);
    }
    NewTask task = b.build();
    Task created;
    try (TaskClient client = ctx.client(vendor, Capability.CREATE)) {
      created = client.create(task);
    }
    TaskWriter.write(List.of(created), format.format, ctx.out());
    return ExitCodes.OK;
  }
}
