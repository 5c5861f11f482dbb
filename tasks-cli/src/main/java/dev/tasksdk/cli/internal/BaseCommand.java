package dev.tasksdk.cli.internal;

import dev.tasksdk.cli.TasksCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs a command, mapping any failure to its exit code without a stack trace. */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  abstract TasksCommand root();

  abstract int run(CliContext ctx) throws Exception;

  @Override
  public final Integer call() {
    CliContext ctx = root().context();
    try {
      return run(ctx);
    } catch (Exception e) {
      Failures.print(ctx.err(), "", e, ctx.verbose());
      int code = Failures.exitCode(e);
      if (code == ExitCodes.USAGE) {
        ctx.err().println("Try '" + spec.qualifiedName() + " --help'.");
      }
      return code;
    }
  }
}
