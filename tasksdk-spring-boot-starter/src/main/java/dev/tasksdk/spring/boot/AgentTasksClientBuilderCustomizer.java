package dev.tasksdk.spring.boot;

import dev.tasksdk.agenttasks.AgentTasksClient;

/**
 * Adjusts the {@link AgentTasksClient.Builder} after the {@code tasksdk.agenttasks.*} properties
 * were applied and before the {@link AgentTasksClient} bean is built. Every customizer bean is
 * applied, in {@link org.springframework.core.annotation.Order @Order} / {@link
 * org.springframework.core.Ordered} order, so a customizer wins over the properties.
 */
@FunctionalInterface
public interface AgentTasksClientBuilderCustomizer {
  /**
   * Customizes the builder.
   *
   * @param builder the builder, already carrying the properties
   */
  void customize(AgentTasksClient.Builder builder);
}
