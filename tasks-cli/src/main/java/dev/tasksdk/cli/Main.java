package dev.tasksdk.cli;

/** The entry point of {@code tasks.jar}. */
public final class Main {
  private Main() {}

  /** Runs {@code tasks} with the process environment and exits with its exit code. */
  public static void main(String[] args) {
    int code =
        TasksCommand.commandLine(
                new TasksCommand(System.getenv(), System.out, System.err, System.in))
            .execute(args);
    System.out.flush();
    dev.tasksdk.cli.internal.SimulatorSandbox.stopAll();
    System.exit(code);
  }
}
