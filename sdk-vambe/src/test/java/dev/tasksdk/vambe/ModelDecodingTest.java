package dev.tasksdk.vambe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import com.google.gson.reflect.TypeToken;
import dev.tasksdk.vambe.generated.invoker.JSON;
import dev.tasksdk.vambe.generated.model.CreateTaskRequest;
import dev.tasksdk.vambe.generated.model.DeleteTaskResponse;
import dev.tasksdk.vambe.generated.model.ErrorResponse;
import dev.tasksdk.vambe.generated.model.Task;
import dev.tasksdk.vambe.generated.model.TeamMember;
import dev.tasksdk.vambe.generated.model.UpdateTaskRequest;
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

  /**
   * Re-serializes explicit nulls so that a payload's {@code "x": null} must be a declared field.
   */
  private static final Gson GSON_WITH_NULLS = GSON.newBuilder().serializeNulls().create();

  private static final Type TASK_LIST = new TypeToken<List<Task>>() {}.getType();
  private static final Type TEAM_MEMBER_LIST = new TypeToken<List<TeamMember>>() {}.getType();

  static Stream<String> payloads() {
    return Stream.concat(listPayloads("payloads/vendor"), listPayloads("payloads/spec-examples"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void payload_whenDecoded_keepsEveryField(String resource) {
    JsonElement payload = readJson(resource);

    Object model = GSON.fromJson(payload, modelTypeFor(resource));

    assertNotNull(model, resource);
    assertNothingDropped(payload, GSON_WITH_NULLS.toJsonTree(model), "$");
  }

  @Test
  void vendorGetTasksExample_whenDecoded_exposesTheDocumentedValues() {
    List<Task> tasks = GSON.fromJson(readJson("payloads/vendor/get-tasks.json"), TASK_LIST);

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
    JsonElement payload = JsonParser.parseString("{\"id\":\"t1\",\"undeclared\":null}");
    JsonElement reserialized = GSON_WITH_NULLS.toJsonTree(GSON.fromJson(payload, Task.class));

    assertThrows(
        AssertionFailedError.class, () -> assertNothingDropped(payload, reserialized, "$"));
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
