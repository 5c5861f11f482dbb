package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tasks complete REF}. */
@Command(name = "complete", mixinStandardHelpOptions = true, description = "Completes a task.")
public final class CompleteCommand extends RefCommand {
  @Override
  Capability operation() {
    return Capability.COMPLETE;
  }

  @Option(names = "--result", paramLabel = "R", description = "The result text (AgentTasks).")
  String result;

  @Override
  Optional<Task> apply(TaskClient client) {
    return client.complete(ref.id(), result);
  }

  @Override
  String done() {
    return "completed";
  }
}
