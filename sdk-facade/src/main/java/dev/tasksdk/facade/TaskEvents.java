package dev.tasksdk.facade;

import dev.tasksdk.agenttasks.WebhookEvent;
import dev.tasksdk.facade.internal.agenttasks.AgentTasksEvents;

/**
 * Vendor webhook events as {@link TaskEvent}s. Only AgentTasks sends webhooks today; its event
 * names map to {@link TaskEvent.Kind} as {@code task.created} to CREATED and so on, anything else
 * to UNKNOWN with the name kept in {@link TaskEvent#vendorEvent()}.
 */
public final class TaskEvents {
  private TaskEvents() {}

  /**
   * Converts a verified AgentTasks webhook event (see {@code AgentTasksWebhooks.parse}).
   *
   * @throws NullPointerException naming {@code event} when it is null
   */
  public static TaskEvent of(WebhookEvent event) {
    return AgentTasksEvents.toTaskEvent(event);
  }
}
