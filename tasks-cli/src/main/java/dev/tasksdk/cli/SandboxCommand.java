package dev.tasksdk.cli;

import dev.tasksdk.cli.internal.CliContext;
import dev.tasksdk.cli.internal.ExitCodes;
import dev.tasksdk.cli.internal.SimulatorSandbox;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.Simulator;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tasks sandbox reset|serve}: the sandbox's state (the simulators' tasks kept between
 * commands in {@code TASKS_SANDBOX_DIR}, default under the user's cache directory).
 */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "The sandbox: stateful simulators of the five vendors, in this process, with their tasks kept"
          + " between commands (TASKS_SANDBOX_DIR, default <cache dir>/tasksdk/sandbox)."
    },
    subcommands = {SandboxCommand.Reset.class, SandboxCommand.Serve.class})
public final class SandboxCommand implements Callable<Integer> {
  @ParentCommand TasksCommand parent;

  /** Called by picocli. */
  public SandboxCommand() {}

  @Override
  public Integer call() {
    CliContext ctx = parent.context();
    ctx.err().println("error: sandbox needs a subcommand: reset or serve");
    return ExitCodes.USAGE;
  }

  /** {@code tasks sandbox reset}. */
  @Command(
      name = "reset",
      mixinStandardHelpOptions = true,
      description = "Forgets every change: the next command sees the seeded data again.")
  static final class Reset implements Callable<Integer> {
    @ParentCommand SandboxCommand sandbox;

    @Override
    public Integer call() {
      CliContext ctx = sandbox.parent.context();
      Path dir = SimulatorSandbox.reset(ctx.env());
      ctx.out().println("sandbox reset: the seeded data is back (" + dir + ")");
      ctx.out().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code tasks sandbox serve [--port N]}. */
  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description = {
        "Serves all five simulators on 127.0.0.1 until interrupted (Ctrl-C), for curl or programs in"
            + " other languages. With --port N: amplemarket N, amigo N+1, agenttasks N+2, stuut"
            + " N+3, vambe N+4. The state is saved when it stops."
      })
  static final class Serve implements Callable<Integer> {
    @ParentCommand SandboxCommand sandbox;

    @Option(
        names = "--port",
        paramLabel = "N",
        description = "The first port (default: any free ports).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
      CliContext ctx = sandbox.parent.context();
      if (port < 0 || port > 65531) {
        ctx.err().println("error: --port must be 1-65531");
        return ExitCodes.USAGE;
      }
      Map<Vendor, Simulator> running = SimulatorSandbox.serve(ctx.env(), port);
      Runtime.getRuntime().addShutdownHook(new Thread(SimulatorSandbox::stopAll));
      for (Vendor v : Vendor.values()) {
        ctx.out().printf("%-12s %s%n", v.id(), running.get(v).baseUrl());
      }
      ctx.out().println("serving; Ctrl-C stops and saves the state");
      ctx.out().flush();
      new CountDownLatch(1).await();
      return ExitCodes.OK;
    }
  }
}
