package dev.tasksdk.spring.boot;

import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidTaskSdkPropertyException} at start-up: which property, why, and how to
 * set it (property or environment variable). It never prints a property's value.
 */
public final class TaskSdkPropertyFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidTaskSdkPropertyException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidTaskSdkPropertyException cause) {
    String property = cause.property();
    String description = "The tasksdk property '" + property + "' " + cause.reason() + ".";
    String action =
        "Set '"
            + property
            + "' in the application's configuration, or the environment variable "
            + envName(property)
            + ".";
    return new FailureAnalysis(description, action, cause);
  }

  /** Boot's relaxed-binding form of a property as an environment variable. */
  static String envName(String property) {
    return property.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
  }
}
