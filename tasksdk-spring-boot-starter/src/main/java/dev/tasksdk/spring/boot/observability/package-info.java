/**
 * Metrics and traces for the starter's clients: a {@code MicrometerListener} over the application's
 * {@code MeterRegistry} (and {@code ObservationRegistry}), an {@code OpenTelemetryListener} over
 * its {@code OpenTelemetry}, each only when its add-on module and the bean are present.
 */
package dev.tasksdk.spring.boot.observability;
