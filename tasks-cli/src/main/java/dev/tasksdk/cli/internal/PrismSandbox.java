package dev.tasksdk.cli.internal;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.PrismServer;
import java.util.concurrent.atomic.AtomicBoolean;

/** The sandbox through the testkit: one shared Prism per vendor, stopped before the JVM exits. */
public final class PrismSandbox implements SandboxLauncher {
  private static final AtomicBoolean USED = new AtomicBoolean();

  @Override
  public String start(Vendor vendor) {
    USED.set(true);
    return PrismServer.shared(vendor).baseUrl();
  }

  /**
   * Stops the sandboxes this process started. Called before exit so that the servers are not left
   * to the shutdown hooks of the testkit and Testcontainers, which race and print stack traces.
   */
  public static void stopAll() {
    if (USED.get()) {
      try {
        PrismServer.stopShared();
      } catch (RuntimeException e) {
        // best effort: the shutdown hooks remain
      }
    }
  }
}
