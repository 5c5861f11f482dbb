package dev.tasksdk.spring.boot;

import dev.tasksdk.vambe.VambeClient;

/**
 * Adjusts the {@link VambeClient.Builder} after the {@code tasksdk.vambe.*} properties were applied
 * and before the {@link VambeClient} bean is built. Every customizer bean is applied, in {@link
 * org.springframework.core.annotation.Order @Order} / {@link org.springframework.core.Ordered}
 * order, so a customizer wins over the properties.
 */
@FunctionalInterface
public interface VambeClientBuilderCustomizer {
  /**
   * Customizes the builder.
   *
   * @param builder the builder, already carrying the properties
   */
  void customize(VambeClient.Builder builder);
}
