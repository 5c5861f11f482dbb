/**
 * OpenTelemetry spans, metrics and trace propagation for tasksdk calls: {@code
 * dev.tasksdk.opentelemetry}.
 */
module dev.tasksdk.opentelemetry {
  requires transitive dev.tasksdk.core;
  // OpenTelemetryListener.of takes an OpenTelemetry
  requires transitive io.opentelemetry.api;
  requires io.opentelemetry.context;

  exports dev.tasksdk.opentelemetry;
}
