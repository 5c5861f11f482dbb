package dev.tasksdk.testkit.internal;

/** A started Prism: where it listens, how it was started, and how to stop it. */
public interface RunningPrism extends AutoCloseable {
  /** Base URL without trailing slash. */
  String baseUrl();

  /** For the log line, e.g. "Testcontainers (image tasksdk/prism:5.16.0)". */
  String description();

  /** Stops Prism; idempotent. */
  @Override
  void close();
}
