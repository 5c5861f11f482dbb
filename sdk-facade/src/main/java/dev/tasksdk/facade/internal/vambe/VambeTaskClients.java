package dev.tasksdk.facade.internal.vambe;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.vambe.VambeClient;
import java.time.Clock;

/**
 * Creates the facade's {@link TaskClient} for Vambe and declares what Vambe can do.
 *
 * <p>Vambe's API lists tasks by due-date window, creates, updates and deletes them. Assigning is an
 * update of {@code responsibleIds} (any number of team members), moving is an update of {@code
 * newStatusName} (the vendor's configured status name, e.g. "En Progreso"). Filters: assignee
 * ({@code responsibleIds[]}), due window ({@code fromDate}/{@code toDate}) and text ({@code
 * searchFilter}) natively; status on the client, since Vambe cannot filter by it. There is no
 * single-task read, complete, skip, cancel or claim: complete or cancel a task by moving it to the
 * configured status of that name.
 *
 * <p>Vambe requires a date window on every list. Without {@code dueFrom}/{@code dueTo} the adapter
 * asks for today (UTC) minus {@value VambeTaskClient#DEFAULT_WINDOW_DAYS} days to today plus as
 * many, and includes tasks without a due date; with either bound it asks for exactly that window
 * (the missing bound defaulting to {@value VambeTaskClient#DEFAULT_WINDOW_DAYS} days from the given
 * one) and leaves out tasks without a due date.
 */
public final class VambeTaskClients {
  static final Capabilities CAPABILITIES =
      Capabilities.builder(Vendor.VAMBE)
          .nativeSupport(
              Capability.LIST,
              Capability.CREATE,
              Capability.UPDATE,
              Capability.DELETE,
              Capability.ASSIGN,
              Capability.MOVE,
              Capability.FILTER_ASSIGNEE,
              Capability.FILTER_DUE_WINDOW,
              Capability.FILTER_TEXT)
          .clientSide(Capability.FILTER_STATUS)
          .build();

  private VambeTaskClients() {}

  /**
   * Wraps {@code client}; closing the vendor client stays the caller's job.
   *
   * @throws NullPointerException naming {@code client} when null
   */
  public static TaskClient create(VambeClient client) {
    return create(client, false);
  }

  /**
   * Returns a {@link TaskClient} over {@code client} whose {@link TaskClient#close()} also closes
   * {@code client} when {@code owns} is true (the client {@code TaskClients.fromEnv} created).
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient create(VambeClient client, boolean owns) {
    Require.nonNull(client, "client");
    return new VambeTaskClient(client, Clock.systemUTC(), owns);
  }

  /** What Vambe supports, capability by capability. */
  public static Capabilities capabilities() {
    return CAPABILITIES;
  }
}
