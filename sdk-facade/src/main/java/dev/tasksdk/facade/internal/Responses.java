package dev.tasksdk.facade.internal;

import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.Vendor;

/**
 * Checks on decoded vendor responses before an adapter maps them: a body of JSON {@code null} or a
 * task without an id is an {@link InvalidResponseException}, because a facade task without an id
 * cannot be referenced or acted on.
 */
public final class Responses {
  private Responses() {}

  /**
   * Returns {@code model}, or throws when the body decoded to nothing.
   *
   * @param vendor the vendor called
   * @param operation the vendor operation, e.g. {@code "getTask"}
   * @param model the decoded body
   * @throws InvalidResponseException when {@code model} is null
   */
  public static <T> T present(Vendor vendor, String operation, T model) {
    if (model == null) {
      throw new InvalidResponseException(
          vendor, operation, successStatus(operation), null, "null", null);
    }
    return model;
  }

  /**
   * Returns {@code id}, or throws when the decoded task has none.
   *
   * @param vendor the vendor called
   * @param operation the vendor operation, e.g. {@code "getTask"}
   * @param id the task's id as decoded
   * @throws InvalidResponseException when {@code id} is null or blank
   */
  public static String taskId(Vendor vendor, String operation, String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidResponseException(
          vendor, operation, successStatus(operation), null, "task without id", null);
    }
    return id;
  }

  /**
   * The success status the five specs document: 201 for {@code createTask} (AgentTasks, Vambe), 200
   * for every other operation; the mapping no longer sees the real one.
   */
  static int successStatus(String operation) {
    return "createTask".equals(operation) ? 201 : 200;
  }
}
