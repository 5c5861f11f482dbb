package dev.tasksdk.vambe;

import static dev.tasksdk.testkit.ModelAssertions.assertDecodesCompletely;
import static dev.tasksdk.testkit.ModelAssertions.listJsonResources;
import static dev.tasksdk.testkit.ModelAssertions.readResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.reflect.TypeToken;
import dev.tasksdk.vambe.internal.json.JSON;
import dev.tasksdk.vambe.model.CreateTaskRequest;
import dev.tasksdk.vambe.model.DeleteTaskResponse;
import dev.tasksdk.vambe.model.ErrorResponse;
import dev.tasksdk.vambe.model.Task;
import dev.tasksdk.vambe.model.TeamMember;
import dev.tasksdk.vambe.model.UpdateTaskRequest;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Decodes the vendor's published payloads and every example of specs/vambe.yaml through the
 * generated models with the module's configured Gson, and checks that nothing is dropped.
 */
class ModelDecodingTest {

  private static final Gson GSON = new JSON().getGson();

  private static final Type TASK_LIST = new TypeToken<List<Task>>() {}.getType();
  private static final Type TEAM_MEMBER_LIST = new TypeToken<List<TeamMember>>() {}.getType();

  static Stream<String> payloads() {
    return Stream.concat(jsonResources("payloads/vendor"), jsonResources("payloads/spec-examples"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void payload_whenDecoded_keepsEveryField(String resource) {
    assertDecodesCompletely(GSON, readResource(resource), modelTypeFor(resource));
  }

  @Test
  void vendorGetTasksExample_whenDecoded_exposesTheDocumentedValues() {
    List<Task> tasks = GSON.fromJson(readResource("payloads/vendor/get-tasks.json"), TASK_LIST);

    assertEquals(2, tasks.size());
    Task first = tasks.get(0);
    assertEquals("123e4567-e89b-12d3-a456-426614174000", first.getId());
    assertEquals("high", first.getPriority());
    assertEquals(OffsetDateTime.parse("2025-10-25T14:00:00.000Z"), first.getDueAt());
    assertEquals("contact-uuid-123", first.getAiContactId());
    assertNull(first.getAiCustomerId());
    assertEquals(
        "228d7a0d-9072-4ca8-939b-959b75cc606a",
        first.getTaskResponsibles().get(0).getResponsibleId());
    assertEquals("initial", first.getStatusConfig().getType());
    assertEquals(1.0, first.getStatusConfig().getOrder());
    assertTrue(tasks.get(1).getIsAllDay());
  }

  @Test
  void task_whenVendorSendsUnknownEnumWordsAndFields_keepsTheVendorWords() {
    String json =
        "{\"id\":\"t1\",\"priority\":\"urgent\",\"status_config\":{\"type\":\"archived\",\"extra\":1},"
            + "\"brand_new_field\":[1,2]}";

    Task task = GSON.fromJson(json, Task.class);

    assertEquals("urgent", task.getPriority());
    assertEquals("archived", task.getStatusConfig().getType());
  }

  @Test
  void task_whenPriorityIsANumberAsOnTheCreateTaskPage_decodesItAsItsDigit() {
    Task task = GSON.fromJson("{\"id\":\"t1\",\"priority\":2}", Task.class);

    assertEquals("2", task.getPriority());
  }

  @Test
  void task_whenStatusConfigAndDueDateAreNull_decodesThemAsNull() {
    Task task =
        GSON.fromJson(
            "{\"id\":\"t1\",\"due_at\":null,\"due_timezone\":null,\"status_config\":null}",
            Task.class);

    assertNull(task.getStatusConfig());
    assertNull(task.getDueAt());
    assertNull(task.getDueTimezone());
  }

  @Test
  void createTaskRequest_whenPriorityIsUnknown_decodesToTheUnknownCase() {
    CreateTaskRequest request =
        GSON.fromJson(
            "{\"title\":\"x\",\"responsibleIds\":[],\"priority\":\"3\"}", CreateTaskRequest.class);

    assertEquals(CreateTaskRequest.PriorityEnum.UNKNOWN_DEFAULT_OPEN_API, request.getPriority());
  }

  @Test
  void createTaskRequest_whenSerialized_sendsPriorityAsTheVendorsDigitString() {
    CreateTaskRequest request =
        new CreateTaskRequest()
            .title("Follow up")
            .responsibleIds(List.of(UUID.fromString("228d7a0d-9072-4ca8-939b-959b75cc606a")))
            .priority(CreateTaskRequest.PriorityEnum._2);

    JsonObject json = GSON.toJsonTree(request).getAsJsonObject();

    assertEquals(new JsonPrimitive("2"), json.get("priority"));
    assertEquals(
        "228d7a0d-9072-4ca8-939b-959b75cc606a",
        json.getAsJsonArray("responsibleIds").get(0).getAsString());
  }

  @Test
  void errorResponse_whenMessageIsStringOrArray_decodesBoth() {
    ErrorResponse single =
        GSON.fromJson(
            "{\"statusCode\":404,\"message\":\"Task not found\",\"error\":\"Not Found\"}",
            ErrorResponse.class);
    ErrorResponse many =
        GSON.fromJson(
            "{\"statusCode\":400,\"message\":[\"a\",\"b\"],\"error\":\"Bad Request\",\"path\":\"/x\"}",
            ErrorResponse.class);

    assertEquals(404, single.getStatusCode());
    assertEquals("Task not found", single.getMessage());
    assertEquals("Not Found", single.getError());
    assertEquals(List.of("a", "b"), many.getMessage());
  }

  @Test
  void nothingDroppedCheck_whenPayloadHasAFieldTheModelLacks_fails() {
    String payload = "{\"id\":\"t1\",\"undeclared\":null}";

    assertThrows(
        AssertionFailedError.class, () -> assertDecodesCompletely(GSON, payload, Task.class));
  }

  /**
   * Maps a payload file to the model the spec declares for it: vendor files by name, spec examples
   * by {@code <operationId>-<status>-<example>.json} or {@code
   * <operationId>-request-<example>.json}.
   */
  private static Type modelTypeFor(String resource) {
    String file = Path.of(resource).getFileName().toString();
    switch (file) {
      case "get-tasks.json":
        return TASK_LIST;
      case "delete-task.json":
        return DeleteTaskResponse.class;
      default:
        break;
    }
    String[] parts = file.split("-", 3);
    String operationId = parts[0];
    if (parts[1].equals("request")) {
      switch (operationId) {
        case "createTask":
          return CreateTaskRequest.class;
        case "updateTask":
          return UpdateTaskRequest.class;
        default:
          throw new AssertionError("no request model known for " + resource);
      }
    }
    if (Integer.parseInt(parts[1]) >= 400) {
      return ErrorResponse.class;
    }
    switch (operationId) {
      case "listTasks":
        return TASK_LIST;
      case "createTask":
      case "updateTask":
        return Task.class;
      case "deleteTask":
        return DeleteTaskResponse.class;
      case "listTeamMembers":
        return TEAM_MEMBER_LIST;
      default:
        throw new AssertionError("no model known for " + resource);
    }
  }

  /** The {@code .json} resources of a test-classpath folder, as resource paths. */
  private static Stream<String> jsonResources(String folder) {
    return listJsonResources(folder, "").stream().map(name -> folder + "/" + name);
  }
}
