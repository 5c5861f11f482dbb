package dev.tasksdk.cli.internal;

import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Maps failures to exit codes and prints them without stack traces (unless verbose). */
public final class Failures {
  private Failures() {}

  /** The failure behind wrappers such as {@link PageFailedException}. */
  public static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof PageFailedException
            || t instanceof CompletionException
            || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The exit code for {@code e}. */
  public static int exitCode(Throwable e) {
    Throwable t = unwrap(e);
    if (t instanceof UsageException || t instanceof IllegalArgumentException) {
      return ExitCodes.USAGE;
    }
    if (t instanceof UnsupportedCapabilityException) {
      return ExitCodes.UNSUPPORTED;
    }
    if (t instanceof ServerErrorException) {
      return ExitCodes.UNAVAILABLE;
    }
    if (t instanceof ServiceException) {
      return ExitCodes.REJECTED;
    }
    if (t instanceof ConnectionException
        || t instanceof InvalidResponseException
        || t instanceof SandboxUnavailableException) {
      return ExitCodes.UNAVAILABLE;
    }
    return ExitCodes.PARTIAL;
  }

  /** The exit code when every one of {@code failures} stopped a command: the most common one. */
  public static int exitCode(Collection<? extends Throwable> failures) {
    int[] count = new int[8];
    int best = ExitCodes.PARTIAL;
    for (Throwable t : failures) {
      int c = exitCode(t);
      count[c]++;
      if (count[c] > count[best]) {
        best = c;
      }
    }
    return best;
  }

  /** One line describing {@code e} for people. */
  public static String message(Throwable e) {
    Throwable t = unwrap(e);
    String m = t.getMessage();
    if (t instanceof UsageException
        || t instanceof IllegalArgumentException
        || t instanceof dev.tasksdk.core.TaskSdkException
        || t instanceof SandboxUnavailableException) {
      return m == null ? t.getClass().getSimpleName() : m;
    }
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** Prints {@code "error: <prefix><message>"} (and the stack trace when verbose). */
  public static void print(PrintStream err, String prefix, Throwable e, boolean verbose) {
    err.println("error: " + prefix + message(e));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
  }
}
