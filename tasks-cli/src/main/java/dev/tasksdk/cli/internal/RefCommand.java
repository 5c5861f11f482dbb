package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskRef;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A command on one task given as {@code vendor:id}. */
abstract class RefCommand extends SubCommand {
  @Parameters(
      index = "0",
      paramLabel = "REF",
      converter = Converters.RefConverter.class,
      description = "The task as vendor:id, e.g. vambe:123e4567-e89b-12d3-a456-426614174000.")
  TaskRef ref;

  @Mixin FormatOption format;

  abstract Optional<Task> apply(TaskClient client) throws Exception;

  abstract String done();

  abstract Capability operation();

  @Override
  int run(CliContext ctx) throws Exception {
    Optional<Task> task;
    try (TaskClient client = ctx.client(ref.vendor(), operation())) {
      task = apply(client);
    }
    if (task.isPresent()) {
      TaskWriter.write(List.of(task.get()), format.format, ctx.out());
    } else if (format.format == OutputFormat.table) {
      ctx.out().println(done() + " " + ref);
    } else if (format.format == OutputFormat.json) {
      ctx.out().println("[]");
    } else if (format.format == OutputFormat.csv) {
      TaskWriter.write(List.of(), format.format, ctx.out());
    }
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
