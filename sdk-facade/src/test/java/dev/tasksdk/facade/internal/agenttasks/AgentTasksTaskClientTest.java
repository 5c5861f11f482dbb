package dev.tasksdk.facade.internal.agenttasks;

import static dev.tasksdk.facade.internal.InvalidResponses.assertInvalid;
import static dev.tasksdk.facade.internal.InvalidResponses.listFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.ListingEvent;
import dev.tasksdk.core.event.Outcome;
import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.DueSpec;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Support;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.TaskUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The AgentTasks adapter: mapping tables, capability checks and the exact wire requests. */
class AgentTasksTaskClientTest {
  private static final String TASK =
      "{\"id\":\"cmabc123\",\"title\":\"Summarize Q1 reports\",\"description\":\"Read attached"
          + " reports...\",\"status\":\"in_progress\",\"priority\":\"high\",\"assignedAgentId\":"
          + "\"cm_agent_xyz\",\"projectId\":\"cmproject_abc\",\"result\":\"42\",\"createdAt\":"
          + "\"2025-01-15T10:00:00+02:00\",\"updatedAt\":\"2025-01-15T10:05:00Z\"}";

  private MockWebServer server;
  private AgentTasksClient vendor;
  private TaskClient client;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start();
    vendor =
        AgentTasksClient.builder()
            .baseUrl(server.url("/").toString())
            .apiKey("sk-SENTINEL-123")
            .teamId("team_1")
            .maxRetries(0)
            .build();
    client = AgentTasksTaskClients.create(vendor);
  }

  @AfterEach
  void tearDown() {
    vendor.close();
    server.close();
  }

  private void enqueue(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertTrue(r != null, "no request was sent");
    return r;
  }

  private static String task(String id, String status, String agent) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"Task "
        + id
        + "\",\"status\":\""
        + status
        + "\""
        + (agent == null ? "" : ",\"assignedAgentId\":\"" + agent + "\"")
        + "}";
  }

  private static String array(String... tasks) {
    return Stream.of(tasks).collect(Collectors.joining(",", "[", "]"));
  }

  // ---- mapping ---------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "todo, OPEN",
    "in_progress, IN_PROGRESS",
    "done, DONE",
    "cancelled, CANCELLED",
    "paused, UNKNOWN",
    "archived, UNKNOWN"
  })
  void toTask_whenStatusWord_mapsByTableAndKeepsWord(String word, TaskStatus expected) {
    Task t =
        AgentTasksMapping.toTask(
            new dev.tasksdk.agenttasks.model.Task().id("t").status(word), "getTask");

    assertEquals(expected, t.status());
    assertEquals(word, t.vendorStatus().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({"low, LOW", "normal, NORMAL", "high, HIGH", "urgent, UNKNOWN", "critical, UNKNOWN"})
  void toTask_whenPriorityWord_mapsByTableAndKeepsWord(String word, TaskPriority expected) {
    Task t =
        AgentTasksMapping.toTask(
            new dev.tasksdk.agenttasks.model.Task().id("t").priority(word), "getTask");

    assertEquals(expected, t.priority().orElseThrow());
    assertEquals(word, t.vendorPriority().orElseThrow());
  }

  @Test
  void toTask_whenEveryFieldSet_mapsThemWithInstantsInUtc() throws Exception {
    enqueue(TASK);

    Task t = client.get("cmabc123");

    assertEquals(Vendor.AGENTTASKS, t.vendor());
    assertEquals("cmabc123", t.id());
    assertEquals("agenttasks:cmabc123", t.ref());
    assertEquals("Summarize Q1 reports", t.title());
    assertEquals("Read attached reports...", t.description().orElseThrow());
    assertEquals(TaskStatus.IN_PROGRESS, t.status());
    assertEquals(TaskPriority.HIGH, t.priority().orElseThrow());
    assertEquals(List.of(Assignee.ofId("cm_agent_xyz")), t.assignees());
    assertEquals(Instant.parse("2025-01-15T08:00:00Z"), t.createdAt().orElseThrow());
    assertEquals(Instant.parse("2025-01-15T10:05:00Z"), t.updatedAt().orElseThrow());
    assertEquals("42", t.result().orElseThrow());
    assertFalse(t.due().isPresent());
    assertFalse(t.type().isPresent());
    assertFalse(t.contact().isPresent());
    assertFalse(t.completedAt().isPresent());
    assertEquals("cmproject_abc", t.raw(dev.tasksdk.agenttasks.model.Task.class).getProjectId());
    assertEquals("/api/tasks/cmabc123", take().getTarget());
  }

  @Test
  void toTask_whenOnlyIdPresent_leavesEveryOptionalEmpty() {
    enqueue("{\"id\":\"t\",\"title\":null,\"description\":null,\"assignedAgentId\":null}");

    Task t = client.get("t");

    assertEquals("", t.title());
    assertFalse(t.description().isPresent());
    assertEquals(TaskStatus.UNKNOWN, t.status());
    assertFalse(t.vendorStatus().isPresent());
    assertFalse(t.priority().isPresent());
    assertFalse(t.vendorPriority().isPresent());
    assertTrue(t.assignees().isEmpty());
    assertFalse(t.createdAt().isPresent());
    assertFalse(t.updatedAt().isPresent());
    assertFalse(t.result().isPresent());
    assertFalse(t.due().isPresent());
  }

  // ---- capabilities ----------------------------------------------------------------------------

  @Test
  void capabilities_whenRead_matchTheSpec() {
    assertSame(AgentTasksTaskClients.capabilities(), client.capabilities());
    for (Capability c :
        List.of(
            Capability.LIST,
            Capability.GET,
            Capability.CREATE,
            Capability.UPDATE,
            Capability.COMPLETE,
            Capability.CANCEL,
            Capability.CLAIM,
            Capability.MOVE,
            Capability.ASSIGN,
            Capability.FILTER_STATUS,
            Capability.FILTER_ASSIGNEE,
            Capability.FILTER_PROJECT)) {
      assertEquals(Support.NATIVE, client.capabilities().support(c), c.name());
    }
    assertEquals(Support.CLIENT_SIDE, client.capabilities().support(Capability.FILTER_TEXT));
    for (Capability c :
        List.of(
            Capability.SKIP,
            Capability.DELETE,
            Capability.FILTER_TYPE,
            Capability.FILTER_DUE_WINDOW,
            Capability.FILTER_CALL_SID,
            Capability.FILTER_USER_ID)) {
      assertEquals(Support.UNSUPPORTED, client.capabilities().support(c), c.name());
    }
    assertTrue(client.capabilities().requiredForList().isEmpty());
  }

  static Stream<Arguments> unsupported() {
    return Stream.of(
        Arguments.of("skip", (Executable) () -> AgentTasksTaskClientTest.current.skip("t")),
        Arguments.of("delete", (Executable) () -> AgentTasksTaskClientTest.current.delete("t")),
        Arguments.of(
            "filter_type",
            (Executable)
                () ->
                    AgentTasksTaskClientTest.current.list(
                        TaskQuery.builder().type("call").build())),
        Arguments.of(
            "filter_due_window",
            (Executable)
                () ->
                    AgentTasksTaskClientTest.current.list(
                        TaskQuery.builder().dueFrom(LocalDate.of(2025, 1, 1)).build())),
        Arguments.of(
            "filter_call_sid",
            (Executable)
                () ->
                    AgentTasksTaskClientTest.current.list(
                        TaskQuery.builder().callSid("CA1").build())),
        Arguments.of(
            "filter_user_id",
            (Executable)
                () ->
                    AgentTasksTaskClientTest.current.list(
                        TaskQuery.builder().userId("u1").build())));
  }

  private static TaskClient current;

  @ParameterizedTest
  @MethodSource("unsupported")
  void unsupportedOperation_whenCalled_throwsBeforeAnyRequest(String label, Executable call) {
    current = client;

    UnsupportedCapabilityException e = assertThrows(UnsupportedCapabilityException.class, call);

    assertEquals(Vendor.AGENTTASKS, e.vendor());
    assertEquals(label, e.operation());
    assertEquals(0, server.getRequestCount());
  }

  // ---- list ------------------------------------------------------------------------------------

  @Test
  void list_whenSingleStatusAssigneeProjectAndBigPage_sendsNativeFiltersCappedAt100()
      throws Exception {
    enqueue(array(task("a", "todo", "agent_1")));

    List<Task> tasks =
        client
            .list(
                TaskQuery.builder()
                    .status(TaskStatus.OPEN)
                    .assignee("agent_1")
                    .projectId("cmproject_abc")
                    .pageSize(500)
                    .build())
            .stream()
            .collect(Collectors.toList());

    assertEquals(1, tasks.size());
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals(
        "/api/teams/team_1/tasks?status=todo&projectId=cmproject_abc&agentId=agent_1&limit=100",
        r.getTarget());
    assertEquals("Bearer sk-SENTINEL-123", r.getHeaders().get("Authorization"));
  }

  @Test
  void list_whenSeveralStatusesAndAssignees_asksForAllAndFiltersOnClient() throws Exception {
    enqueue(
        array(
            task("a", "todo", "agent_1"),
            task("b", "done", "agent_2"),
            task("c", "in_progress", "agent_1"),
            task("d", "cancelled", "agent_3"),
            task("e", "todo", null)));

    List<String> ids =
        client
            .list(
                TaskQuery.builder()
                    .status(TaskStatus.OPEN, TaskStatus.DONE)
                    .assignee("agent_1", "agent_2")
                    .build())
            .stream()
            .map(Task::id)
            .collect(Collectors.toList());

    assertEquals(List.of("a", "b"), ids);
    assertEquals("/api/teams/team_1/tasks", take().getTarget());
  }

  @Test
  void list_whenOnlyStatusesAgentTasksCannotHave_returnsNothingWithoutRequest() {
    assertFalse(
        client
            .list(TaskQuery.builder().status(TaskStatus.SKIPPED, TaskStatus.FAILED).build())
            .iterator()
            .hasNext());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void list_whenTextFilter_matchesTitleAndDescriptionOnClient() throws Exception {
    enqueue(
        array(
            "{\"id\":\"a\",\"title\":\"Summarize Q1 reports\"}",
            "{\"id\":\"b\",\"title\":\"Other\",\"description\":\"the q1 numbers\"}",
            "{\"id\":\"c\",\"title\":\"Unrelated\"}"));

    List<String> ids =
        client.list(TaskQuery.builder().text("Q1").build()).stream()
            .map(Task::id)
            .collect(Collectors.toList());

    assertEquals(List.of("a", "b"), ids);
    assertEquals("/api/teams/team_1/tasks", take().getTarget());
  }

  @Test
  void list_whenThreePages_followsCursorThroughTheFacade() throws Exception {
    enqueue(array(task("a", "todo", null), task("b", "todo", null)));
    enqueue(array(task("c", "todo", null), task("d", "todo", null)));
    enqueue(array(task("e", "todo", null)));

    List<String> ids = new ArrayList<>();
    for (Task t : client.list(TaskQuery.builder().pageSize(2).build())) {
      ids.add(t.id());
    }

    assertEquals(List.of("a", "b", "c", "d", "e"), ids);
    assertEquals("/api/teams/team_1/tasks?limit=2", take().getTarget());
    assertEquals("/api/teams/team_1/tasks?limit=2&cursor=b", take().getTarget());
    assertEquals("/api/teams/team_1/tasks?limit=2&cursor=d", take().getTarget());
  }

  @Test
  void list_withListenerOnTheVendorClient_reportsTheFacadeListing() throws Exception {
    List<ListingEvent> listings = new CopyOnWriteArrayList<>();
    AgentTasksClient listened =
        AgentTasksClient.builder()
            .baseUrl(server.url("/").toString())
            .apiKey("sk-SENTINEL-123")
            .teamId("team_1")
            .maxRetries(0)
            .addListener(
                new TaskSdkListener() {
                  @Override
                  public void listingFinished(ListingEvent listing) {
                    listings.add(listing);
                  }
                })
            .build();
    enqueue(array(task("a", "todo", null), task("b", "done", null)));
    enqueue(array(task("c", "todo", null)));

    try (TaskClient facade = AgentTasksTaskClients.create(listened)) {
      List<String> ids = new ArrayList<>();
      facade.list(TaskQuery.builder().pageSize(2).build()).forEach(t -> ids.add(t.id()));
      assertEquals(List.of("a", "b", "c"), ids);
    } finally {
      listened.close();
    }

    assertEquals("/api/teams/team_1/tasks?limit=2", take().getTarget());
    assertEquals("/api/teams/team_1/tasks?limit=2&cursor=b", take().getTarget());
    ListingEvent facadeListing =
        listings.stream().filter(l -> l.source().equals("facade")).findFirst().orElseThrow();
    assertEquals(Vendor.AGENTTASKS, facadeListing.vendor());
    assertEquals("list", facadeListing.operation());
    assertEquals(2, facadeListing.pages());
    assertEquals(3, facadeListing.items());
    assertEquals(0, facadeListing.filteredOut());
    assertEquals(Outcome.SUCCESS, facadeListing.outcome());
  }

  @Test
  void list_whenMaxResultsReached_stopsFetching() {
    enqueue(array(task("a", "todo", null), task("b", "todo", null)));
    enqueue(array(task("c", "todo", null), task("d", "todo", null)));

    List<String> ids =
        client.list(TaskQuery.builder().pageSize(2).maxResults(3).build()).stream()
            .map(Task::id)
            .collect(Collectors.toList());

    assertEquals(List.of("a", "b", "c"), ids);
    assertEquals(2, server.getRequestCount());
  }

  // ---- create ----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"LOW, low", "NORMAL, normal", "HIGH, high", "URGENT, high"})
  void create_whenPriorityGiven_writesVendorWord(TaskPriority priority, String word)
      throws Exception {
    enqueue(TASK);

    Task t =
        client.create(
            NewTask.builder("Summarize Q1 reports")
                .description("Read attached reports")
                .projectId("cmproject_abc")
                .assignee("cm_agent_xyz")
                .priority(priority)
                .build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/teams/team_1/tasks", r.getTarget());
    assertEquals(
        "{\"title\":\"Summarize Q1 reports\",\"description\":\"Read attached reports\","
            + "\"projectId\":\"cmproject_abc\",\"assignedAgentId\":\"cm_agent_xyz\","
            + "\"priority\":\""
            + word
            + "\"}",
        r.getBody().utf8());
    assertEquals("cmabc123", t.id());
  }

  @Test
  void create_whenVendorRequirementsMissing_throwsNamingTheFieldBeforeAnyRequest() {
    IllegalArgumentException noProject =
        assertThrows(
            IllegalArgumentException.class, () -> client.create(NewTask.builder("T").build()));
    IllegalArgumentException twoAssignees =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.create(NewTask.builder("T").projectId("p").assignee("a1", "a2").build()));
    IllegalArgumentException due =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                client.create(
                    NewTask.builder("T")
                        .projectId("p")
                        .due(DueSpec.onDay(LocalDate.of(2025, 1, 1)))
                        .build()));

    assertTrue(noProject.getMessage().contains("projectId"), noProject.getMessage());
    assertTrue(twoAssignees.getMessage().contains("assignee"), twoAssignees.getMessage());
    assertTrue(due.getMessage().contains("due"), due.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  // ---- update ----------------------------------------------------------------------------------

  @Test
  void update_whenTitleClearedDescriptionPriorityAndUnassign_patchesExactBody() throws Exception {
    enqueue(TASK);

    client.update(
        "cmabc123",
        TaskUpdate.builder()
            .title("New")
            .clearDescription()
            .priority(TaskPriority.URGENT)
            .assignees(List.of())
            .build());

    RecordedRequest r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/api/tasks/cmabc123", r.getTarget());
    assertEquals(
        "{\"title\":\"New\",\"description\":\"\",\"assignedAgentId\":null,\"priority\":\"high\"}",
        r.getBody().utf8());
  }

  @Test
  void update_whenOneAssignee_setsAssignedAgentId() throws Exception {
    enqueue(TASK);

    client.update("x", TaskUpdate.builder().assignees(List.of("agent_9")).description("d").build());

    assertEquals(
        "{\"description\":\"d\",\"assignedAgentId\":\"agent_9\"}", take().getBody().utf8());
  }

  @Test
  void update_whenDueOrSeveralAssignees_throwsBeforeAnyRequest() {
    assertThrows(
        IllegalArgumentException.class,
        () -> client.update("x", TaskUpdate.builder().clearDue().build()));
    assertThrows(
        IllegalArgumentException.class,
        () -> client.update("x", TaskUpdate.builder().assignees(List.of("a", "b")).build()));
    assertEquals(0, server.getRequestCount());
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  @Test
  void complete_whenResultGiven_postsItAndReturnsTask() throws Exception {
    enqueue(TASK);

    Task t = client.complete("cmabc123", "the result").orElseThrow();

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/tasks/cmabc123/complete", r.getTarget());
    assertEquals("{\"result\":\"the result\"}", r.getBody().utf8());
    assertEquals("cmabc123", t.id());
  }

  @Test
  void complete_whenNoResult_postsEmptyObject() throws Exception {
    enqueue(TASK);

    client.complete("cmabc123", null);

    assertEquals("{}", take().getBody().utf8());
  }

  @Test
  void cancel_whenCalled_movesToCancelled() throws Exception {
    enqueue(TASK);

    assertTrue(client.cancel("cmabc123").isPresent());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/tasks/cmabc123/move", r.getTarget());
    assertEquals("{\"status\":\"cancelled\"}", r.getBody().utf8());
  }

  @Test
  void claim_whenCalled_postsToClaim() throws Exception {
    enqueue(TASK);

    assertEquals(TaskStatus.IN_PROGRESS, client.claim("cmabc123").orElseThrow().status());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/tasks/cmabc123/claim", r.getTarget());
    assertEquals(0, r.getBodySize());
  }

  @ParameterizedTest
  @CsvSource({
    "todo, todo",
    "open, todo",
    "OPEN, todo",
    "in_progress, in_progress",
    "in-progress, in_progress",
    "done, done",
    "DONE, done",
    "cancelled, cancelled"
  })
  void move_whenVendorWordOrNormalisedName_sendsVendorWord(String status, String word)
      throws Exception {
    enqueue(TASK);

    client.move("cmabc123", status);

    RecordedRequest r = take();
    assertEquals("/api/tasks/cmabc123/move", r.getTarget());
    assertEquals("{\"status\":\"" + word + "\"}", r.getBody().utf8());
  }

  @ParameterizedTest
  @CsvSource({"skipped", "failed", "unknown", "paused"})
  void move_whenStatusAgentTasksCannotSet_throwsBeforeAnyRequest(String status) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.move("cmabc123", status));

    assertTrue(e.getMessage().contains(status), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void assign_whenOneAgent_patchesAssignedAgentId() throws Exception {
    enqueue(TASK);

    client.assign("cmabc123", List.of("agent_7"));

    RecordedRequest r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/api/tasks/cmabc123", r.getTarget());
    assertEquals("{\"assignedAgentId\":\"agent_7\"}", r.getBody().utf8());
  }

  @Test
  void assign_whenSeveralAgents_throwsBeforeAnyRequest() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.assign("x", List.of("a", "b")));

    assertTrue(e.getMessage().contains("exactly one"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void create_whenFactoryGivenNull_throwsNamingClient() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> AgentTasksTaskClients.create(null));

    assertTrue(e.getMessage().contains("client"));
    assertInstanceOf(AgentTasksTaskClient.class, client);
  }

  // ---- invalid responses: a task without id, or a body of JSON null ---------------------------

  static Stream<Arguments> taskWithoutId() {
    return Stream.of(
        Arguments.of("{\"title\":\"no id\",\"status\":\"todo\"}", "task without id"),
        Arguments.of("{\"id\":\" \",\"status\":\"todo\"}", "task without id"),
        Arguments.of("null", "null"));
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void get_whenTheTaskHasNoIdOrTheBodyIsNull_throwsInvalidResponseException(
      String body, String excerpt) throws Exception {
    enqueue(body);

    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> client.get("cmabc123"));

    assertInvalid(e, Vendor.AGENTTASKS, "getTask", excerpt);
    assertEquals("/api/tasks/cmabc123", take().getTarget());
  }

  @ParameterizedTest
  @MethodSource("taskWithoutId")
  void list_whenAListedTaskHasNoIdOrIsNull_throwsInvalidResponseException(
      String item, String excerpt) throws Exception {
    enqueue(array(task("a", "todo", null), item));

    InvalidResponseException e = listFailure(() -> client.list(TaskQuery.all()).forEach(t -> {}));

    assertInvalid(e, Vendor.AGENTTASKS, "listTasks", excerpt);
    assertEquals("/api/teams/team_1/tasks", take().getTarget());
  }
}
