package dev.tasksdk.cli.internal;

import dev.tasksdk.core.Vendor;

/** Starts the sandbox (a stateful simulator of the bundled spec) for one vendor. */
public interface SandboxLauncher {

  /**
   * Starts (or reuses) the sandbox for {@code vendor} and returns its base URL.
   *
   * @throws RuntimeException when it cannot start; the message says what to install
   */
  String start(Vendor vendor);
}
