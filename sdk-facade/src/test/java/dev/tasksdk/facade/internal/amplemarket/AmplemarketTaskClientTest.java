package dev.tasksdk.facade.internal.amplemarket;

import static dev.tasksdk.facade.internal.InvalidResponses.assertInvalid;
import static dev.tasksdk.facade.internal.InvalidResponses.listFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.amplemarket.internal.json.JSON;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Contact;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Support;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.TaskUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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

/** The Amplemarket adapter: mapping tables, capability checks and the requests it sends. */
class AmplemarketTaskClientTest {
  private static final String KEY = "sk-SENTINEL-123";
  private static final String USER = "0198f652-bc9b-79c2-8b91-60e1bd43e45d";

  private MockWebServer server;
  private AmplemarketClient vendorClient;
  private TaskClient tasks;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    vendorClient = vendor(USER);
    tasks = AmplemarketTaskClients.create(vendorClient);
  }

  @AfterEach
  void stop() {
    vendorClient.close();
    server.close();
  }

  private AmplemarketClient vendor(String defaultUser) {
    AmplemarketClient.Builder b =
        AmplemarketClient.builder().apiKey(KEY).baseUrl(server.url("/").toString()).maxRetries(0);
    if (defaultUser != null) {
      b.userId(defaultUser);
    }
    return b.build();
  }

  private static dev.tasksdk.amplemarket.model.Task vendorTask(String json) {
    return new JSON().getGson().fromJson(json, dev.tasksdk.amplemarket.model.Task.class);
  }

  private void enqueue(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/vnd.amp+json")
            .body(body)
            .build());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request was sent");
    }
    return r;
  }

  private static String task(String id, String status) {
    return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\"}";
  }

  private static String page(String next, String... taskJson) {
    return "{\"tasks\":["
        + String.join(",", taskJson)
        + "]"
        + (next == null ? "" : ",\"_links\":{\"next\":{\"href\":\"" + next + "\"}}")
        + "}";
  }

  private static List<String> ids(Iterable<Task> list) {
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.id()));
    return ids;
  }

  // ---- mapping ------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "scheduled, OPEN",
    "completed, DONE",
    "skipped, SKIPPED",
    "Scheduled, OPEN",
    "snoozed, UNKNOWN",
    "in_progress, UNKNOWN",
    "'', UNKNOWN"
  })
  void toTask_whenStatusWord_mapsByTableAndKeepsWord(String word, TaskStatus expected) {
    Task t = AmplemarketTaskClient.toTask(vendorTask(task("t1", word)), "listTasks");
    assertEquals(expected, t.status());
    assertEquals(word, t.vendorStatus().orElseThrow());
  }

  @Test
  void toTask_whenAnyStatus_hasNoPriority() {
    for (String word : List.of("scheduled", "completed", "skipped", "other")) {
      Task t = AmplemarketTaskClient.toTask(vendorTask(task("t1", word)), "listTasks");
      assertTrue(t.priority().isEmpty());
      assertTrue(t.vendorPriority().isEmpty());
    }
  }

  @Test
  void toTask_whenSpecExampleTask_mapsEveryField() {
    var raw =
        vendorTask(
            "{\"id\":\"0198f652-bd65-7bc1-99e8-c9801331ecc7\",\"automatic\":false,"
                + "\"type\":\"phone_call\",\"status\":\"scheduled\","
                + "\"due_on\":\"2025-08-29T12:54:34Z\",\"finished_on\":null,"
                + "\"notes\":\"custom task notes\",\"sequence_key\":null,\"sequence_name\":null,"
                + "\"user_id\":\""
                + USER
                + "\",\"user_email\":\"user@example.com\","
                + "\"contact\":{\"id\":\"c1\",\"name\":\"User Amplemarket\","
                + "\"email\":\"user@amplemarket.com\"}}");
    Task t = AmplemarketTaskClient.toTask(raw, "listTasks");

    assertEquals(Vendor.AMPLEMARKET, t.vendor());
    assertEquals("0198f652-bd65-7bc1-99e8-c9801331ecc7", t.id());
    assertEquals("amplemarket:0198f652-bd65-7bc1-99e8-c9801331ecc7", t.ref());
    assertEquals("phone_call User Amplemarket", t.title());
    assertEquals("custom task notes", t.description().orElseThrow());
    assertEquals(TaskStatus.OPEN, t.status());
    assertEquals("phone_call", t.type().orElseThrow());
    assertEquals(List.of(Assignee.of(USER, "user@example.com", null)), t.assignees());
    assertEquals(Contact.of("c1", "User Amplemarket", "user@amplemarket.com"), t.contact().get());
    assertEquals(Instant.parse("2025-08-29T12:54:34Z"), t.due().get().instant());
    assertEquals(Optional.empty(), t.due().get().timeZone());
    assertFalse(t.due().get().allDay());
    assertEquals(LocalDate.of(2025, 8, 29), t.due().get().date());
    assertTrue(t.completedAt().isEmpty());
    assertTrue(t.createdAt().isEmpty());
    assertTrue(t.updatedAt().isEmpty());
    assertTrue(t.result().isEmpty());
    assertSame(raw, t.raw());
  }

  @Test
  void toTask_whenFinishedWithoutContact_titleIsTypeAndCompletedAtSet() {
    Task t =
        AmplemarketTaskClient.toTask(
            vendorTask(
                "{\"id\":\"t2\",\"type\":\"email\",\"status\":\"completed\","
                    + "\"finished_on\":\"2025-08-28T09:02:11Z\",\"notes\":null,\"contact\":null}"),
            "listTasks");
    assertEquals("email", t.title());
    assertEquals(TaskStatus.DONE, t.status());
    assertEquals(Instant.parse("2025-08-28T09:02:11Z"), t.completedAt().orElseThrow());
    assertTrue(t.description().isEmpty());
    assertTrue(t.contact().isEmpty());
  }

  @Test
  void toTask_whenDueHasOffset_keepsTheInstantWithoutTimeZone() {
    Task t =
        AmplemarketTaskClient.toTask(
            vendorTask("{\"id\":\"t\",\"due_on\":\"2025-08-29T23:30:00-05:00\"}"), "listTasks");
    assertEquals(Instant.parse("2025-08-30T04:30:00Z"), t.due().get().instant());
    assertEquals(Optional.empty(), t.due().get().timeZone());
    assertEquals(LocalDate.of(2025, 8, 30), t.due().get().date());
    assertFalse(t.due().get().allDay());
  }

  @Test
  void toTask_whenContactHasOnlyEmail_titleUsesEmail() {
    Task t =
        AmplemarketTaskClient.toTask(
            vendorTask(
                "{\"id\":\"t\",\"type\":\"email\",\"contact\":{\"email\":\"a@b.c\",\"name\":\"\"}}"),
            "listTasks");
    assertEquals("email a@b.c", t.title());
    assertEquals(Contact.of(null, "", "a@b.c"), t.contact().orElseThrow());
  }

  @Test
  void toTask_whenEveryOptionalFieldNull_mapsToEmpty() {
    Task t =
        AmplemarketTaskClient.toTask(
            vendorTask(
                "{\"id\":\"t\",\"automatic\":null,\"type\":null,\"status\":null,\"due_on\":null,"
                    + "\"finished_on\":null,\"notes\":null,\"sequence_key\":null,"
                    + "\"sequence_name\":null,\"user_id\":null,\"user_email\":null,"
                    + "\"contact\":null}"),
            "listTasks");
    assertEquals("task", t.title());
    assertEquals(TaskStatus.UNKNOWN, t.status());
    assertTrue(t.vendorStatus().isEmpty());
    assertTrue(t.type().isEmpty());
    assertTrue(t.description().isEmpty());
    assertTrue(t.assignees().isEmpty());
    assertTrue(t.contact().isEmpty());
    assertTrue(t.due().isEmpty());
    assertTrue(t.completedAt().isEmpty());
    assertTrue(t.priority().isEmpty());
  }

  @Test
  void toTask_whenOnlyUserEmail_assigneeHasEmailOnly() {
    Task t =
        AmplemarketTaskClient.toTask(
            vendorTask("{\"id\":\"t\",\"user_email\":\"x@y.z\"}"), "listTasks");
    assertEquals(List.of(Assignee.of(null, "x@y.z", null)), t.assignees());
  }

  // ---- capabilities -------------------------------------------------------------------------

  @Test
  void capabilities_whenRead_matchTheSpec() {
    var caps = tasks.capabilities();
    assertSame(AmplemarketTaskClients.capabilities(), caps);
    assertEquals(Vendor.AMPLEMARKET, tasks.vendor());
    for (Capability c :
        List.of(
            Capability.LIST,
            Capability.COMPLETE,
            Capability.SKIP,
            Capability.FILTER_STATUS,
            Capability.FILTER_TYPE,
            Capability.FILTER_TEXT,
            Capability.FILTER_USER_ID)) {
      assertEquals(Support.NATIVE, caps.support(c), c.toString());
    }
    assertEquals(Support.CLIENT_SIDE, caps.support(Capability.FILTER_DUE_WINDOW));
    assertEquals(Support.CLIENT_SIDE, caps.support(Capability.FILTER_ASSIGNEE));
    for (Capability c :
        List.of(
            Capability.GET,
            Capability.CREATE,
            Capability.UPDATE,
            Capability.CANCEL,
            Capability.CLAIM,
            Capability.MOVE,
            Capability.ASSIGN,
            Capability.DELETE,
            Capability.FILTER_CALL_SID,
            Capability.FILTER_PROJECT)) {
      assertEquals(Support.UNSUPPORTED, caps.support(c), c.toString());
    }
    assertEquals(java.util.Set.of(Capability.FILTER_USER_ID), caps.requiredForList());
  }

  static List<Object[]> unsupportedOperations() {
    return List.of(
        new Object[] {"get", (Consumer<TaskClient>) c -> c.get("t1")},
        new Object[] {"create", (Consumer<TaskClient>) c -> c.create(NewTask.builder("x").build())},
        new Object[] {
          "update",
          (Consumer<TaskClient>) c -> c.update("t1", TaskUpdate.builder().title("x").build())
        },
        new Object[] {"cancel", (Consumer<TaskClient>) c -> c.cancel("t1")},
        new Object[] {"claim", (Consumer<TaskClient>) c -> c.claim("t1")},
        new Object[] {"move", (Consumer<TaskClient>) c -> c.move("t1", "completed")},
        new Object[] {"assign", (Consumer<TaskClient>) c -> c.assign("t1", List.of("u"))},
        new Object[] {"delete", (Consumer<TaskClient>) c -> c.delete("t1")},
        new Object[] {
          "filter_call_sid",
          (Consumer<TaskClient>) c -> c.list(TaskQuery.builder().callSid("CA1").build())
        },
        new Object[] {
          "filter_project",
          (Consumer<TaskClient>) c -> c.list(TaskQuery.builder().projectId("p").build())
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupportedOperations")
  void unsupported_whenCalled_throwsBeforeAnyRequest(String label, Consumer<TaskClient> call) {
    UnsupportedCapabilityException e =
        assertThrows(UnsupportedCapabilityException.class, () -> call.accept(tasks));
    assertEquals(Vendor.AMPLEMARKET, e.vendor());
    assertEquals(label, e.operation());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void list_whenNoUserIdAnywhere_throwsBeforeAnyRequest() {
    try (AmplemarketClient noUser = vendor(null)) {
      TaskClient c = AmplemarketTaskClients.create(noUser);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> c.list(TaskQuery.all()));
      assertTrue(e.getMessage().contains("userId"), e.getMessage());
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void complete_whenResultGiven_throwsBeforeAnyRequest() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tasks.complete("t1", "done well"));
    assertTrue(e.getMessage().startsWith("result"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void create_whenNull_stillReportsUnsupportedFirst() {
    assertThrows(UnsupportedCapabilityException.class, () -> tasks.create(null));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void createClients_whenNull_throwsNamingClient() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> AmplemarketTaskClients.create(null));
    assertEquals("client == null", e.getMessage());
  }

  // ---- operations on the wire ---------------------------------------------------------------

  @Test
  void list_whenNativeFiltersSet_sendsThemAndMapsTasks() throws Exception {
    enqueue(page(null, task("t1", "scheduled")));
    List<Task> got =
        tasks
            .list(
                TaskQuery.builder()
                    .userId("u-1")
                    .status(TaskStatus.OPEN)
                    .type("email")
                    .text("acme corp")
                    .pageSize(10)
                    .build())
            .stream()
            .toList();
    assertEquals(1, got.size());
    assertEquals(TaskStatus.OPEN, got.get(0).status());
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals(
        "/tasks?page%5Bsize%5D=10&type=email&status=scheduled&keyword=acme%20corp&user_id=u-1",
        r.getTarget());
    assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    assertEquals("application/json, application/vnd.amp+json", r.getHeaders().get("Accept"));
  }

  @Test
  void list_whenQueryHasNoUser_usesTheClientsUser() throws Exception {
    enqueue(page(null));
    assertEquals(List.of(), ids(tasks.list(TaskQuery.all())));
    assertEquals("/tasks?user_id=" + USER, take().getTarget());
  }

  @Test
  void list_whenSeveralStatuses_fetchesUnfilteredAndFiltersHere() throws Exception {
    enqueue(
        page(
            null,
            task("t1", "scheduled"),
            task("t2", "completed"),
            task("t3", "skipped"),
            task("t4", "snoozed")));
    assertEquals(
        List.of("t1", "t3"),
        ids(tasks.list(TaskQuery.builder().status(TaskStatus.OPEN, TaskStatus.SKIPPED).build())));
    assertEquals("/tasks?user_id=" + USER, take().getTarget());
  }

  @Test
  void list_whenOneStatusHasAWordAndOneHasNone_sendsTheWord() throws Exception {
    enqueue(page(null, task("t1", "completed")));
    assertEquals(
        List.of("t1"),
        ids(tasks.list(TaskQuery.builder().status(TaskStatus.DONE, TaskStatus.FAILED).build())));
    assertEquals("/tasks?status=completed&user_id=" + USER, take().getTarget());
  }

  @Test
  void list_whenStatusesHaveNoAmplemarketWord_returnsNothingWithoutRequest() {
    assertEquals(
        List.of(),
        ids(
            tasks.list(
                TaskQuery.builder().status(TaskStatus.IN_PROGRESS, TaskStatus.FAILED).build())));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void list_whenDueWindowAndAssignee_filtersOnTheClient() throws Exception {
    enqueue(
        page(
            null,
            "{\"id\":\"early\",\"due_on\":\"2025-08-01T10:00:00Z\",\"user_email\":\"a@x.com\"}",
            "{\"id\":\"in\",\"due_on\":\"2025-08-15T10:00:00Z\",\"user_email\":\"a@x.com\"}",
            "{\"id\":\"other\",\"due_on\":\"2025-08-15T10:00:00Z\",\"user_email\":\"b@x.com\"}",
            "{\"id\":\"nodue\",\"user_email\":\"a@x.com\"}",
            "{\"id\":\"late\",\"due_on\":\"2025-09-01T10:00:00Z\",\"user_email\":\"a@x.com\"}"));
    assertEquals(
        List.of("in"),
        ids(
            tasks.list(
                TaskQuery.builder()
                    .dueFrom(LocalDate.of(2025, 8, 10))
                    .dueTo(LocalDate.of(2025, 8, 20))
                    .assignee("a@x.com")
                    .build())));
    assertEquals("/tasks?user_id=" + USER, take().getTarget());
  }

  @Test
  void list_whenThreePages_followsNextLinksThroughTheFacade() throws Exception {
    String next2 = "/tasks?page[after]=t2&user_id=" + USER;
    String next3 = "/tasks?page[after]=t3&user_id=" + USER;
    enqueue(page(next2, task("t1", "scheduled"), task("t2", "completed")));
    enqueue(page(next3, task("t3", "skipped")));
    enqueue(page(null, task("t4", "scheduled")));
    List<Task> all = tasks.list(TaskQuery.all()).stream().toList();
    assertEquals(List.of("t1", "t2", "t3", "t4"), ids(all));
    assertEquals(
        List.of(TaskStatus.OPEN, TaskStatus.DONE, TaskStatus.SKIPPED, TaskStatus.OPEN),
        all.stream().map(Task::status).toList());
    assertEquals("/tasks?user_id=" + USER, take().getTarget());
    assertEquals(next2, take().getTarget());
    assertEquals(next3, take().getTarget());
  }

  @Test
  void list_whenMaxResultsReached_stopsFetching() {
    enqueue(page("/tasks?page[after]=t2&user_id=u", task("t1", "scheduled"), task("t2", "x")));
    assertEquals(List.of("t1"), ids(tasks.list(TaskQuery.builder().maxResults(1).build())));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void complete_whenCalled_postsEmptyObjectAndReturnsNoTask() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());
    assertEquals(Optional.empty(), tasks.complete("t-1", null));
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/tasks/t-1/complete", r.getTarget());
    assertEquals("{}", r.getBody().utf8());
  }

  @Test
  void skip_whenCalled_postsEmptyObjectAndReturnsNoTask() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());
    assertEquals(Optional.empty(), tasks.skip("t-1"));
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/tasks/t-1/skip", r.getTarget());
    assertEquals("{}", r.getBody().utf8());
  }

  @Test
  void skip_whenVendorRejects_throwsTheVendorException() {
    server.enqueue(
        new MockResponse.Builder()
            .code(422)
            .body(
                "{\"_errors\":[{\"status\":\"422\",\"code\":\"unsupported_value\","
                    + "\"detail\":\"Task is in a state prevents it from being executed manually\"}]}")
            .build());
    var e =
        assertThrows(dev.tasksdk.core.UnprocessableEntityException.class, () -> tasks.skip("t-1"));
    assertEquals("unsupported_value", e.errorCode().orElseThrow());
  }

  // ---- invalid responses: a task without id, or a body of JSON null ---------------------------

  static Stream<Arguments> taskWithoutId() {
    return Stream.of(
        Arguments.of("{\"status\":\"scheduled\",\"type\":\"email\"}", "task without id"),
        Arguments.of("{\"id\":\"\",\"status\":\"scheduled\"}", "task without id"));
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void list_whenAListedTaskHasNoIdOrIsNull_throwsInvalidResponseException(
      String item, String excerpt) throws Exception {
    enqueue(page(null, task("t1", "scheduled"), item));

    InvalidResponseException e = listFailure(() -> tasks.list(TaskQuery.all()).forEach(t -> {}));

    assertInvalid(e, Vendor.AMPLEMARKET, "listTasks", excerpt);
    assertEquals("/tasks?user_id=" + USER, take().getTarget());
  }

  @Test
  void toTask_whenNull_throwsInvalidResponseException() {
    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class, () -> AmplemarketTaskClient.toTask(null, "listTasks"));

    assertInvalid(e, Vendor.AMPLEMARKET, "listTasks", "null");
  }

  /** A page of JSON null is not an empty page: the vendor client refuses it. */
  @Test
  void list_whenTheBodyIsNull_throwsInvalidResponseException() throws Exception {
    enqueue("null");

    InvalidResponseException e = listFailure(() -> tasks.list(TaskQuery.all()).forEach(t -> {}));

    assertInvalid(e, Vendor.AMPLEMARKET, "listTasks", "null");
    assertEquals("/tasks?user_id=" + USER, take().getTarget());
  }
}
