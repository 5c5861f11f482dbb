package dev.tasksdk.facade.internal.agenttasks;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.TaskClient;

/**
 * Creates the facade's {@link TaskClient} over an {@link AgentTasksClient} and says what AgentTasks
 * can do.
 *
 * <p>Capabilities: list, get, create, update, claim, complete and move natively; cancel (= move to
 * {@code cancelled}) and assign (= update {@code assignedAgentId}, exactly one assignee) natively.
 * Filters: status, assignee ({@code agentId}) and project natively (the API takes one status and
 * one agent per request: with several the adapter asks for all and keeps the matching ones on the
 * client); text on the client (title and description); type and due window unsupported (AgentTasks
 * tasks have neither). No skip, no delete.
 */
public final class AgentTasksTaskClients {
  static final Capabilities CAPABILITIES =
      Capabilities.builder(Vendor.AGENTTASKS)
          .nativeSupport(
              Capability.LIST,
              Capability.GET,
              Capability.CREATE,
              Capability.UPDATE,
              Capability.COMPLETE,
              Capability.CANCEL,
              Capability.CLAIM,
              Capability.MOVE,
              Capability.ASSIGN,
              Capability.FILTER_STATUS,
              Capability.FILTER_ASSIGNEE,
              Capability.FILTER_PROJECT)
          .clientSide(Capability.FILTER_TEXT)
          .build();

  private AgentTasksTaskClients() {}

  /**
   * Returns a {@link TaskClient} over {@code client}; the list and create operations need the
   * client's team id.
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient create(AgentTasksClient client) {
    return create(client, false);
  }

  /**
   * Returns a {@link TaskClient} over {@code client} whose {@link TaskClient#close()} also closes
   * {@code client} when {@code owns} is true (the client {@code TaskClients.fromEnv} created).
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient create(AgentTasksClient client, boolean owns) {
    Require.nonNull(client, "client");
    return new AgentTasksTaskClient(client, owns);
  }

  /** What AgentTasks can do through the facade. */
  public static Capabilities capabilities() {
    return CAPABILITIES;
  }
}
