package dev.tasksdk.cli.internal;

import dev.tasksdk.cli.TasksCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tasks webhook}. */
@Command(
    name = "webhook",
    mixinStandardHelpOptions = true,
    description = "AgentTasks webhook deliveries.",
    subcommands = VerifyCommand.class)
public final class WebhookCommand implements Callable<Integer> {
  @ParentCommand TasksCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CliContext ctx = parent.context();
    ctx.err().println("error: a subcommand is required");
    spec.commandLine().usage(ctx.err());
    return ExitCodes.USAGE;
  }
}
