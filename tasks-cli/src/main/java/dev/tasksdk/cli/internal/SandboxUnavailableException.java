package dev.tasksdk.cli.internal;

import dev.tasksdk.core.Vendor;

/** The sandbox for a vendor could not be started; exit code 4. */
public final class SandboxUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code vendor} with the reason as cause. */
  public SandboxUnavailableException(Vendor vendor, Throwable cause) {
    super(
        "the sandbox for "
            + vendor.id()
            + " could not start: "
            + (cause == null ? "unknown reason" : cause.getMessage()),
        cause);
  }
}
