package dev.tasksdk.spring.boot;

import dev.tasksdk.amplemarket.AmplemarketClient;

/**
 * Adjusts the {@link AmplemarketClient.Builder} after the {@code tasksdk.amplemarket.*} properties
 * were applied and before the {@link AmplemarketClient} bean is built. Every customizer bean is
 * applied, in {@link org.springframework.core.annotation.Order @Order} / {@link
 * org.springframework.core.Ordered} order, so a customizer wins over the properties.
 */
@FunctionalInterface
public interface AmplemarketClientBuilderCustomizer {
  /**
   * Customizes the builder.
   *
   * @param builder the builder, already carrying the properties
   */
  void customize(AmplemarketClient.Builder builder);
}
