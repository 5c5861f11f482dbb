package dev.tasksdk.facade.internal.amigo;

import static dev.tasksdk.facade.internal.InvalidResponses.assertInvalid;
import static dev.tasksdk.facade.internal.InvalidResponses.listFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amigo.model.TaskStateResponse;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Support;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.TaskUpdate;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AmigoTaskClientTest {
  private static final String WS = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  private static final String CALL = "CA1234567890abcdef1234567890abcdef";

  private MockWebServer server;
  private AmigoClient amigo;
  private TaskClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    amigo =
        AmigoClient.builder()
            .apiKey("sk-test")
            .workspaceId(WS)
            .baseUrl(server.url("/").toString())
            .maxRetries(0)
            .build();
    client = AmigoTaskClients.create(amigo);
  }

  @AfterEach
  void stop() {
    amigo.close();
    server.close();
  }

  private void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private static String task(String id, String status, String skill, String progress) {
    return "{\"task_id\":\""
        + id
        + "\",\"call_sid\":\""
        + CALL
        + "\",\"workspace_id\":\""
        + WS
        + "\",\"skill\":\""
        + skill
        + "\",\"tier\":\"direct\",\"status\":\""
        + status
        + "\",\"progress_message\":"
        + (progress == null ? "null" : "\"" + progress + "\"")
        + "}";
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  private static TaskStateResponse raw() {
    TaskStateResponse t = new TaskStateResponse();
    t.setTaskId("t1");
    return t;
  }

  // ------------------------------------------------------------------ mapping

  @ParameterizedTest
  @CsvSource({
    "pending,OPEN",
    "dispatched,IN_PROGRESS",
    "running,IN_PROGRESS",
    "completed,DONE",
    "failed,FAILED",
    "timeout,FAILED",
    "cancelled,CANCELLED",
    "paused,UNKNOWN",
    "Completed,DONE"
  })
  void toTask_whenStatusWord_mapsByTableAndKeepsWord(String word, TaskStatus expected) {
    TaskStateResponse t = raw();
    t.setStatus(word);

    Task task = AmigoTaskClient.toTask(t, "getTask");

    assertEquals(expected, task.status());
    assertEquals(word, task.vendorStatus().orElseThrow());
  }

  @Test
  void toTask_whenEveryFieldSet_mapsEachOne() {
    TaskStateResponse t = raw();
    t.setSkill("intake_processing");
    t.setStatus("completed");
    t.setProgressMessage("Extracting fields");
    t.setResult("3 fields extracted");
    t.setError("ignored when a result exists");
    t.setDispatchedAt("2025-10-20T10:30:00.123456+00:00");
    t.setCompletedAt("2025-10-20T12:30:01.967000+02:00");

    Task task = AmigoTaskClient.toTask(t, "getTask");

    assertEquals(Vendor.AMIGO, task.vendor());
    assertEquals("t1", task.id());
    assertEquals("amigo:t1", task.ref());
    assertEquals("intake_processing", task.title());
    assertEquals("intake_processing", task.type().orElseThrow());
    assertEquals("Extracting fields", task.description().orElseThrow());
    assertEquals(TaskStatus.DONE, task.status());
    assertEquals("3 fields extracted", task.result().orElseThrow());
    assertEquals(Instant.parse("2025-10-20T10:30:00.123456Z"), task.createdAt().orElseThrow());
    assertEquals(Instant.parse("2025-10-20T10:30:01.967Z"), task.completedAt().orElseThrow());
    assertTrue(task.priority().isEmpty());
    assertTrue(task.assignees().isEmpty());
    assertTrue(task.due().isEmpty());
    assertTrue(task.contact().isEmpty());
    assertTrue(task.updatedAt().isEmpty());
    assertSame(t, task.raw(TaskStateResponse.class));
  }

  @Test
  void toTask_whenEveryOptionalFieldNull_mapsToEmpty() {
    TaskStateResponse t = new TaskStateResponse().taskId("t1");

    Task task = AmigoTaskClient.toTask(t, "getTask");

    assertEquals("t1", task.id());
    assertEquals("", task.title());
    assertTrue(task.type().isEmpty());
    assertTrue(task.description().isEmpty());
    assertEquals(TaskStatus.UNKNOWN, task.status());
    assertTrue(task.vendorStatus().isEmpty());
    assertTrue(task.result().isEmpty());
    assertTrue(task.createdAt().isEmpty());
    assertTrue(task.completedAt().isEmpty());
  }

  @Test
  void toTask_whenOnlyError_resultIsTheError() {
    TaskStateResponse t = raw();
    t.setStatus("failed");
    t.setError("Portal login timed out after 30s");

    assertEquals(
        "Portal login timed out after 30s",
        AmigoTaskClient.toTask(t, "getTask").result().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "2025-10-20T10:30:01.967000+00:00|2025-10-20T10:30:01.967Z",
        "2025-10-20T10:30:01Z|2025-10-20T10:30:01Z",
        "2025-10-20T12:30:01+02:00|2025-10-20T10:30:01Z",
        "2025-10-20 10:30:01.5+00:00|2025-10-20T10:30:01.500Z",
        "2025-10-20T10:30:01.123456|2025-10-20T10:30:01.123456Z",
        " 2025-10-20T10:30:01Z |2025-10-20T10:30:01Z",
        "yesterday|NULL",
        "2025-10-20|NULL",
        "1760956260|NULL",
        "''|NULL"
      },
      delimiter = '|',
      nullValues = "NULL")
  void instant_whenVendorText_parsesLenientlyOrNull(String text, String expected) {
    assertEquals(expected == null ? null : Instant.parse(expected), AmigoTaskClient.instant(text));
  }

  @Test
  void toTask_whenCompletedAtUnreadable_keepsRawText() {
    TaskStateResponse t = raw();
    t.setCompletedAt("soon");

    Task task = AmigoTaskClient.toTask(t, "getTask");

    assertTrue(task.completedAt().isEmpty());
    assertEquals("soon", task.raw(TaskStateResponse.class).getCompletedAt());
  }

  // ------------------------------------------------------------------ capabilities

  @Test
  void capabilities_whenAsked_matchAmigosApi() {
    assertSame(AmigoTaskClients.capabilities(), client.capabilities());
    assertEquals(Vendor.AMIGO, client.vendor());
    for (Capability c : Capability.values()) {
      Support expected =
          switch (c) {
            case GET, LIST, FILTER_CALL_SID -> Support.NATIVE;
            case FILTER_STATUS, FILTER_TYPE, FILTER_TEXT -> Support.CLIENT_SIDE;
            default -> Support.UNSUPPORTED;
          };
      assertEquals(expected, client.capabilities().support(c), c.name());
    }
    assertEquals(
        java.util.Set.of(Capability.FILTER_CALL_SID), client.capabilities().requiredForList());
  }

  /** An operation of the facade, to be tried on the client under test. */
  interface Operation {
    void call(TaskClient client);
  }

  static Stream<Arguments> unsupportedOperations() {
    return Stream.of(
        Arguments.of("create", (Operation) c -> c.create(NewTask.builder("x").build())),
        Arguments.of(
            "update", (Operation) c -> c.update("t1", TaskUpdate.builder().title("x").build())),
        Arguments.of("complete", (Operation) c -> c.complete("t1", "done")),
        Arguments.of("skip", (Operation) c -> c.skip("t1")),
        Arguments.of("cancel", (Operation) c -> c.cancel("t1")),
        Arguments.of("claim", (Operation) c -> c.claim("t1")),
        Arguments.of("move", (Operation) c -> c.move("t1", "running")),
        Arguments.of("assign", (Operation) c -> c.assign("t1", List.of("u1"))),
        Arguments.of("delete", (Operation) c -> c.delete("t1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupportedOperations")
  void operation_whenUnsupported_throwsBeforeAnyRequest(String name, Operation operation) {
    UnsupportedCapabilityException e =
        assertThrows(UnsupportedCapabilityException.class, () -> operation.call(client));

    assertEquals(Vendor.AMIGO, e.vendor());
    assertEquals(name, e.operation());
    assertEquals(0, server.getRequestCount());
  }

  static Stream<Arguments> unsupportedFilters() {
    return Stream.of(
        Arguments.of("filter_assignee", TaskQuery.builder().callSid(CALL).assignee("u1").build()),
        Arguments.of(
            "filter_due_window",
            TaskQuery.builder().callSid(CALL).dueTo(LocalDate.of(2025, 1, 1)).build()),
        Arguments.of("filter_user_id", TaskQuery.builder().callSid(CALL).userId("u").build()),
        Arguments.of("filter_project", TaskQuery.builder().callSid(CALL).projectId("p").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupportedFilters")
  void list_whenUnsupportedFilter_throwsBeforeAnyRequest(String name, TaskQuery query) {
    UnsupportedCapabilityException e =
        assertThrows(UnsupportedCapabilityException.class, () -> client.list(query));

    assertEquals(name, e.operation());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void list_whenNoCallSid_throwsNamingItBeforeAnyRequest() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.list(TaskQuery.all()));

    assertTrue(e.getMessage().contains("callSid"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  // ------------------------------------------------------------------ on the wire

  @Test
  void get_whenTaskExists_sendsGetAndMaps() throws Exception {
    enqueue(200, task("task_1", "running", "voice_import", "Transcribing"));

    Task t = client.get("task_1");

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/" + WS + "/tasks/task_1", r.getTarget());
    assertEquals("Bearer sk-test", r.getHeaders().get("Authorization"));
    assertEquals(TaskStatus.IN_PROGRESS, t.status());
    assertEquals("voice_import", t.title());
    assertEquals("Transcribing", t.description().orElseThrow());
  }

  @Test
  void get_whenMissing_throwsNotFound() {
    enqueue(404, "{\"detail\":\"Task not found or expired\"}");

    NotFoundException e = assertThrows(NotFoundException.class, () -> client.get("nope"));

    assertEquals("Task not found or expired", e.detail().orElseThrow());
  }

  @Test
  void list_whenCallSid_sendsOneRequestAndYieldsAllTasks() throws Exception {
    enqueue(
        200,
        "{\"tasks\":["
            + task("a", "completed", "intake", null)
            + ","
            + task("b", "pending", "lookup", null)
            + "]}");

    List<String> ids =
        client.list(TaskQuery.builder().callSid(CALL).pageSize(5).build()).stream()
            .map(Task::id)
            .collect(Collectors.toList());

    assertEquals(List.of("a", "b"), ids);
    assertEquals("/v1/" + WS + "/tasks/by-call/" + CALL, take().getTarget());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void list_whenClientSideFilters_matchesStatusTypeAndText() throws Exception {
    enqueue(
        200,
        "{\"tasks\":["
            + task("a", "running", "intake", "Reading form")
            + ","
            + task("b", "dispatched", "intake", "Queued")
            + ","
            + task("c", "running", "lookup", "Reading portal")
            + ","
            + task("d", "completed", "intake", "Reading form")
            + "]}");

    List<String> ids =
        client
            .list(
                TaskQuery.builder()
                    .callSid(CALL)
                    .status(TaskStatus.IN_PROGRESS)
                    .type("intake")
                    .text("reading")
                    .build())
            .stream()
            .map(Task::id)
            .collect(Collectors.toList());

    assertEquals(List.of("a"), ids);
    assertEquals("/v1/" + WS + "/tasks/by-call/" + CALL, take().getTarget());
  }

  @Test
  void list_whenCallHasNoTasks_yieldsNothing() {
    enqueue(200, "{\"tasks\":[]}");

    assertEquals(0, client.list(TaskQuery.builder().callSid(CALL).build()).stream().count());
  }

  @Test
  void create_whenNullClient_throwsNamingClient() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> AmigoTaskClients.create(null));
    assertTrue(e.getMessage().contains("client"));
    assertNull(AmigoTaskClient.instant(null));
  }

  // ---- invalid responses: a task without id, or a body of JSON null ---------------------------

  static Stream<Arguments> taskWithoutId() {
    return Stream.of(
        Arguments.of("{\"skill\":\"intake\",\"status\":\"running\"}", "task without id"),
        Arguments.of("{\"task_id\":\"\",\"status\":\"running\"}", "task without id"),
        Arguments.of("null", "null"));
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void get_whenTheTaskHasNoIdOrTheBodyIsNull_throwsInvalidResponseException(
      String body, String excerpt) throws Exception {
    enqueue(200, body);

    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> client.get("task_1"));

    assertInvalid(e, Vendor.AMIGO, "getTask", excerpt);
    assertEquals("/v1/" + WS + "/tasks/task_1", take().getTarget());
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void list_whenACallTaskHasNoIdOrIsNull_throwsInvalidResponseException(String item, String excerpt)
      throws Exception {
    enqueue(200, "{\"tasks\":[" + task("a", "pending", "lookup", null) + "," + item + "]}");

    InvalidResponseException e =
        listFailure(() -> client.list(TaskQuery.builder().callSid(CALL).build()).forEach(t -> {}));

    assertInvalid(e, Vendor.AMIGO, "listTasksByCall", excerpt);
    assertEquals("/v1/" + WS + "/tasks/by-call/" + CALL, take().getTarget());
  }

  @Test
  void list_whenTheBodyIsNull_throwsInvalidResponseException() throws Exception {
    enqueue(200, "null");

    InvalidResponseException e =
        listFailure(() -> client.list(TaskQuery.builder().callSid(CALL).build()).forEach(t -> {}));

    assertInvalid(e, Vendor.AMIGO, "listTasksByCall", "null");
    assertEquals("/v1/" + WS + "/tasks/by-call/" + CALL, take().getTarget());
  }
}
