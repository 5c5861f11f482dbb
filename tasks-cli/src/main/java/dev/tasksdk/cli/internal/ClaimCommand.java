package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code tasks claim REF}. */
@Command(
    name = "claim",
    mixinStandardHelpOptions = true,
    description = "Claims a task for the caller (AgentTasks agents).")
public final class ClaimCommand extends RefCommand {
  @Override
  Capability operation() {
    return Capability.CLAIM;
  }

  @Override
  Optional<Task> apply(TaskClient client) {
    return client.claim(ref.id());
  }

  @Override
  String done() {
    return "claimed";
  }
}
