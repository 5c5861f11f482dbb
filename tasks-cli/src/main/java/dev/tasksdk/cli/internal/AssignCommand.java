package dev.tasksdk.cli.internal;

import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tasks assign REF --assignee A...}. */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    description = "Replaces a task's assignees.")
public final class AssignCommand extends RefCommand {
  @Override
  Capability operation() {
    return Capability.ASSIGN;
  }

  @Option(
      names = "--assignee",
      required = true,
      arity = "1..*",
      paramLabel = "A",
      description = "Assignee ids.")
  List<String> assignees = new ArrayList<>();

  @Override
  Optional<Task> apply(TaskClient client) {
    for (String a : assignees) {
      if (a.isBlank()) {
        throw new UsageException("--assignee is blank");
      }
    }
    return client.assign(ref.id(), List.copyOf(assignees));
  }

  @Override
  String done() {
    return "assigned";
  }
}
