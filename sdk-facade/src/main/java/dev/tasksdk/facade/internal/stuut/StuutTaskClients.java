package dev.tasksdk.facade.internal.stuut;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.stuut.StuutClient;

/**
 * Creates the facade's {@link TaskClient} for Stuut and declares what Stuut can do.
 *
 * <p>Stuut's API lists tasks and sets a task's single assignee; nothing else. Filters: status (any
 * of several, native), type (native), assignee (one user id natively; several are matched on the
 * client), text (title and description, on the client). Stuut tasks have no due date, so a due
 * window is unsupported.
 */
public final class StuutTaskClients {
  static final Capabilities CAPABILITIES =
      Capabilities.builder(Vendor.STUUT)
          .nativeSupport(
              Capability.LIST,
              Capability.ASSIGN,
              Capability.FILTER_STATUS,
              Capability.FILTER_TYPE,
              Capability.FILTER_ASSIGNEE)
          .clientSide(Capability.FILTER_TEXT)
          .build();

  private StuutTaskClients() {}

  /**
   * Wraps {@code client}; closing the vendor client stays the caller's job.
   *
   * @throws NullPointerException naming {@code client} when null
   */
  public static TaskClient create(StuutClient client) {
    return create(client, false);
  }

  /**
   * Returns a {@link TaskClient} over {@code client} whose {@link TaskClient#close()} also closes
   * {@code client} when {@code owns} is true (the client {@code TaskClients.fromEnv} created).
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient create(StuutClient client, boolean owns) {
    Require.nonNull(client, "client");
    return new StuutTaskClient(client, owns);
  }

  /** What Stuut supports, capability by capability. */
  public static Capabilities capabilities() {
    return CAPABILITIES;
  }
}
