package dev.tasksdk.stuut;

import static dev.tasksdk.testkit.ModelAssertions.assertDecodesCompletely;
import static dev.tasksdk.testkit.ModelAssertions.listJsonResources;
import static dev.tasksdk.testkit.ModelAssertions.readResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import dev.tasksdk.stuut.internal.json.JSON;
import dev.tasksdk.stuut.model.ErrorResponse;
import dev.tasksdk.stuut.model.Task;
import dev.tasksdk.stuut.model.TaskList;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The vendor's example payload and the spec's examples decode into the generated models intact. */
class ModelDecodingTest {

  private static final Map<String, Type> SUCCESS_TYPES =
      Map.of("listTasks", TaskList.class, "setTaskAssignee", Task.class);

  private final Gson gson = new JSON().getGson();

  @Test
  void taskList_whenVendorExampleDecoded_keepsEveryField() {
    TaskList list =
        assertDecodesCompletely(
            gson, readResource("payloads/list-tasks-response.json"), TaskList.class);

    assertEquals(0, list.getCurrentPage());
    assertEquals(0, list.getTotalRecords());
    assertNull(list.getNextPage());
    Task task = list.getData().get(0);
    assertEquals("activity_summary_outreach", task.getType());
    assertEquals("open", task.getStatus());
    assertEquals("complete", task.getActionTaken());
    assertEquals(OffsetDateTime.parse("2023-11-07T05:31:56Z"), task.getCreatedAt());
    assertEquals("asc", task.getAssignee().getDashboardSettings().getThreadEmailsSortOrder());
    assertEquals("email", task.getData().get(0).getSource());
    assertEquals("<unknown>", task.getData().get(0).getData());
    assertEquals("<unknown>", task.getTriggerEvent().getEntity());
    assertEquals(Map.of(), task.getCompletedAction());
  }

  @Test
  void task_whenUntypedFieldsHoldAnyJson_keepsThem() {
    String json =
        "{\"data\":[{\"data\":{\"amount\":12.5,\"lines\":[1,2]}}],"
            + "\"trigger_event\":{\"data\":[\"a\",true],\"entity\":null}}";

    Task task = assertDecodesCompletely(gson, json, Task.class);

    assertTrue(task.getData().get(0).getData() instanceof Map);
    assertTrue(task.getTriggerEvent().getData() instanceof List);
  }

  @Test
  void task_whenUnknownEnumWords_keepsVendorWord() {
    Task task =
        gson.fromJson(
            "{\"type\":\"dispute_review\",\"status\":\"escalated\",\"action_taken\":\"snooze\","
                + "\"assignee\":{\"dashboard_settings\":{\"thread_emails_sort_order\":\"newest\"}}}",
            Task.class);

    assertEquals("dispute_review", task.getType());
    assertEquals("escalated", task.getStatus());
    assertEquals("snooze", task.getActionTaken());
    assertEquals("newest", task.getAssignee().getDashboardSettings().getThreadEmailsSortOrder());
  }

  @Test
  void task_whenUnknownExtraField_decodesKnownFields() {
    Task task = gson.fromJson("{\"id\":\"tsk_1\",\"priority\":5,\"assignee\":null}", Task.class);

    assertEquals("tsk_1", task.getId());
    assertNull(task.getAssignee());
  }

  static List<String> errorExamples() {
    return listJsonResources("payloads/spec-examples", "error-");
  }

  @ParameterizedTest
  @MethodSource("errorExamples")
  void errorResponse_whenSpecExampleDecoded_keepsEveryField(String name) {
    assertDecodesCompletely(
        gson, readResource("payloads/spec-examples/" + name), ErrorResponse.class);
  }

  @Test
  void errorResponse_whenUnknownShape_decodesWithoutError() {
    ErrorResponse error =
        gson.fromJson(
            "{\"detail\":[{\"loc\":[\"query\",\"limit\"],\"msg\":\"too big\"}],\"trace\":\"x\"}",
            ErrorResponse.class);

    assertTrue(error.getDetail() instanceof List);
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
