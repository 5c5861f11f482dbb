/**
 * The Vambe Task API client, generated from specs/vambe.yaml: {@code dev.tasksdk.vambe} (the client
 * and its request parameters) and {@code dev.tasksdk.vambe.model} (the response models). {@code
 * dev.tasksdk.vambe.internal} (the Retrofit interface, the vendor's policy, the models' Gson) is
 * not exported.
 */
module dev.tasksdk.vambe {
  requires transitive dev.tasksdk.core;
  // the models' fields and adapters are Gson types (JsonElement, TypeAdapter)
  requires transitive com.google.gson;
  requires retrofit2;
  requires gson.fire;
  // the generated internal/json/JSON.java registers a java.sql.Date adapter
  requires java.sql;
  // the generated models' @Nullable and @Generated
  requires static jakarta.annotation;

  exports dev.tasksdk.vambe;
  exports dev.tasksdk.vambe.model;

  // Gson builds and fills the models by reflection
  opens dev.tasksdk.vambe.model to
      com.google.gson;
}
