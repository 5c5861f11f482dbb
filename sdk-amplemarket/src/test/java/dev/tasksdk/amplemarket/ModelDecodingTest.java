package dev.tasksdk.amplemarket;

import static dev.tasksdk.testkit.ModelAssertions.assertDecodesCompletely;
import static dev.tasksdk.testkit.ModelAssertions.listJsonResources;
import static dev.tasksdk.testkit.ModelAssertions.readResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import dev.tasksdk.amplemarket.internal.json.JSON;
import dev.tasksdk.amplemarket.model.ErrorObject;
import dev.tasksdk.amplemarket.model.ErrorResponse;
import dev.tasksdk.amplemarket.model.Task;
import dev.tasksdk.amplemarket.model.TaskList;
import dev.tasksdk.amplemarket.model.TaskStatusList;
import dev.tasksdk.amplemarket.model.TaskTypeList;
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

  private static final Map<String, Type> SUCCESS_TYPES =
      Map.of(
          "listTasks", TaskList.class,
          "listTaskStatuses", TaskStatusList.class,
          "listTaskTypes", TaskTypeList.class);

  private final Gson gson = new JSON().getGson();

  @Test
  void task_whenVendorExampleDecoded_keepsEveryField() {
    Task task =
        assertDecodesCompletely(gson, readResource("payloads/task-object.json"), Task.class);

    assertEquals("0198f652-bd65-7bc1-99e8-c9801331ecc7", task.getId());
    assertFalse(task.getAutomatic());
    assertEquals("phone_call", task.getType());
    assertEquals("scheduled", task.getStatus());
    assertEquals(OffsetDateTime.parse("2025-08-29T12:54:34Z"), task.getDueOn());
    assertNull(task.getFinishedOn());
    assertNull(task.getSequenceKey());
    assertEquals("user@example.com", task.getUserEmail());
    assertEquals("User Amplemarket", task.getContact().getName());
  }

  @Test
  void task_whenContactAndNotesNull_decodesNulls() {
    Task task =
        assertDecodesCompletely(
            gson, "{\"id\":\"t1\",\"notes\":null,\"contact\":null}", Task.class);

    assertNull(task.getNotes());
    assertNull(task.getContact());
  }

  @Test
  void errorBody_whenVendorExampleDecoded_keepsEveryField() {
    ErrorResponse error =
        assertDecodesCompletely(
            gson, readResource("payloads/error-ineligible-task.json"), ErrorResponse.class);

    ErrorObject first = error.getErrors().get(0);
    assertEquals("422", first.getStatus());
    assertEquals("unsupported_value", first.getCode());
    assertEquals("Task is in a state prevents it from being executed manually", first.getDetail());
  }

  @Test
  void task_whenUnknownTypeAndStatus_keepsVendorWord() {
    Task task = gson.fromJson("{\"type\":\"linkedin_visit\",\"status\":\"snoozed\"}", Task.class);

    assertEquals("linkedin_visit", task.getType());
    assertEquals("snoozed", task.getStatus());
  }

  @Test
  void task_whenUnknownExtraField_decodesKnownFields() {
    Task task =
        gson.fromJson(
            "{\"id\":\"t1\",\"priority\":{\"level\":3},\"contact\":{\"id\":\"c1\",\"phone\":\"+1\"}}",
            Task.class);

    assertEquals("t1", task.getId());
    assertEquals("c1", task.getContact().getId());
  }

  @Test
  void links_whenPreviousSpelledEitherWay_keepsBoth() {
    TaskList list =
        assertDecodesCompletely(
            gson,
            "{\"tasks\":[],\"_links\":{\"prev\":{\"href\":\"/a\"},\"previous\":{\"href\":\"/b\"}}}",
            TaskList.class);

    assertEquals("/a", list.getLinks().getPrev().getHref());
    assertEquals("/b", list.getLinks().getPrevious().getHref());
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

    assertNotNull(error.getErrors().get(0).getCode());
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
