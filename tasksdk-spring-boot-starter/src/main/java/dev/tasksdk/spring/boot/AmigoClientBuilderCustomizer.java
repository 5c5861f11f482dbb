package dev.tasksdk.spring.boot;

import dev.tasksdk.amigo.AmigoClient;

/**
 * Adjusts the {@link AmigoClient.Builder} after the {@code tasksdk.amigo.*} properties were applied
 * and before the {@link AmigoClient} bean is built. Every customizer bean is applied, in {@link
 * org.springframework.core.annotation.Order @Order} / {@link org.springframework.core.Ordered}
 * order, so a customizer wins over the properties.
 */
@FunctionalInterface
public interface AmigoClientBuilderCustomizer {
  /**
   * Customizes the builder.
   *
   * @param builder the builder, already carrying the properties
   */
  void customize(AmigoClient.Builder builder);
}
