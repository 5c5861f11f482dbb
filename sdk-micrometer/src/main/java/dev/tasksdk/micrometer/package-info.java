/**
 * Micrometer for tasksdk: {@link dev.tasksdk.micrometer.MicrometerListener} turns the SDK's call,
 * attempt and listing events into Micrometer Observations (a timer, and a span for Micrometer
 * Tracing users, per call and per attempt) and meters in the application's own registry, with
 * low-cardinality tags only.
 */
package dev.tasksdk.micrometer;
