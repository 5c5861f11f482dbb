package dev.tasksdk.facade.internal.amplemarket;

import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.TaskClient;

/**
 * Creates the facade's {@link TaskClient} for Amplemarket and states what it can do.
 *
 * <p>Capabilities (from {@code specs/amplemarket.yaml}): list, complete and skip natively; filters
 * by status, type, text ({@code keyword}) and user id natively, the user id being required (the
 * client's configured user is the default); filters by due window and assignee on the client (the
 * listed user is the only assignee a task has). Several statuses in one query are listed without
 * the vendor's single-status filter and filtered on the client.
 */
public final class AmplemarketTaskClients {
  /** Amplemarket's row of the capability matrix. */
  static final Capabilities CAPABILITIES =
      Capabilities.builder(Vendor.AMPLEMARKET)
          .nativeSupport(
              Capability.LIST,
              Capability.COMPLETE,
              Capability.SKIP,
              Capability.FILTER_STATUS,
              Capability.FILTER_TYPE,
              Capability.FILTER_TEXT,
              Capability.FILTER_USER_ID)
          .clientSide(Capability.FILTER_DUE_WINDOW, Capability.FILTER_ASSIGNEE)
          .requiredForList(Capability.FILTER_USER_ID)
          .build();

  private AmplemarketTaskClients() {}

  /**
   * Wraps an Amplemarket client in the facade's interface.
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient create(AmplemarketClient client) {
    return create(client, false);
  }

  /**
   * Returns a {@link TaskClient} over {@code client} whose {@link TaskClient#close()} also closes
   * {@code client} when {@code owns} is true (the client {@code TaskClients.fromEnv} created).
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient create(AmplemarketClient client, boolean owns) {
    Require.nonNull(client, "client");
    return new AmplemarketTaskClient(client, owns);
  }

  /** What the Amplemarket adapter can do. */
  public static Capabilities capabilities() {
    return CAPABILITIES;
  }
}
