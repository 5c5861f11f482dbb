package dev.tasksdk.spring.boot.webhook;

import dev.tasksdk.facade.TaskEvent;
import org.springframework.context.ApplicationEvent;

/**
 * One verified webhook delivery, as the facade's {@link TaskEvent}. Listen with
 * {@code @EventListener void on(TaskWebhookEvent e)}. Listeners run on the request's thread: a
 * listener that throws makes the endpoint answer 500, and the delivery is not remembered, so the
 * vendor's redelivery is processed again.
 */
public final class TaskWebhookEvent extends ApplicationEvent {
  private static final long serialVersionUID = 1L;

  private final transient TaskEvent taskEvent;

  /**
   * Creates the event.
   *
   * @param source the endpoint that received the delivery
   * @param taskEvent the delivery
   */
  public TaskWebhookEvent(Object source, TaskEvent taskEvent) {
    super(source);
    if (taskEvent == null) {
      throw new NullPointerException("taskEvent == null");
    }
    this.taskEvent = taskEvent;
  }

  /** The delivery as a facade event. */
  public TaskEvent taskEvent() {
    return taskEvent;
  }

  @Override
  public String toString() {
    return "TaskWebhookEvent{" + taskEvent + "}";
  }
}
