package dev.tasksdk.spring.boot.webhook;

import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.agenttasks.InvalidWebhookPayloadException;
import dev.tasksdk.agenttasks.WebhookEvent;
import dev.tasksdk.agenttasks.WebhookVerificationException;
import dev.tasksdk.core.Secret;
import dev.tasksdk.facade.TaskEvent;
import dev.tasksdk.facade.TaskEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Handles {@code POST <tasksdk.agenttasks.webhook.path>}: 401 when the signature is missing or
 * wrong, 400 when the signed body is not an AgentTasks event, 200 {@code duplicate} for a delivery
 * id already published, 202 after publishing a {@link TaskWebhookEvent}.
 */
public final class AgentTasksWebhookHandler {
  private static final Logger LOG = LoggerFactory.getLogger(AgentTasksWebhookHandler.class);

  private final Secret secret;
  private final ApplicationEventPublisher publisher;
  private final DeliveryIds deliveries;

  /**
   * Creates the handler.
   *
   * @param secret the webhook secret
   * @param publisher where events go
   * @param dedupeCapacity how many delivery ids are remembered
   */
  public AgentTasksWebhookHandler(
      Secret secret, ApplicationEventPublisher publisher, int dedupeCapacity) {
    this.secret = secret;
    this.publisher = publisher;
    this.deliveries = new DeliveryIds(dedupeCapacity);
  }

  /** Handles one delivery. */
  public ServerResponse handle(ServerRequest request) throws Exception {
    byte[] body = request.body(byte[].class);
    WebhookEvent parsed;
    try {
      parsed = AgentTasksWebhooks.parse(body, name -> request.headers().firstHeader(name), secret);
    } catch (WebhookVerificationException e) {
      LOG.warn("AgentTasks webhook rejected: {}", e.reason());
      return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
    } catch (InvalidWebhookPayloadException e) {
      LOG.warn("AgentTasks webhook rejected: the signed body is not an AgentTasks event");
      return ServerResponse.badRequest().build();
    }
    TaskEvent event = TaskEvents.of(parsed);
    String delivery = event.deliveryId().orElse(null);
    if (delivery != null && !deliveries.claim(delivery)) {
      LOG.debug("AgentTasks webhook delivery {} already processed", delivery);
      return ServerResponse.ok().body("duplicate");
    }
    try {
      publisher.publishEvent(new TaskWebhookEvent(this, event));
    } catch (RuntimeException e) {
      if (delivery != null) {
        deliveries.release(delivery);
      }
      throw e;
    }
    return ServerResponse.status(HttpStatus.ACCEPTED).build();
  }
}
