package dev.tasksdk.facade.internal.agenttasks;

import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.agenttasks.WebhookEvent;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import dev.tasksdk.facade.TaskEvent;
import java.util.Map;
import java.util.function.Function;

/**
 * AgentTasks webhook events as the facade's {@link TaskEvent}.
 *
 * <table>
 *   <caption>Event kinds</caption>
 *   <tr><th>AgentTasks event</th><th>{@link TaskEvent.Kind}</th></tr>
 *   <tr><td>task.created</td><td>CREATED</td></tr>
 *   <tr><td>task.updated</td><td>UPDATED</td></tr>
 *   <tr><td>task.claimed</td><td>CLAIMED</td></tr>
 *   <tr><td>task.completed</td><td>COMPLETED</td></tr>
 *   <tr><td>task.cancelled</td><td>CANCELLED</td></tr>
 *   <tr><td>task.moved</td><td>MOVED</td></tr>
 *   <tr><td>anything else</td><td>UNKNOWN (name kept in vendorEvent)</td></tr>
 * </table>
 *
 * <p>occurredAt = {@code timestamp}; task = {@code data.task} mapped like listed tasks; actor =
 * {@code data.agent} id and name; deliveryId = {@code X-AgentTasks-Delivery}.
 */
public final class AgentTasksEvents {
  static final Map<String, TaskEvent.Kind> KINDS =
      Map.of(
          WebhookEvent.TASK_CREATED, TaskEvent.Kind.CREATED,
          WebhookEvent.TASK_UPDATED, TaskEvent.Kind.UPDATED,
          WebhookEvent.TASK_CLAIMED, TaskEvent.Kind.CLAIMED,
          WebhookEvent.TASK_COMPLETED, TaskEvent.Kind.COMPLETED,
          WebhookEvent.TASK_CANCELLED, TaskEvent.Kind.CANCELLED,
          WebhookEvent.TASK_MOVED, TaskEvent.Kind.MOVED);

  private AgentTasksEvents() {}

  /**
   * Converts a verified AgentTasks webhook event.
   *
   * @throws NullPointerException naming {@code event} when it is null
   */
  public static TaskEvent toTaskEvent(WebhookEvent event) {
    Require.nonNull(event, "event");
    TaskEvent.Builder b =
        TaskEvent.builder(Vendor.AGENTTASKS, event.event())
            .kind(KINDS.getOrDefault(event.event(), TaskEvent.Kind.UNKNOWN))
            .occurredAt(event.occurredAt().orElse(null))
            .task(event.task().map(t -> AgentTasksMapping.toTask(t, "webhook")).orElse(null))
            .deliveryId(event.deliveryId().orElse(null));
    event.agent().ifPresent(a -> b.actor(a.id().orElse(null), a.name().orElse(null)));
    return b.build();
  }

  /**
   * Verifies a webhook request (signature over the raw body) and converts it; {@code headers} looks
   * a header up by name, ignoring case (e.g. {@code request::getHeader}).
   *
   * @throws dev.tasksdk.agenttasks.WebhookVerificationException when the signature is missing,
   *     malformed or wrong
   * @throws dev.tasksdk.agenttasks.InvalidWebhookPayloadException when the body is not an event
   */
  public static TaskEvent parse(byte[] rawBody, Function<String, String> headers, String secret) {
    return toTaskEvent(AgentTasksWebhooks.parse(rawBody, headers, secret));
  }
}
