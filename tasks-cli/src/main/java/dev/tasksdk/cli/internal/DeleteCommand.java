package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tasks delete REF}. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a task.")
public final class DeleteCommand extends SubCommand {
  @Parameters(
      index = "0",
      paramLabel = "REF",
      converter = Converters.RefConverter.class,
      description = "The task as vendor:id.")
  TaskRef ref;

  @Override
  int run(CliContext ctx) {
    try (TaskClient client = ctx.client(ref.vendor(), Capability.DELETE)) {
      client.delete(ref.id());
    }
    ctx.out().println("deleted " + ref);
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
