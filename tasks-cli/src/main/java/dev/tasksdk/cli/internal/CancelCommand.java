package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code tasks cancel REF}. */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancels a task.")
public final class CancelCommand extends RefCommand {
  @Override
  Capability operation() {
    return Capability.CANCEL;
  }

  @Override
  Optional<Task> apply(TaskClient client) {
    return client.cancel(ref.id());
  }

  @Override
  String done() {
    return "cancelled";
  }
}
