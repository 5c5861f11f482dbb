package dev.tasksdk.facade.internal.amigo;

import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.TaskClient;

/**
 * Creates the facade's {@link TaskClient} for Amigo and declares what Amigo can do.
 *
 * <p>Amigo's Platform API reads a task and lists the tasks of one call; its tasks are jobs the
 * platform runs, so they cannot be created, changed or assigned through it. A list needs the call
 * SID ({@link dev.tasksdk.facade.TaskQuery#callSid()}); status, type (the skill) and text are
 * matched on the client, over the call's tasks.
 */
public final class AmigoTaskClients {
  static final Capabilities CAPABILITIES =
      Capabilities.builder(Vendor.AMIGO)
          .nativeSupport(Capability.GET, Capability.LIST, Capability.FILTER_CALL_SID)
          .clientSide(Capability.FILTER_STATUS, Capability.FILTER_TYPE, Capability.FILTER_TEXT)
          .requiredForList(Capability.FILTER_CALL_SID)
          .build();

  private AmigoTaskClients() {}

  /**
   * Wraps {@code client}; closing the vendor client stays the caller's job.
   *
   * @throws NullPointerException naming {@code client} when null
   */
  public static TaskClient create(AmigoClient client) {
    return create(client, false);
  }

  /**
   * Returns a {@link TaskClient} over {@code client} whose {@link TaskClient#close()} also closes
   * {@code client} when {@code owns} is true (the client {@code TaskClients.fromEnv} created).
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient create(AmigoClient client, boolean owns) {
    Require.nonNull(client, "client");
    return new AmigoTaskClient(client, owns);
  }

  /** What Amigo supports, capability by capability. */
  public static Capabilities capabilities() {
    return CAPABILITIES;
  }
}
