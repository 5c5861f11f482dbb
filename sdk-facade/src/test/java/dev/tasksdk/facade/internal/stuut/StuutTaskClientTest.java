package dev.tasksdk.facade.internal.stuut;

import static dev.tasksdk.facade.internal.InvalidResponses.assertInvalid;
import static dev.tasksdk.facade.internal.InvalidResponses.listFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Support;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.TaskUpdate;
import dev.tasksdk.stuut.StuutClient;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

class StuutTaskClientTest {
  private MockWebServer server;
  private StuutClient stuut;
  private TaskClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    stuut =
        StuutClient.builder()
            .apiKey("sk-test")
            .baseUrl(server.url("/").toString())
            .maxRetries(0)
            .build();
    client = StuutTaskClients.create(stuut);
  }

  @AfterEach
  void stop() {
    stuut.close();
    server.close();
  }

  private void enqueue(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private static String page(Integer next, String... tasks) {
    return "{\"data\":[" + String.join(",", tasks) + "],\"next_page\":" + next + "}";
  }

  private static String task(String id, String status) {
    return "{\"id\":\"" + id + "\",\"label\":\"L " + id + "\",\"status\":\"" + status + "\"}";
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  private static Task map(String json) {
    return StuutTaskClient.toTask(
        new dev.tasksdk.stuut.internal.json.JSON()
            .getGson()
            .fromJson(json, dev.tasksdk.stuut.model.Task.class),
        "listTasks");
  }

  // ------------------------------------------------------------------ mapping

  @ParameterizedTest
  @CsvSource({
    "open,OPEN",
    "processing,IN_PROGRESS",
    "assigned_to_agent,IN_PROGRESS",
    "completed,DONE",
    "closed,CANCELLED",
    "archived,CANCELLED",
    "failed,FAILED",
    "escalated,UNKNOWN",
    "OPEN,OPEN"
  })
  void toTask_whenStatusWord_mapsByTableAndKeepsWord(String word, TaskStatus expected) {
    Task t = map(task("t1", word));

    assertEquals(expected, t.status());
    assertEquals(word, t.vendorStatus().orElseThrow());
  }

  @Test
  void toTask_whenEveryFieldSet_mapsEachOne() {
    Task t =
        map(
            "{\"id\":\"tsk_1\",\"label\":\"Approve reply\",\"description\":\"Check tone\","
                + "\"type\":\"auto_response_email\",\"status\":\"completed\","
                + "\"assignee_id\":\"usr_other\",\"assignee\":{\"id\":\"usr_1\","
                + "\"email\":\"ana@example.com\",\"given_name\":\"Ana\",\"family_name\":\"Diaz\"},"
                + "\"created_at\":\"2023-11-07T05:31:56+02:00\","
                + "\"modified_at\":\"2023-11-08T00:00:00Z\",\"action_taken\":\"complete\","
                + "\"close_reason\":null,\"error_reason\":null}");

    assertEquals(Vendor.STUUT, t.vendor());
    assertEquals("tsk_1", t.id());
    assertEquals("stuut:tsk_1", t.ref());
    assertEquals("Approve reply", t.title());
    assertEquals("Check tone", t.description().orElseThrow());
    assertEquals("auto_response_email", t.type().orElseThrow());
    assertEquals(TaskStatus.DONE, t.status());
    assertEquals(List.of(Assignee.of("usr_1", "ana@example.com", "Ana Diaz")), t.assignees());
    assertEquals(Instant.parse("2023-11-07T03:31:56Z"), t.createdAt().orElseThrow());
    assertEquals(Instant.parse("2023-11-08T00:00:00Z"), t.updatedAt().orElseThrow());
    assertEquals("complete", t.result().orElseThrow());
    assertTrue(t.priority().isEmpty());
    assertTrue(t.vendorPriority().isEmpty());
    assertTrue(t.due().isEmpty());
    assertTrue(t.completedAt().isEmpty());
    assertTrue(t.contact().isEmpty());
    assertEquals("tsk_1", t.raw(dev.tasksdk.stuut.model.Task.class).getId());
  }

  @Test
  void toTask_whenEveryOptionalFieldNull_mapsToEmpty() {
    Task t =
        map(
            "{\"id\":\"t1\",\"label\":null,\"description\":null,\"type\":null,\"status\":null,"
                + "\"assignee\":null,\"assignee_id\":null,\"created_at\":null,"
                + "\"modified_at\":null,\"close_reason\":null,\"error_reason\":null,"
                + "\"action_taken\":null,\"trigger_event\":null,\"completed_action\":null}");

    assertEquals("t1", t.id());
    assertEquals("", t.title());
    assertTrue(t.description().isEmpty());
    assertTrue(t.type().isEmpty());
    assertEquals(TaskStatus.UNKNOWN, t.status());
    assertTrue(t.vendorStatus().isEmpty());
    assertEquals(List.of(), t.assignees());
    assertTrue(t.createdAt().isEmpty());
    assertTrue(t.updatedAt().isEmpty());
    assertTrue(t.result().isEmpty());
  }

  @Test
  void toTask_whenOnlyAssigneeId_usesIt() {
    assertEquals(
        List.of(Assignee.ofId("usr_9")),
        map("{\"id\":\"t\",\"assignee_id\":\"usr_9\"}").assignees());
    assertEquals(
        List.of(Assignee.of("usr_9", null, "Bo")),
        map("{\"id\":\"t\",\"assignee_id\":\"usr_9\",\"assignee\":{\"name\":\"Bo\"}}").assignees());
    assertEquals(List.of(), map("{\"id\":\"t\",\"assignee\":{\"name\":\"Bo\"}}").assignees());
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "closed by user,boom,complete,closed by user",
        "NULL,boom,complete,boom",
        "NULL,NULL,complete,complete",
        "'',NULL,NULL,NULL"
      },
      nullValues = "NULL")
  void toTask_whenOutcomeFields_resultPrefersCloseThenErrorThenAction(
      String close, String error, String action, String expected) {
    dev.tasksdk.stuut.model.Task raw = new dev.tasksdk.stuut.model.Task();
    raw.setId("t");
    raw.setCloseReason(close);
    raw.setErrorReason(error);
    raw.setActionTaken(action);

    assertEquals(expected, StuutTaskClient.toTask(raw, "listTasks").result().orElse(null));
  }

  // ------------------------------------------------------------------ capabilities

  @Test
  void capabilities_whenAsked_matchStuutsApi() {
    assertSame(StuutTaskClients.capabilities(), client.capabilities());
    assertEquals(Vendor.STUUT, client.vendor());
    for (Capability c : Capability.values()) {
      Support expected =
          switch (c) {
            case LIST, ASSIGN, FILTER_STATUS, FILTER_TYPE, FILTER_ASSIGNEE -> Support.NATIVE;
            case FILTER_TEXT -> Support.CLIENT_SIDE;
            default -> Support.UNSUPPORTED;
          };
      assertEquals(expected, client.capabilities().support(c), c.name());
    }
    assertTrue(client.capabilities().requiredForList().isEmpty());
  }

  /** An operation of the facade, to be tried on the client under test. */
  interface Operation {
    void call(TaskClient client);
  }

  static Stream<Arguments> unsupportedOperations() {
    return Stream.of(
        Arguments.of("get", (Operation) c -> c.get("t1")),
        Arguments.of("create", (Operation) c -> c.create(NewTask.builder("x").build())),
        Arguments.of(
            "update", (Operation) c -> c.update("t1", TaskUpdate.builder().title("x").build())),
        Arguments.of("complete", (Operation) c -> c.complete("t1", "done")),
        Arguments.of("skip", (Operation) c -> c.skip("t1")),
        Arguments.of("cancel", (Operation) c -> c.cancel("t1")),
        Arguments.of("claim", (Operation) c -> c.claim("t1")),
        Arguments.of("move", (Operation) c -> c.move("t1", "open")),
        Arguments.of("delete", (Operation) c -> c.delete("t1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupportedOperations")
  void operation_whenUnsupported_throwsBeforeAnyRequest(String name, Operation operation) {
    UnsupportedCapabilityException e =
        assertThrows(UnsupportedCapabilityException.class, () -> operation.call(client));

    assertEquals(Vendor.STUUT, e.vendor());
    assertEquals(name, e.operation());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void list_whenDueWindow_throwsUnsupportedBeforeAnyRequest() {
    UnsupportedCapabilityException e =
        assertThrows(
            UnsupportedCapabilityException.class,
            () -> client.list(TaskQuery.builder().dueFrom(LocalDate.of(2025, 1, 1)).build()));

    assertEquals("filter_due_window", e.operation());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void list_whenTypeStuutRejects_throwsNamingTypeBeforeAnyRequest() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.list(TaskQuery.builder().type("call").build()));

    assertTrue(e.getMessage().contains("type"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  // ------------------------------------------------------------------ list on the wire

  @Test
  void list_whenNativeFilters_sendsThemAndPagesThrough() throws Exception {
    enqueue(page(1, task("a", "open"), task("b", "processing")));
    enqueue(page(2, task("c", "assigned_to_agent")));
    enqueue(page(null, task("d", "open")));
    TaskQuery q =
        TaskQuery.builder()
            .status(TaskStatus.OPEN, TaskStatus.IN_PROGRESS)
            .type("call_analysis")
            .assignee("usr_1")
            .pageSize(500)
            .build();

    List<String> ids = client.list(q).stream().map(Task::id).collect(Collectors.toList());

    assertEquals(List.of("a", "b", "c", "d"), ids);
    String query =
        "limit=200&status=open&status=processing&status=assigned_to_agent"
            + "&type=call_analysis&assignee=usr_1";
    assertEquals("/v1/tasks?" + query, take().getTarget());
    assertEquals("/v1/tasks?page=1&" + query, take().getTarget());
    assertEquals("/v1/tasks?page=2&" + query, take().getTarget());
  }

  @Test
  void list_whenCancelledAndDone_sendsEveryMatchingWord() throws Exception {
    enqueue(page(null));

    client.list(TaskQuery.builder().status(TaskStatus.DONE, TaskStatus.CANCELLED).build()).stream()
        .count();

    assertEquals("/v1/tasks?status=completed&status=closed&status=archived", take().getTarget());
  }

  @Test
  void list_whenOnlyStatusesStuutLacks_returnsNothingWithoutRequest() {
    long n = client.list(TaskQuery.builder().status(TaskStatus.SKIPPED).build()).stream().count();

    assertEquals(0, n);
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void list_whenSeveralAssignees_sendsNoneAndMatchesOnClient() throws Exception {
    enqueue(
        page(
            null,
            "{\"id\":\"a\",\"assignee_id\":\"usr_1\"}",
            "{\"id\":\"b\",\"assignee_id\":\"usr_3\"}",
            "{\"id\":\"c\",\"assignee\":{\"id\":\"usr_x\",\"email\":\"bo@example.com\"}}",
            "{\"id\":\"d\"}"));

    List<String> ids =
        client.list(TaskQuery.builder().assignee("usr_1", "bo@example.com").build()).stream()
            .map(Task::id)
            .collect(Collectors.toList());

    assertEquals(List.of("a", "c"), ids);
    assertEquals("/v1/tasks", take().getTarget());
  }

  @Test
  void list_whenText_filtersOnClientByTitleAndDescription() throws Exception {
    enqueue(
        page(
            null,
            "{\"id\":\"a\",\"label\":\"Call ACME about invoice\"}",
            "{\"id\":\"b\",\"label\":\"Other\",\"description\":\"acme follow-up\"}",
            "{\"id\":\"c\",\"label\":\"Unrelated\"}"));

    List<String> ids =
        client.list(TaskQuery.builder().text("acme").build()).stream()
            .map(Task::id)
            .collect(Collectors.toList());

    assertEquals(List.of("a", "b"), ids);
    assertEquals("/v1/tasks", take().getTarget());
  }

  @Test
  void list_whenMaxResults_stopsFetching() throws Exception {
    enqueue(page(1, task("a", "open"), task("b", "open")));
    enqueue(page(2, task("c", "open")));

    List<String> ids = new ArrayList<>();
    client.list(TaskQuery.builder().maxResults(2).build()).forEach(t -> ids.add(t.id()));

    assertEquals(List.of("a", "b"), ids);
    assertEquals(1, server.getRequestCount());
  }

  // ------------------------------------------------------------------ assign on the wire

  @Test
  void assign_whenOneAssignee_postsSetAssigneeAndMapsTask() throws Exception {
    enqueue("{\"id\":\"t1\",\"status\":\"assigned_to_agent\",\"assignee_id\":\"usr_7\"}");

    Task t = client.assign("t1", List.of("usr_7")).orElseThrow();

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v1/tasks/t1/set-assignee", r.getTarget());
    assertEquals("{\"assignee\":\"usr_7\"}", r.getBody().utf8());
    assertEquals(TaskStatus.IN_PROGRESS, t.status());
    assertEquals(List.of(Assignee.ofId("usr_7")), t.assignees());
  }

  @Test
  void assign_whenSeveralAssignees_throwsBeforeAnyRequest() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> client.assign("t1", List.of("usr_1", "usr_2")));

    assertTrue(e.getMessage().contains("assignees"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void create_whenNullClient_throwsNamingClient() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> StuutTaskClients.create(null));
    assertTrue(e.getMessage().contains("client"));
  }

  // ---- invalid responses: a task without id, or a body of JSON null ---------------------------

  static Stream<Arguments> taskWithoutId() {
    return Stream.of(
        Arguments.of("{\"label\":\"no id\",\"status\":\"open\"}", "task without id"),
        Arguments.of("{\"id\":\"  \",\"status\":\"open\"}", "task without id"),
        Arguments.of("null", "null"));
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void assign_whenTheTaskHasNoIdOrTheBodyIsNull_throwsInvalidResponseException(
      String body, String excerpt) throws Exception {
    enqueue(body);

    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> client.assign("t1", List.of("u1")));

    assertInvalid(e, Vendor.STUUT, "setTaskAssignee", excerpt);
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v1/tasks/t1/set-assignee", r.getTarget());
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void list_whenAListedTaskHasNoIdOrIsNull_throwsInvalidResponseException(
      String item, String excerpt) throws Exception {
    enqueue(page(null, task("t1", "open"), item));

    InvalidResponseException e = listFailure(() -> client.list(TaskQuery.all()).forEach(t -> {}));

    assertInvalid(e, Vendor.STUUT, "listTasks", excerpt);
    assertEquals("/v1/tasks", take().getTarget());
  }
}
