/** Micrometer metrics and observations for tasksdk calls: {@code dev.tasksdk.micrometer}. */
module dev.tasksdk.micrometer {
  requires transitive dev.tasksdk.core;
  // MicrometerListener.of takes a MeterRegistry and an ObservationRegistry
  requires transitive micrometer.core;
  requires transitive micrometer.observation;
  requires micrometer.commons;

  exports dev.tasksdk.micrometer;
}
