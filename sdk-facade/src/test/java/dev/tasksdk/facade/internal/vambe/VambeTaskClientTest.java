package dev.tasksdk.facade.internal.vambe;

import static dev.tasksdk.facade.internal.InvalidResponses.assertInvalid;
import static dev.tasksdk.facade.internal.InvalidResponses.listFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Contact;
import dev.tasksdk.facade.Due;
import dev.tasksdk.facade.DueSpec;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Support;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.TaskUpdate;
import dev.tasksdk.vambe.VambeClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Vambe adapter against MockWebServer: mapping tables, capabilities and the wire requests. */
class VambeTaskClientTest {
  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private static final String U1 = "228d7a0d-9072-4ca8-939b-959b75cc606a";
  private static final String U2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-10-15T12:00:00Z"), ZoneOffset.UTC);

  private static final String FULL_TASK =
      "{\"id\":\""
          + ID
          + "\",\"title\":\"Follow up with customer\",\"description\":\"Call about pricing\","
          + "\"due_timezone\":\"America/Santiago\",\"due_at\":\"2025-10-25T14:00:00.000Z\","
          + "\"is_all_day\":false,\"created_at\":\"2025-10-20T10:30:00.000Z\","
          + "\"ai_contact_id\":\"contact-uuid-123\",\"ai_customer_id\":null,"
          + "\"task_status_config_id\":\"s1\",\"priority\":\"high\",\"creator_id\":\"u\","
          + "\"task_responsibles\":[{\"responsible_id\":\""
          + U1
          + "\"},{\"responsible_id\":\""
          + U2
          + "\"}],\"status_config\":{\"id\":\"s1\",\"name\":\"En Progreso\",\"color\":\"#fff\","
          + "\"type\":\"in_progress\",\"order\":2}}";

  private MockWebServer server;
  private VambeClient vambe;
  private TaskClient tasks;

  @BeforeEach
  void setUp() throws IOException {
    server = new MockWebServer();
    server.start(0);
    vambe =
        VambeClient.builder()
            .apiKey("sk-SENTINEL-123")
            .baseUrl(server.url("/").toString())
            .maxRetries(0)
            .build();
    tasks = new VambeTaskClient(vambe, CLOCK);
  }

  @AfterEach
  void tearDown() {
    vambe.close();
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

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request reached the server");
    }
    return r;
  }

  private Task listOne(String taskJson) {
    enqueue(200, "[" + taskJson + "]");
    List<Task> all = tasks.list(TaskQuery.all()).stream().collect(Collectors.toList());
    assertEquals(1, all.size());
    return all.get(0);
  }

  // ---- mapping tables --------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "initial, OPEN",
    "in_progress, IN_PROGRESS",
    "done, DONE",
    "master_done, DONE",
    "archived, UNKNOWN",
    "DONE, DONE"
  })
  void status_whenVendorSendsType_mapsByTheTableAndKeepsTheWord(String type, TaskStatus expected) {
    Task t =
        listOne("{\"id\":\"x\",\"status_config\":{\"name\":\"Any\",\"type\":\"" + type + "\"}}");

    assertEquals(expected, t.status());
    assertEquals(type, t.vendorStatus().orElseThrow());
  }

  @Test
  void status_whenNoStatusConfig_isUnknownWithoutVendorWord() {
    Task t = listOne("{\"id\":\"x\",\"status_config\":null}");

    assertEquals(TaskStatus.UNKNOWN, t.status());
    assertTrue(t.vendorStatus().isEmpty());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'\"low\"', LOW, low",
    "'\"medium\"', NORMAL, medium",
    "'\"high\"', HIGH, high",
    "'\"urgent\"', UNKNOWN, urgent",
    "0, LOW, 0",
    "1, NORMAL, 1",
    "2, HIGH, 2"
  })
  void priority_whenVendorSendsWordOrNumber_mapsByTheTable(
      String json, TaskPriority expected, String word) {
    Task t = listOne("{\"id\":\"x\",\"priority\":" + json + "}");

    assertEquals(expected, t.priority().orElseThrow());
    assertEquals(word, t.vendorPriority().orElseThrow());
  }

  @Test
  void mapping_whenEveryFieldPresent_fillsTheFacadeTask() {
    Task t = listOne(FULL_TASK);

    assertEquals(Vendor.VAMBE, t.vendor());
    assertEquals(ID, t.id());
    assertEquals("vambe:" + ID, t.ref());
    assertEquals("Follow up with customer", t.title());
    assertEquals("Call about pricing", t.description().orElseThrow());
    assertEquals(TaskStatus.IN_PROGRESS, t.status());
    assertEquals(TaskPriority.HIGH, t.priority().orElseThrow());
    assertEquals(List.of(Assignee.ofId(U1), Assignee.ofId(U2)), t.assignees());
    assertEquals(Contact.of("contact-uuid-123", null, null), t.contact().orElseThrow());
    assertEquals(
        Due.of(Instant.parse("2025-10-25T14:00:00Z"), ZoneId.of("America/Santiago"), false),
        t.due().orElseThrow());
    assertEquals(LocalDate.of(2025, 10, 25), t.due().get().date());
    assertEquals(Instant.parse("2025-10-20T10:30:00Z"), t.createdAt().orElseThrow());
    assertTrue(t.updatedAt().isEmpty());
    assertTrue(t.completedAt().isEmpty());
    assertTrue(t.type().isEmpty());
    assertTrue(t.result().isEmpty());
    assertEquals(
        "En Progreso", t.raw(dev.tasksdk.vambe.model.Task.class).getStatusConfig().getName());
  }

  @Test
  void mapping_whenAllDay_keepsTheDayInUtcAndTheZone() {
    Task t =
        listOne(
            "{\"id\":\"x\",\"due_at\":\"2025-10-28T00:00:00.000Z\",\"is_all_day\":true,"
                + "\"due_timezone\":\"America/Santiago\"}");

    Due due = t.due().orElseThrow();
    assertTrue(due.allDay());
    assertEquals(ZoneId.of("America/Santiago"), due.timeZone().orElseThrow());
    assertEquals(LocalDate.of(2025, 10, 28), due.date());
  }

  @Test
  void mapping_whenTimedNearMidnight_usesTheTaskTimeZoneForTheDay() {
    Task t =
        listOne(
            "{\"id\":\"x\",\"due_at\":\"2025-10-26T01:30:00.000Z\",\"is_all_day\":false,"
                + "\"due_timezone\":\"America/Santiago\"}");

    assertEquals(LocalDate.of(2025, 10, 25), t.due().orElseThrow().date());
  }

  @Test
  void mapping_whenTimeZoneIsNotAZoneId_keepsTheInstantWithoutZone() {
    Task t =
        listOne(
            "{\"id\":\"x\",\"due_at\":\"2025-10-26T01:30:00Z\",\"due_timezone\":\"Mars/Base\"}");

    assertEquals(Due.of(Instant.parse("2025-10-26T01:30:00Z"), null, false), t.due().orElseThrow());
  }

  @Test
  void mapping_whenEveryOptionalFieldIsNull_givesEmptyValues() {
    Task t =
        listOne(
            "{\"id\":\"x\",\"title\":null,\"description\":null,\"due_timezone\":null,"
                + "\"due_at\":null,\"is_all_day\":null,\"created_at\":null,\"ai_contact_id\":null,"
                + "\"ai_customer_id\":null,\"priority\":null,\"task_responsibles\":null,"
                + "\"status_config\":null}");

    assertEquals("", t.title());
    assertTrue(t.description().isEmpty());
    assertEquals(TaskStatus.UNKNOWN, t.status());
    assertTrue(t.priority().isEmpty());
    assertTrue(t.vendorPriority().isEmpty());
    assertTrue(t.assignees().isEmpty());
    assertTrue(t.contact().isEmpty());
    assertTrue(t.due().isEmpty());
    assertTrue(t.createdAt().isEmpty());
  }

  @Test
  void mapping_whenResponsibleHasNoId_skipsIt() {
    Task t =
        listOne(
            "{\"id\":\"x\",\"task_responsibles\":[{\"responsible_id\":null},{\"responsible_id\":\""
                + U1
                + "\"}]}");

    assertEquals(List.of(Assignee.ofId(U1)), t.assignees());
  }

  // ---- capabilities --------------------------------------------------------------------------

  @Test
  void capabilities_whenAsked_matchTheSpecsOperations() {
    assertSame(VambeTaskClients.CAPABILITIES, VambeTaskClients.capabilities());
    assertSame(VambeTaskClients.CAPABILITIES, tasks.capabilities());
    for (Capability c :
        List.of(
            Capability.LIST,
            Capability.CREATE,
            Capability.UPDATE,
            Capability.DELETE,
            Capability.ASSIGN,
            Capability.MOVE,
            Capability.FILTER_ASSIGNEE,
            Capability.FILTER_DUE_WINDOW,
            Capability.FILTER_TEXT)) {
      assertEquals(Support.NATIVE, tasks.capabilities().support(c), c.name());
    }
    assertEquals(Support.CLIENT_SIDE, tasks.capabilities().support(Capability.FILTER_STATUS));
    assertTrue(tasks.capabilities().requiredForList().isEmpty());
    assertEquals(Vendor.VAMBE, tasks.vendor());
  }

  static List<Arguments> unsupportedOperations() {
    return List.of(
        Arguments.of("get", (Op) t -> t.get(ID)),
        Arguments.of("complete", (Op) t -> t.complete(ID, "ok")),
        Arguments.of("skip", (Op) t -> t.skip(ID)),
        Arguments.of("cancel", (Op) t -> t.cancel(ID)),
        Arguments.of("claim", (Op) t -> t.claim(ID)),
        Arguments.of("filter_type", (Op) t -> t.list(TaskQuery.builder().type("call").build())),
        Arguments.of(
            "filter_call_sid", (Op) t -> t.list(TaskQuery.builder().callSid("CA1").build())),
        Arguments.of("filter_user_id", (Op) t -> t.list(TaskQuery.builder().userId("u").build())),
        Arguments.of(
            "filter_project", (Op) t -> t.list(TaskQuery.builder().projectId("p").build())));
  }

  interface Op {
    void run(TaskClient t);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsupportedOperations")
  void unsupported_whenCalled_throwsBeforeAnyRequest(String label, Op op) {
    UnsupportedCapabilityException e =
        assertThrows(UnsupportedCapabilityException.class, () -> op.run(tasks));

    assertEquals(Vendor.VAMBE, e.vendor());
    assertEquals(label, e.operation());
    assertEquals(0, server.getRequestCount());
  }

  // ---- list ----------------------------------------------------------------------------------

  @Test
  void list_whenNoWindowGiven_asksForTheDefaultWindowIncludingUndatedTasks() throws Exception {
    enqueue(200, "[]");

    assertEquals(0, tasks.list(TaskQuery.all()).stream().count());

    assertEquals("/api/public/tasks?fromDate=2024-10-15&toDate=2026-10-15", take().getTarget());
  }

  @Test
  void list_whenEveryNativeFilterGiven_sendsThemAndExcludesUndatedTasks() throws Exception {
    enqueue(200, "[" + FULL_TASK + "]");

    List<Task> found =
        tasks
            .list(
                TaskQuery.builder()
                    .assignee(U1, U2)
                    .dueFrom(LocalDate.of(2025, 10, 1))
                    .dueTo(LocalDate.of(2025, 10, 31))
                    .text("pricing")
                    .build())
            .stream()
            .collect(Collectors.toList());

    assertEquals(1, found.size());
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals(
        "/api/public/tasks?fromDate=2025-10-01&toDate=2025-10-31&responsibleIds%5B%5D="
            + U1
            + "&responsibleIds%5B%5D="
            + U2
            + "&includeTasksWithoutDates=false&searchFilter=pricing",
        r.getTarget());
    assertEquals("sk-SENTINEL-123", r.getHeaders().get("x-api-key"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "from only, 2025-10-01, , 2025-10-01, 2026-10-01",
    "to only, , 2025-10-31, 2024-10-31, 2025-10-31"
  })
  void list_whenOneBoundGiven_defaultsTheOtherAYearAway(
      String name, LocalDate from, LocalDate to, String expectedFrom, String expectedTo)
      throws Exception {
    enqueue(200, "[]");
    TaskQuery.Builder q = TaskQuery.builder();
    if (from != null) q.dueFrom(from);
    if (to != null) q.dueTo(to);

    tasks.list(q.build()).iterator().hasNext();

    assertEquals(
        "/api/public/tasks?fromDate="
            + expectedFrom
            + "&toDate="
            + expectedTo
            + "&includeTasksWithoutDates=false",
        take().getTarget());
  }

  @Test
  void list_whenStatusFiltered_filtersOnTheClientAndHonoursMaxResults() throws Exception {
    enqueue(
        200,
        "["
            + "{\"id\":\"a\",\"status_config\":{\"type\":\"initial\"}},"
            + "{\"id\":\"b\",\"status_config\":{\"type\":\"done\"}},"
            + "{\"id\":\"c\",\"status_config\":{\"type\":\"master_done\"}},"
            + "{\"id\":\"d\",\"status_config\":{\"type\":\"done\"}}"
            + "]");

    List<String> ids = new ArrayList<>();
    for (Task t : tasks.list(TaskQuery.builder().status(TaskStatus.DONE).maxResults(2).build())) {
      ids.add(t.id());
    }

    assertEquals(List.of("b", "c"), ids);
    assertEquals("/api/public/tasks?fromDate=2024-10-15&toDate=2026-10-15", take().getTarget());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void list_whenPagedThroughTheFacade_yieldsOnePageAndStops() {
    enqueue(200, "[" + FULL_TASK + ",{\"id\":\"b\"}]");

    List<dev.tasksdk.core.Page<Task>> pages = new ArrayList<>();
    tasks.list(TaskQuery.all()).pages().forEach(pages::add);

    assertEquals(1, pages.size());
    assertEquals(2, pages.get(0).items().size());
    assertFalse(pages.get(0).hasNext());
    assertEquals(1, server.getRequestCount());
  }

  // ---- create --------------------------------------------------------------------------------

  @Test
  void create_whenTimed_postsTheVambeBody() throws Exception {
    enqueue(201, FULL_TASK);

    Task t =
        tasks.create(
            NewTask.builder("Follow up with customer")
                .description("Call about pricing")
                .priority(TaskPriority.URGENT)
                .due(
                    DueSpec.at(
                        LocalDate.of(2025, 10, 25),
                        LocalTime.of(14, 30),
                        ZoneId.of("America/Santiago")))
                .assignee(U1)
                .build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/public/tasks", r.getTarget());
    assertEquals(
        JsonParser.parseString(
            "{\"title\":\"Follow up with customer\",\"description\":\"Call about pricing\","
                + "\"dueDate\":\"2025-10-25\",\"dueTime\":\"14:30\","
                + "\"timezone\":\"America/Santiago\",\"responsibleIds\":[\""
                + U1
                + "\"],\"priority\":\"2\"}"),
        JsonParser.parseString(r.getBody().utf8()));
    assertEquals(ID, t.id());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"LOW, 0", "NORMAL, 1", "HIGH, 2", "URGENT, 2"})
  void create_whenPriorityGiven_sendsVambesValue(TaskPriority priority, String wire)
      throws Exception {
    enqueue(201, FULL_TASK);

    tasks.create(
        NewTask.builder("t")
            .priority(priority)
            .due(DueSpec.onDay(LocalDate.of(2025, 10, 28)))
            .assignee(U1)
            .build());

    assertEquals(
        JsonParser.parseString(
            "{\"title\":\"t\",\"dueDate\":\"2025-10-28\",\"responsibleIds\":[\""
                + U1
                + "\"],\"priority\":\""
                + wire
                + "\"}"),
        JsonParser.parseString(take().getBody().utf8()));
  }

  static List<Arguments> invalidCreates() {
    return List.of(
        Arguments.of("priority", NewTask.builder("t").assignee(U1).build()),
        Arguments.of("assignees", NewTask.builder("t").priority(TaskPriority.LOW).build()),
        Arguments.of(
            "responsibleIds[0]",
            NewTask.builder("t").priority(TaskPriority.LOW).assignee("user-1").build()),
        Arguments.of(
            "projectId",
            NewTask.builder("t").priority(TaskPriority.LOW).assignee(U1).projectId("p").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCreates")
  void create_whenVendorRequiredFieldMissing_throwsNamingItBeforeAnyRequest(
      String field, NewTask task) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tasks.create(task));

    assertTrue(e.getMessage().contains(field), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  // ---- update, move, assign, delete -----------------------------------------------------------

  @Test
  void update_whenDueCleared_sendsAnExplicitDueDateNull() throws Exception {
    enqueue(200, FULL_TASK);

    Task t = tasks.update(ID, TaskUpdate.builder().clearDue().build());

    RecordedRequest r = take();
    assertEquals("PUT", r.getMethod());
    assertEquals("/api/public/tasks/" + ID, r.getTarget());
    assertEquals("{\"dueDate\":null}", r.getBody().utf8());
    assertEquals(ID, t.id());
  }

  @Test
  void update_whenEveryFieldSet_sendsEachAsVambeExpects() throws Exception {
    enqueue(200, FULL_TASK);

    tasks.update(
        ID,
        TaskUpdate.builder()
            .title("New")
            .clearDescription()
            .priority(TaskPriority.NORMAL)
            .due(DueSpec.at(LocalDate.of(2025, 11, 2), LocalTime.of(9, 5), ZoneOffset.UTC))
            .assignees(List.of(U2))
            .build());

    assertEquals(
        "{\"title\":\"New\",\"description\":null,\"dueDate\":\"2025-11-02\","
            + "\"dueTime\":\"09:05\",\"timezone\":\"UTC\",\"responsibleIds\":[\""
            + U2
            + "\"],\"priority\":\"1\"}",
        take().getBody().utf8());
  }

  @Test
  void update_whenAllDayDueSet_clearsTheTime() throws Exception {
    enqueue(200, FULL_TASK);

    tasks.update(ID, TaskUpdate.builder().due(DueSpec.onDay(LocalDate.of(2025, 12, 1))).build());

    assertEquals("{\"dueDate\":\"2025-12-01\",\"dueTime\":null}", take().getBody().utf8());
  }

  @Test
  void update_whenTaskIdIsNotAUuid_throwsBeforeAnyRequest() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> tasks.update("task-1", TaskUpdate.builder().title("x").build()));

    assertTrue(e.getMessage().contains("taskId"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void move_whenStatusNameGiven_sendsItAsNewStatusName() throws Exception {
    enqueue(200, FULL_TASK);

    Task t = tasks.move(ID, "En Progreso").orElseThrow();

    RecordedRequest r = take();
    assertEquals("PUT", r.getMethod());
    assertEquals("/api/public/tasks/" + ID, r.getTarget());
    assertEquals("{\"newStatusName\":\"En Progreso\"}", r.getBody().utf8());
    assertEquals(TaskStatus.IN_PROGRESS, t.status());
  }

  @Test
  void assign_whenIdsGiven_replacesResponsibleIds() throws Exception {
    enqueue(200, FULL_TASK);

    tasks.assign(ID, List.of(U1, U2));

    assertEquals("{\"responsibleIds\":[\"" + U1 + "\",\"" + U2 + "\"]}", take().getBody().utf8());
  }

  @Test
  void delete_whenCalled_sendsDelete() throws Exception {
    enqueue(200, "{\"status\":\"success\"}");

    tasks.delete(ID);

    RecordedRequest r = take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/api/public/tasks/" + ID, r.getTarget());
  }

  @Test
  void delete_whenVendorSays404_surfacesTheCoreException() {
    enqueue(404, "{\"statusCode\":404,\"message\":\"Task not found\",\"error\":\"Not Found\"}");

    NotFoundException e = assertThrows(NotFoundException.class, () -> tasks.delete(ID));

    assertEquals("Not Found", e.errorCode().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(
      value = Capability.class,
      names = {"GET", "COMPLETE", "SKIP", "CANCEL", "CLAIM"})
  void capabilities_whenUnsupportedOperation_reportsUnsupported(Capability c) {
    assertEquals(Support.UNSUPPORTED, tasks.capabilities().support(c));
    assertFalse(tasks.capabilities().supports(c));
  }

  // ---- invalid responses: a task without id, or a body of JSON null ---------------------------

  static Stream<Arguments> taskWithoutId() {
    return Stream.of(
        Arguments.of("{\"title\":\"no id\",\"priority\":\"low\"}", "task without id"),
        Arguments.of("{\"id\":\"\",\"priority\":\"low\"}", "task without id"),
        Arguments.of("null", "null"));
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void update_whenTheTaskHasNoIdOrTheBodyIsNull_throwsInvalidResponseException(
      String body, String excerpt) throws Exception {
    enqueue(200, body);

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> tasks.update(ID, TaskUpdate.builder().title("x").build()));

    assertInvalid(e, Vendor.VAMBE, "updateTask", excerpt);
    RecordedRequest r = take();
    assertEquals("PUT", r.getMethod());
    assertEquals("/api/public/tasks/" + ID, r.getTarget());
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void list_whenAListedTaskHasNoIdOrIsNull_throwsInvalidResponseException(
      String item, String excerpt) throws Exception {
    enqueue(200, "[" + FULL_TASK + "," + item + "]");

    InvalidResponseException e = listFailure(() -> tasks.list(TaskQuery.all()).forEach(t -> {}));

    assertInvalid(e, Vendor.VAMBE, "listTasks", excerpt);
    assertEquals("/api/public/tasks?fromDate=2024-10-15&toDate=2026-10-15", take().getTarget());
  }

  @Test
  void list_whenTheBodyIsNull_throwsInvalidResponseException() throws Exception {
    enqueue(200, "null");

    InvalidResponseException e = listFailure(() -> tasks.list(TaskQuery.all()).forEach(t -> {}));

    assertInvalid(e, Vendor.VAMBE, "listTasks", "null");
    assertEquals("/api/public/tasks?fromDate=2024-10-15&toDate=2026-10-15", take().getTarget());
  }
}
