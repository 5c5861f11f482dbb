package dev.tasksdk.agenttasks;

import static dev.tasksdk.testkit.ModelAssertions.assertDecodesCompletely;
import static dev.tasksdk.testkit.ModelAssertions.listJsonResources;
import static dev.tasksdk.testkit.ModelAssertions.readResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import dev.tasksdk.agenttasks.internal.json.JSON;
import dev.tasksdk.agenttasks.model.CompleteTaskRequest;
import dev.tasksdk.agenttasks.model.CreateTaskRequest;
import dev.tasksdk.agenttasks.model.ErrorResponse;
import dev.tasksdk.agenttasks.model.MoveTaskRequest;
import dev.tasksdk.agenttasks.model.Task;
import dev.tasksdk.agenttasks.model.UpdateTaskRequest;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vendor's example payloads and the spec's examples decode into the generated models intact.
 */
class ModelDecodingTest {

  private static final Type TASK_LIST = new TypeToken<List<Task>>() {}.getType();

  private static final Map<String, Type> SUCCESS_TYPES =
      Map.of(
          "listTasks", TASK_LIST,
          "createTask", Task.class,
          "getTask", Task.class,
          "updateTask", Task.class,
          "claimTask", Task.class,
          "completeTask", Task.class,
          "moveTask", Task.class);

  private final Gson gson = new JSON().getGson();

  @Test
  void task_whenVendorExampleDecoded_keepsEveryField() {
    Task task =
        assertDecodesCompletely(gson, readResource("payloads/get-task-response.json"), Task.class);

    assertEquals("cmabc123", task.getId());
    assertEquals("todo", task.getStatus());
    assertEquals("normal", task.getPriority());
    assertNull(task.getAssignedAgentId());
    assertNull(task.getResult());
    assertEquals(OffsetDateTime.parse("2025-01-15T10:00:00Z"), task.getCreatedAt());
  }

  @Test
  void requestBodies_whenVendorExamplesDecoded_keepEveryField() {
    CreateTaskRequest create =
        assertDecodesCompletely(
            gson, readResource("payloads/create-task-request.json"), CreateTaskRequest.class);
    assertDecodesCompletely(
        gson, readResource("payloads/update-task-request.json"), UpdateTaskRequest.class);
    CompleteTaskRequest complete =
        assertDecodesCompletely(
            gson, readResource("payloads/complete-task-request.json"), CompleteTaskRequest.class);
    MoveTaskRequest move =
        assertDecodesCompletely(
            gson, readResource("payloads/move-task-request.json"), MoveTaskRequest.class);

    assertEquals("cmproject_abc", create.getProjectId());
    assertEquals(CreateTaskRequest.PriorityEnum.NORMAL, create.getPriority());
    assertEquals("Executive summary: Q1 revenue grew 15%...", complete.getResult());
    assertEquals(MoveTaskRequest.StatusEnum.CANCELLED, move.getStatus());
  }

  @Test
  void errorBody_whenVendorExampleDecoded_keepsEveryField() {
    ErrorResponse error =
        assertDecodesCompletely(
            gson, readResource("payloads/error-not-found.json"), ErrorResponse.class);

    assertEquals("NOT_FOUND", error.getCode());
    assertEquals(404, error.getStatusCode());
  }

  @Test
  void task_whenUnknownStatusAndPriority_keepsVendorWord() {
    Task task =
        gson.fromJson("{\"id\":\"t1\",\"status\":\"blocked\",\"priority\":\"urgent\"}", Task.class);

    assertEquals("blocked", task.getStatus());
    assertEquals("urgent", task.getPriority());
  }

  @Test
  void requestEnums_whenUnknownValue_decodeToUnknownDefault() {
    MoveTaskRequest move = gson.fromJson("{\"status\":\"archived\"}", MoveTaskRequest.class);
    CreateTaskRequest create =
        gson.fromJson("{\"title\":\"t\",\"priority\":\"urgent\"}", CreateTaskRequest.class);

    assertEquals(MoveTaskRequest.StatusEnum.UNKNOWN_DEFAULT_OPEN_API, move.getStatus());
    assertEquals(CreateTaskRequest.PriorityEnum.UNKNOWN_DEFAULT_OPEN_API, create.getPriority());
  }

  @Test
  void task_whenUnknownExtraField_decodesKnownFields() {
    Task task =
        gson.fromJson("{\"id\":\"t1\",\"labels\":[\"x\"],\"agent\":{\"id\":\"a\"}}", Task.class);

    assertEquals("t1", task.getId());
  }

  static List<String> errorExamples() {
    return listJsonResources("payloads/spec-examples", "error-");
  }

  @ParameterizedTest
  @MethodSource("errorExamples")
  void errorResponse_whenSpecExampleDecoded_keepsEveryField(String name) {
    ErrorResponse error =
        assertDecodesCompletely(
            gson, readResource("payloads/spec-examples/" + name), ErrorResponse.class);

    assertEquals(name.split("-")[1], String.valueOf(error.getStatusCode()));
  }

  static List<String> successExamples() {
    return listJsonResources("payloads/spec-examples", "ok-");
  }

  @ParameterizedTest
  @MethodSource("successExamples")
  void successBody_whenSpecExampleDecoded_keepsEveryField(String name) {
    String operationId = name.split("-")[1];
    Type type = SUCCESS_TYPES.get(operationId);
    assertNotNull(type, "no response type mapped for operation " + operationId);

    assertDecodesCompletely(gson, readResource("payloads/spec-examples/" + name), type);
  }

  @Test
  void completenessCheck_whenPayloadHasUndeclaredMember_fails() {
    assertThrows(
        AssertionError.class,
        () -> assertDecodesCompletely(gson, "{\"id\":\"t1\",\"surprise\":null}", Task.class));
  }
}
