package dev.tasksdk.amigo;

import static dev.tasksdk.testkit.ModelAssertions.assertDecodesCompletely;
import static dev.tasksdk.testkit.ModelAssertions.listJsonResources;
import static dev.tasksdk.testkit.ModelAssertions.readResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import dev.tasksdk.amigo.internal.json.JSON;
import dev.tasksdk.amigo.model.ErrorResponse;
import dev.tasksdk.amigo.model.HTTPValidationError;
import dev.tasksdk.amigo.model.TaskListResponse;
import dev.tasksdk.amigo.model.TaskStateResponse;
import dev.tasksdk.amigo.model.ValidationError;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Decodes every example payload of specs/amigo.yaml through the generated models with the module's
 * configured Gson, and checks that nothing is dropped on the way.
 *
 * <p>Amigo's pages publish no example payloads; the files under {@code payloads/spec-examples} are
 * the spec's own named examples (see the README beside them).
 */
class ModelDecodingTest {

  private static final Gson GSON = new JSON().getGson();

  static Stream<String> specExamples() {
    return jsonResources("payloads/spec-examples");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specExamples")
  void specExample_whenDecoded_keepsEveryField(String resource) {
    assertDecodesCompletely(GSON, readResource(resource), modelTypeFor(resource));
  }

  @Test
  void taskStateResponse_whenVendorSendsUnknownTierStatusAndField_keepsTheVendorWords() {
    String json =
        "{\"task_id\":\"t1\",\"call_sid\":\"CA1\",\"workspace_id\":\"w\",\"skill\":\"s\","
            + "\"tier\":\"quantum\",\"status\":\"paused\",\"brand_new_field\":{\"a\":[1,2]}}";

    TaskStateResponse task = GSON.fromJson(json, TaskStateResponse.class);

    assertEquals("quantum", task.getTier());
    assertEquals("paused", task.getStatus());
    assertEquals("t1", task.getTaskId());
  }

  @Test
  void taskStateResponse_whenTokenCountsAbsent_defaultsToZeroAsTheVendorDeclares() {
    String json =
        "{\"task_id\":\"t1\",\"call_sid\":\"CA1\",\"workspace_id\":\"w\",\"skill\":\"s\","
            + "\"tier\":\"direct\",\"status\":\"pending\"}";

    TaskStateResponse task = GSON.fromJson(json, TaskStateResponse.class);

    assertEquals(0, task.getInputTokens());
    assertEquals(0, task.getOutputTokens());
    assertEquals(0, task.getCachedTokens());
    assertEquals(0, task.getSubToolCount());
    assertNull(task.getDurationMs());
    assertNull(task.getProgressStep());
    assertNull(task.getCompletedAt());
  }

  @Test
  void taskStateResponse_whenTimestampsPresent_keepsThemAsTheVendorsRawStrings() {
    TaskStateResponse task =
        GSON.fromJson(
            readResource("payloads/spec-examples/getTask-200-completed.json"),
            TaskStateResponse.class);

    // The vendor declares no date-time format: the SDK hands the raw string through untouched.
    assertEquals("2025-10-20T10:30:00.123456+00:00", task.getDispatchedAt());
    assertEquals(1843.5, task.getDurationMs());
  }

  @Test
  void httpValidationError_whenLocMixesStringsAndIntegers_decodesBoth() {
    String json =
        "{\"detail\":[{\"loc\":[\"body\",\"items\",3],\"msg\":\"Field required\","
            + "\"type\":\"missing\",\"input\":{\"x\":1},\"ctx\":{\"k\":\"v\"},\"url\":\"https://errors.pydantic.dev\"}]}";

    HTTPValidationError error = GSON.fromJson(json, HTTPValidationError.class);

    ValidationError item = error.getDetail().get(0);
    assertEquals("body", item.getLoc().get(0).getAsString());
    // loc items stay JSON values, so an integer index keeps its exact value (no 3 -> 3.0)
    assertEquals("3", item.getLoc().get(2).toString());
    assertEquals("Field required", item.getMsg());
    assertEquals("missing", item.getType());
    assertInstanceOf(Map.class, item.getInput());
  }

  @Test
  void errorResponse_whenDetailIsStringObjectOrArray_decodesEach() {
    ErrorResponse asString =
        GSON.fromJson("{\"detail\":\"Task not found or expired\"}", ErrorResponse.class);
    ErrorResponse asObject =
        GSON.fromJson(
            "{\"detail\":{\"reason\":\"quota\"},\"request_id\":\"r1\",\"error_code\":\"E1\"}",
            ErrorResponse.class);
    ErrorResponse asArray = GSON.fromJson("{\"detail\":[\"a\",\"b\"]}", ErrorResponse.class);

    assertEquals("Task not found or expired", asString.getDetail());
    assertEquals(Map.of("reason", "quota"), asObject.getDetail());
    assertEquals("r1", asObject.getRequestId());
    assertEquals("E1", asObject.getErrorCode());
    assertEquals(List.of("a", "b"), asArray.getDetail());
  }

  @Test
  void nothingDroppedCheck_whenPayloadHasAFieldTheModelLacks_fails() {
    String payload =
        "{\"task_id\":\"t1\",\"call_sid\":\"CA1\",\"workspace_id\":\"w\",\"skill\":\"s\","
            + "\"tier\":\"direct\",\"status\":\"pending\",\"undeclared\":null}";

    assertThrows(
        AssertionFailedError.class,
        () -> assertDecodesCompletely(GSON, payload, TaskStateResponse.class));
  }

  @Test
  void taskListResponse_whenEmpty_decodesToEmptyList() {
    TaskListResponse list = GSON.fromJson("{\"tasks\":[]}", TaskListResponse.class);

    assertTrue(list.getTasks().isEmpty());
  }

  /** Maps {@code <operationId>-<status>-<example>.json} to the model the spec declares for it. */
  private static Type modelTypeFor(String resource) {
    String[] parts = Path.of(resource).getFileName().toString().split("-", 3);
    String operationId = parts[0];
    int status = Integer.parseInt(parts[1]);
    if (status == 422) {
      return HTTPValidationError.class;
    }
    if (status >= 400) {
      return ErrorResponse.class;
    }
    switch (operationId) {
      case "getTask":
        return TaskStateResponse.class;
      case "listTasksByCall":
        return TaskListResponse.class;
      default:
        throw new AssertionError("no model known for " + resource);
    }
  }

  /** The {@code .json} resources of a test-classpath folder, as resource paths. */
  private static Stream<String> jsonResources(String folder) {
    return listJsonResources(folder, "").stream().map(name -> folder + "/" + name);
  }
}
