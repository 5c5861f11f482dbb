/**
 * OpenTelemetry for tasksdk: {@link dev.tasksdk.opentelemetry.OpenTelemetryListener} makes a span
 * per SDK call with an HTTP client span per attempt (OpenTelemetry HTTP client semantic
 * conventions), propagates the trace on every request through the configured propagator (W3C {@code
 * traceparent} by default) and records the {@code http.client.request.duration} histogram. Depends
 * on opentelemetry-api only; the application brings the SDK.
 */
package dev.tasksdk.opentelemetry;
