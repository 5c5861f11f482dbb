package dev.tasksdk.spring.boot.webhook;

import dev.tasksdk.core.Secret;
import dev.tasksdk.spring.boot.InvalidTaskSdkPropertyException;
import dev.tasksdk.spring.boot.TaskSdkAutoConfiguration;
import dev.tasksdk.spring.boot.TaskSdkProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The AgentTasks webhook endpoint, in a servlet web application whose {@code
 * tasksdk.agenttasks.webhook.secret} is set: {@code POST tasksdk.agenttasks.webhook.path} (default
 * {@code /webhooks/agenttasks}). It does not need an AgentTasks API key. Secure the path like any
 * other: it must accept unauthenticated POSTs (the signature is the authentication) and read the
 * body unchanged.
 */
@AutoConfiguration(after = TaskSdkAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnProperty(prefix = "tasksdk.agenttasks.webhook", name = "secret")
public class AgentTasksWebhookAutoConfiguration {
  /** Name of the route bean; define one with this name to replace the endpoint. */
  public static final String ROUTE_BEAN = "agentTasksWebhookRoute";

  /** Creates the auto-configuration. */
  public AgentTasksWebhookAutoConfiguration() {}

  /** Verifies, deduplicates and publishes deliveries. */
  @Bean
  @ConditionalOnMissingBean
  public AgentTasksWebhookHandler agentTasksWebhookHandler(
      TaskSdkProperties properties, ApplicationEventPublisher publisher) {
    TaskSdkProperties.Webhook w = properties.getAgenttasks().getWebhook();
    if (w.getSecret() == null || w.getSecret().isBlank()) {
      throw new InvalidTaskSdkPropertyException("tasksdk.agenttasks.webhook.secret", "is blank");
    }
    if (w.getDedupeCapacity() < 1) {
      throw new InvalidTaskSdkPropertyException(
          "tasksdk.agenttasks.webhook.dedupe-capacity", "must be at least 1");
    }
    return new AgentTasksWebhookHandler(
        Secret.of(w.getSecret().trim()), publisher, w.getDedupeCapacity());
  }

  /** Routes {@code POST <path>} to the handler. */
  @Bean(name = ROUTE_BEAN)
  @ConditionalOnMissingBean(name = ROUTE_BEAN)
  public RouterFunction<ServerResponse> agentTasksWebhookRoute(
      TaskSdkProperties properties, AgentTasksWebhookHandler handler) {
    String path = properties.getAgenttasks().getWebhook().getPath();
    if (path == null || !path.startsWith("/")) {
      throw new InvalidTaskSdkPropertyException(
          "tasksdk.agenttasks.webhook.path", "must start with '/'");
    }
    return RouterFunctions.route().POST(path, handler::handle).build();
  }
}
