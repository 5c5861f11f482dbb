package dev.tasksdk.amigo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.tasksdk.amigo.generated.invoker.JSON;
import dev.tasksdk.amigo.generated.model.ErrorResponse;
import dev.tasksdk.amigo.generated.model.HTTPValidationError;
import dev.tasksdk.amigo.generated.model.TaskListResponse;
import dev.tasksdk.amigo.generated.model.TaskStateResponse;
import dev.tasksdk.amigo.generated.model.ValidationError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

  /**
   * Re-serializes explicit nulls so that a payload's {@code "x": null} must be a declared field.
   */
  private static final Gson GSON_WITH_NULLS = GSON.newBuilder().serializeNulls().create();

  static Stream<String> specExamples() {
    return listPayloads("payloads/spec-examples");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specExamples")
  void specExample_whenDecoded_keepsEveryField(String resource) {
    JsonElement payload = readJson(resource);

    Object model = GSON.fromJson(payload, modelTypeFor(resource));

    assertNotNull(model, resource);
    assertNothingDropped(payload, GSON_WITH_NULLS.toJsonTree(model), "$");
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
            readJson("payloads/spec-examples/getTask-200-completed.json"), TaskStateResponse.class);

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
    JsonElement payload =
        JsonParser.parseString(
            "{\"task_id\":\"t1\",\"call_sid\":\"CA1\",\"workspace_id\":\"w\",\"skill\":\"s\","
                + "\"tier\":\"direct\",\"status\":\"pending\",\"undeclared\":null}");
    JsonElement reserialized =
        GSON_WITH_NULLS.toJsonTree(GSON.fromJson(payload, TaskStateResponse.class));

    assertThrows(
        AssertionFailedError.class, () -> assertNothingDropped(payload, reserialized, "$"));
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

  /**
   * Asserts that every member of {@code payload} reappears in {@code reserialized} with the same
   * value: numbers compared by value, ISO date-times by instant, explicit nulls only where the
   * model declares the field.
   */
  static void assertNothingDropped(JsonElement payload, JsonElement reserialized, String path) {
    if (payload.isJsonNull()) {
      assertTrue(reserialized == null || reserialized.isJsonNull(), path + " should be null");
      return;
    }
    assertNotNull(reserialized, path + " was dropped");
    if (payload.isJsonObject()) {
      assertTrue(reserialized.isJsonObject(), path + " should be an object");
      JsonObject actual = reserialized.getAsJsonObject();
      for (Map.Entry<String, JsonElement> member : payload.getAsJsonObject().entrySet()) {
        String memberPath = path + "." + member.getKey();
        assertTrue(actual.has(member.getKey()), memberPath + " is not a model field: dropped");
        assertNothingDropped(member.getValue(), actual.get(member.getKey()), memberPath);
      }
    } else if (payload.isJsonArray()) {
      assertTrue(reserialized.isJsonArray(), path + " should be an array");
      assertEquals(payload.getAsJsonArray().size(), reserialized.getAsJsonArray().size(), path);
      for (int i = 0; i < payload.getAsJsonArray().size(); i++) {
        assertNothingDropped(
            payload.getAsJsonArray().get(i),
            reserialized.getAsJsonArray().get(i),
            path + "[" + i + "]");
      }
    } else {
      assertPrimitiveEquals(payload.getAsJsonPrimitive(), reserialized, path);
    }
  }

  private static void assertPrimitiveEquals(
      JsonPrimitive expected, JsonElement actual, String path) {
    assertTrue(actual.isJsonPrimitive(), path + " should be a primitive");
    JsonPrimitive got = actual.getAsJsonPrimitive();
    if (expected.isNumber() && got.isNumber()) {
      assertEquals(
          0,
          new BigDecimal(expected.getAsString()).compareTo(new BigDecimal(got.getAsString())),
          path);
    } else if (expected.isString() && got.isString() && !expected.equals(got)) {
      assertEquals(instant(expected.getAsString(), path), instant(got.getAsString(), path), path);
    } else {
      assertEquals(expected, got, path);
    }
  }

  private static Object instant(String value, String path) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return fail(path + ": " + value + " changed on the way through the model");
    }
  }

  static Stream<String> listPayloads(String folder) {
    URL url = ModelDecodingTest.class.getClassLoader().getResource(folder);
    assertNotNull(url, folder + " is missing from the test resources");
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<String> names =
          files
              .map(p -> folder + "/" + p.getFileName())
              .filter(n -> n.endsWith(".json"))
              .sorted()
              .toList();
      assertFalse(names.isEmpty(), folder + " holds no payload");
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonElement readJson(String resource) {
    try (var in = ModelDecodingTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " not found");
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
