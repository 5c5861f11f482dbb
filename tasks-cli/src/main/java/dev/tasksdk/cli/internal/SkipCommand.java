package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code tasks skip REF}. */
@Command(
    name = "skip",
    mixinStandardHelpOptions = true,
    description = "Skips a task (Amplemarket).")
public final class SkipCommand extends RefCommand {
  @Override
  Capability operation() {
    return Capability.SKIP;
  }

  @Override
  Optional<Task> apply(TaskClient client) {
    return client.skip(ref.id());
  }

  @Override
  String done() {
    return "skipped";
  }
}
