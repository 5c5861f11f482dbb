package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code tasks get REF}. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Shows one task.")
public final class GetCommand extends RefCommand {
  @Override
  Capability operation() {
    return Capability.GET;
  }

  @Override
  Optional<Task> apply(TaskClient client) {
    return Optional.of(client.get(ref.id()));
  }

  @Override
  String done() {
    return "got";
  }
}
