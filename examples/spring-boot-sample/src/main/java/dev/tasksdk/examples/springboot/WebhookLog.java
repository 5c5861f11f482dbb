package dev.tasksdk.examples.springboot;

import dev.tasksdk.facade.TaskEvent;
import dev.tasksdk.spring.boot.webhook.TaskWebhookEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs each AgentTasks webhook delivery and keeps the last few for {@link #recent()}. */
@Component
public class WebhookLog {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookLog.class);
  private static final int KEPT = 100;

  private final List<TaskEvent> recent = new CopyOnWriteArrayList<>();

  /** Receives a verified, deduplicated delivery. */
  @EventListener
  public void on(TaskWebhookEvent event) {
    TaskEvent e = event.taskEvent();
    LOG.info("{} {} {}", e.vendor(), e.kind(), e.task().map(t -> t.id()).orElse("-"));
    recent.add(e);
    while (recent.size() > KEPT) {
      recent.remove(0);
    }
  }

  /** The deliveries received most recently, oldest first. */
  public List<TaskEvent> recent() {
    return List.copyOf(recent);
  }
}
