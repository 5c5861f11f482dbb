package dev.tasksdk.cli.internal;

import dev.tasksdk.cli.TasksCommand;
import picocli.CommandLine.ParentCommand;

/** A direct subcommand of {@code tasks}. */
abstract class SubCommand extends BaseCommand {
  @ParentCommand TasksCommand parent;

  @Override
  TasksCommand root() {
    return parent;
  }
}
