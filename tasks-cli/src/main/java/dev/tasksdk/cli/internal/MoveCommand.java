package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tasks move REF --status S}. */
@Command(
    name = "move",
    mixinStandardHelpOptions = true,
    description = "Moves a task to a status (the vendor's word or a normalised status).")
public final class MoveCommand extends RefCommand {
  @Override
  Capability operation() {
    return Capability.MOVE;
  }

  @Option(
      names = "--status",
      required = true,
      paramLabel = "S",
      description = "e.g. in_progress (AgentTasks) or a Vambe status name.")
  String status;

  @Override
  Optional<Task> apply(TaskClient client) {
    if (status.isBlank()) {
      throw new UsageException("--status is blank");
    }
    return client.move(ref.id(), status);
  }

  @Override
  String done() {
    return "moved";
  }
}
