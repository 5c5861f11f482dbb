package dev.tasksdk.spring.boot;

import dev.tasksdk.stuut.StuutClient;

/**
 * Adjusts the {@link StuutClient.Builder} after the {@code tasksdk.stuut.*} properties were applied
 * and before the {@link StuutClient} bean is built. Every customizer bean is applied, in {@link
 * org.springframework.core.annotation.Order @Order} / {@link org.springframework.core.Ordered}
 * order, so a customizer wins over the properties.
 */
@FunctionalInterface
public interface StuutClientBuilderCustomizer {
  /**
   * Customizes the builder.
   *
   * @param builder the builder, already carrying the properties
   */
  void customize(StuutClient.Builder builder);
}
