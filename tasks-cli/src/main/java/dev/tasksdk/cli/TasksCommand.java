package dev.tasksdk.cli;

import dev.tasksdk.cli.internal.AssignCommand;
import dev.tasksdk.cli.internal.CancelCommand;
import dev.tasksdk.cli.internal.ClaimCommand;
import dev.tasksdk.cli.internal.CliContext;
import dev.tasksdk.cli.internal.ClientFactory;
import dev.tasksdk.cli.internal.CompleteCommand;
import dev.tasksdk.cli.internal.Converters;
import dev.tasksdk.cli.internal.CreateCommand;
import dev.tasksdk.cli.internal.DeleteCommand;
import dev.tasksdk.cli.internal.ExitCodes;
import dev.tasksdk.cli.internal.GetCommand;
import dev.tasksdk.cli.internal.ListCommand;
import dev.tasksdk.cli.internal.MoveCommand;
import dev.tasksdk.cli.internal.RealClientFactory;
import dev.tasksdk.cli.internal.SandboxLauncher;
import dev.tasksdk.cli.internal.SimulatorSandbox;
import dev.tasksdk.cli.internal.SkipCommand;
import dev.tasksdk.cli.internal.UpdateCommand;
import dev.tasksdk.cli.internal.VendorsCommand;
import dev.tasksdk.cli.internal.WebhookCommand;
import dev.tasksdk.core.spi.Require;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code tasks} command: lists and changes the tasks of Amplemarket, Amigo, AgentTasks, Stuut
 * and Vambe, each live (its API key is set) or on the sandbox (a stateful simulator of its spec).
 *
 * <p>Run it in process with injected environment and streams:
 *
 * <pre>{@code
 * int exit = TasksCommand.commandLine(new TasksCommand(env, out, err, in)).execute("list", "--format", "json");
 * }</pre>
 */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    versionProvider = TasksCommand.Version.class,
    description = {
      "Tasks of Amplemarket, Amigo, AgentTasks, Stuut and Vambe in one place.",
      "A vendor whose <VENDOR>_API_KEY is set runs live; the others run on the sandbox,"
          + " stateful simulators of the bundled specs in this process (tasks sandbox)."
    },
    subcommands = {
      VendorsCommand.class,
      ListCommand.class,
      GetCommand.class,
      CreateCommand.class,
      UpdateCommand.class,
      CompleteCommand.class,
      SkipCommand.class,
      CancelCommand.class,
      ClaimCommand.class,
      MoveCommand.class,
      AssignCommand.class,
      DeleteCommand.class,
      WebhookCommand.class,
      SandboxCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 some vendors failed, 2 usage or bad input, 3 the vendor rejected the"
          + " request, 4 unavailable, 5 not supported by the vendor."
    })
public final class TasksCommand implements Callable<Integer> {

  @Option(
      names = "--sandbox",
      scope = ScopeType.INHERIT,
      description = "Run every vendor on the sandbox, even when its key is set.")
  boolean sandbox;

  @Option(
      names = "--live",
      scope = ScopeType.INHERIT,
      description = "Run every vendor live; a missing <VENDOR>_API_KEY is an error.")
  boolean live;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print HTTP lines (secrets redacted) and stack traces on stderr.")
  boolean verbose;

  @Option(
      names = "--timeout",
      scope = ScopeType.INHERIT,
      paramLabel = "DURATION",
      converter = Converters.DurationConverter.class,
      description = "Time limit of each call including retries, e.g. 30s, 500ms, 2m (default 2m).")
  Duration timeout;

  @Spec CommandSpec spec;

  private final CliContext context;

  /** A command on the real vendor clients and the simulator sandbox. */
  public TasksCommand(Map<String, String> env, PrintStream out, PrintStream err, InputStream in) {
    this(
        env,
        out,
        err,
        in,
        new RealClientFactory(),
        new SimulatorSandbox(env),
        System.console() != null);
  }

  /** A command with its clients and sandbox supplied (for tests). */
  public TasksCommand(
      Map<String, String> env,
      PrintStream out,
      PrintStream err,
      InputStream in,
      ClientFactory factory,
      SandboxLauncher sandbox,
      boolean terminal) {
    Require.nonNull(env, "env");
    Require.nonNull(out, "out");
    Require.nonNull(err, "err");
    Require.nonNull(in, "in");
    this.context = new CliContext(env, out, err, in, factory, sandbox, terminal);
  }

  /**
   * A {@link CommandLine} for {@code command} with its streams, exit codes and error handling set:
   * bad input prints the message and a usage hint (exit 2), never a stack trace.
   */
  public static CommandLine commandLine(TasksCommand command) {
    CommandLine cl = new CommandLine(command);
    CliContext ctx = command.context;
    cl.setOut(new PrintWriter(ctx.out(), true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(ctx.err(), true, StandardCharsets.UTF_8));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("error: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          dev.tasksdk.cli.internal.Failures.print(ctx.err(), "", ex, command.verbose);
          return dev.tasksdk.cli.internal.Failures.exitCode(ex);
        });
    return cl;
  }

  /** The shared state of the command tree; applies the global options first. */
  public CliContext context() {
    context.configure(sandbox, live, verbose, timeout);
    return context;
  }

  @Override
  public Integer call() {
    context.err().println("error: a command is required");
    spec.commandLine().usage(context.err());
    return ExitCodes.USAGE;
  }

  /** Reads the version from the jar's resources. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
      java.util.Properties p = new java.util.Properties();
      try (InputStream in = TasksCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "tasks " + p.getProperty("version", "unknown"), "Java " + System.getProperty("java.version")
      };
    }
  }
}
