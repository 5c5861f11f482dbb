package dev.tasksdk.agenttasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.model.ErrorResponse;
import dev.tasksdk.agenttasks.model.Task;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.BadRequestException;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.ConflictException;
import dev.tasksdk.core.ForbiddenException;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.UnauthorizedException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
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
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation's exact wire request and decoded response, errors, paging and configuration. */
class AgentTasksClientTest {
  private static final String KEY = "sk-SENTINEL-123";

  private static final String TASK =
      "{\"id\":\"cmabc123\",\"title\":\"Summarize Q1 reports\",\"description\":\"Read attached"
          + " reports...\",\"status\":\"in_progress\",\"priority\":\"high\",\"assignedAgentId\":"
          + "\"cm_agent_xyz\",\"projectId\":\"cmproject_abc\",\"result\":null,\"createdAt\":"
          + "\"2025-01-15T10:00:00Z\",\"updatedAt\":\"2025-01-15T10:05:00+01:00\"}";

  private MockWebServer server;
  private AgentTasksClient client;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start();
    client = newClient(0);
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
  }

  private AgentTasksClient newClient(int maxRetries) {
    return AgentTasksClient.builder()
        .options(
            ClientOptions.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build())
        .baseUrl(server.url("/").toString())
        .apiKey(KEY)
        .teamId("team_1")
        .maxRetries(maxRetries)
        .build();
  }

  private void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertTrue(r != null, "no request was sent");
    return r;
  }

  private static void assertCommonHeaders(RecordedRequest r) {
    assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    assertTrue(
        r.getHeaders().get("User-Agent").startsWith("tasksdk-agenttasks/"),
        r.getHeaders().get("User-Agent"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
  }

  private static void assertTask(Task t) {
    assertEquals("cmabc123", t.getId());
    assertEquals("Summarize Q1 reports", t.getTitle());
    assertEquals("Read attached reports...", t.getDescription());
    assertEquals("in_progress", t.getStatus());
    assertEquals("high", t.getPriority());
    assertEquals("cm_agent_xyz", t.getAssignedAgentId());
    assertEquals("cmproject_abc", t.getProjectId());
    assertNull(t.getResult());
    assertEquals(OffsetDateTime.parse("2025-01-15T10:00:00Z"), t.getCreatedAt());
    assertEquals(
        OffsetDateTime.parse("2025-01-15T10:05:00+01:00").toInstant(),
        t.getUpdatedAt().toInstant());
  }

  // ---- operations on the wire ------------------------------------------------------------------

  @Test
  void listTasks_whenAllFiltersSet_sendsExactQueryAndDecodesArray() throws Exception {
    enqueue(200, "[" + TASK + "]");

    List<Task> tasks =
        client.listTasks(
            ListTasksParams.builder()
                .status("in_progress")
                .projectId("cmproject_abc")
                .agentId("agent 1")
                .limit(10)
                .cursor("cm_last")
                .build());

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals(
        "/api/teams/team_1/tasks?status=in_progress&projectId=cmproject_abc&agentId=agent%201"
            + "&limit=10&cursor=cm_last",
        r.getTarget());
    assertCommonHeaders(r);
    assertEquals(1, tasks.size());
    assertTask(tasks.get(0));
  }

  @Test
  void listTasks_whenNoFilters_sendsNoQueryString() throws Exception {
    enqueue(200, "[]");

    assertTrue(client.listTasks(ListTasksParams.builder().build()).isEmpty());

    assertEquals("/api/teams/team_1/tasks", take().getTarget());
  }

  @Test
  void listTasks_whenVendorSendsUnknownStatus_keepsTheWord() throws Exception {
    enqueue(200, "[{\"id\":\"t1\",\"status\":\"paused\",\"priority\":\"urgent\",\"extra\":1}]");

    Task t = client.listTasks(ListTasksParams.builder().build()).get(0);

    assertEquals("paused", t.getStatus());
    assertEquals("urgent", t.getPriority());
  }

  @Test
  void createTask_whenValid_postsExactBodyToTeam() throws Exception {
    enqueue(201, TASK);

    Task t =
        client.createTask(
            CreateTaskParams.builder()
                .title("Summarize Q1 reports")
                .description("Read attached reports")
                .projectId("cmproject_abc")
                .assignedAgentId("cm_agent_xyz")
                .priority("high")
                .build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/teams/team_1/tasks", r.getTarget());
    assertCommonHeaders(r);
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals(
        "{\"title\":\"Summarize Q1 reports\",\"description\":\"Read attached reports\","
            + "\"projectId\":\"cmproject_abc\",\"assignedAgentId\":\"cm_agent_xyz\","
            + "\"priority\":\"high\"}",
        r.getBody().utf8());
    assertTask(t);
  }

  @Test
  void createTask_whenOnlyRequiredFields_sendsThoseAndTheSpecDefaultPriority() throws Exception {
    enqueue(201, TASK);

    client.createTask(CreateTaskParams.builder().title("T").projectId("p").build());

    assertEquals(
        "{\"title\":\"T\",\"projectId\":\"p\",\"priority\":\"normal\"}", take().getBody().utf8());
  }

  @Test
  void getTask_whenFound_sendsGetToTaskPath() throws Exception {
    enqueue(200, TASK);

    Task t = client.getTask("cmabc123");

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/api/tasks/cmabc123", r.getTarget());
    assertCommonHeaders(r);
    assertTask(t);
  }

  @Test
  void getTask_whenIdHasSlash_isRefusedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.getTask("a/../b"));

    assertTrue(e.getMessage().startsWith("taskId "), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getTask_whenIdNeedsEscaping_encodesItInThePath() throws Exception {
    enqueue(200, TASK);

    client.getTask("a b?");

    assertEquals("/api/tasks/a%20b%3F", take().getTarget());
  }

  @Test
  void updateTask_whenFieldsSet_patchesExactlyThoseFields() throws Exception {
    enqueue(200, TASK);

    Task t =
        client.updateTask(
            "cmabc123",
            UpdateTaskParams.builder()
                .title("New title")
                .description("Updated instructions...")
                .projectId("p2")
                .assignedAgentId("agent_2")
                .priority("low")
                .build());

    RecordedRequest r = take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/api/tasks/cmabc123", r.getTarget());
    assertCommonHeaders(r);
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals(
        "{\"title\":\"New title\",\"description\":\"Updated instructions...\",\"projectId\":"
            + "\"p2\",\"assignedAgentId\":\"agent_2\",\"priority\":\"low\"}",
        r.getBody().utf8());
    assertTask(t);
  }

  @Test
  void updateTask_whenUnassigning_sendsExplicitNull() throws Exception {
    enqueue(200, TASK);

    client.updateTask(
        "cmabc123", UpdateTaskParams.builder().description("x").clearAssignedAgentId().build());

    assertEquals("{\"description\":\"x\",\"assignedAgentId\":null}", take().getBody().utf8());
  }

  @Test
  void claimTask_whenClaimable_postsWithoutBody() throws Exception {
    enqueue(200, TASK);

    Task t = client.claimTask("cmabc123");

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/tasks/cmabc123/claim", r.getTarget());
    assertCommonHeaders(r);
    assertEquals(0, r.getBodySize());
    assertTask(t);
  }

  @Test
  void completeTask_whenResultGiven_postsResult() throws Exception {
    enqueue(200, TASK.replace("\"result\":null", "\"result\":\"Summary\""));

    Task t =
        client.completeTask(
            "cmabc123",
            CompleteTaskParams.builder()
                .result("Executive summary: Q1 revenue grew 15%...")
                .build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/tasks/cmabc123/complete", r.getTarget());
    assertCommonHeaders(r);
    assertEquals("{\"result\":\"Executive summary: Q1 revenue grew 15%...\"}", r.getBody().utf8());
    assertEquals("Summary", t.getResult());
  }

  @Test
  void completeTask_whenNoResult_postsEmptyObject() throws Exception {
    enqueue(200, TASK);

    client.completeTask("cmabc123");

    assertEquals("{}", take().getBody().utf8());
  }

  @Test
  void moveTask_whenStatusValid_postsStatus() throws Exception {
    enqueue(200, TASK);

    Task t = client.moveTask("cmabc123", MoveTaskParams.builder().status("cancelled").build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/tasks/cmabc123/move", r.getTarget());
    assertCommonHeaders(r);
    assertEquals("{\"status\":\"cancelled\"}", r.getBody().utf8());
    assertTask(t);
  }

  @Test
  void requestOptions_whenHeaderGiven_sendsIt() throws Exception {
    enqueue(200, TASK);

    client.getTask("cmabc123", RequestOptions.builder().header("X-Trace", "t-1").build());

    RecordedRequest r = take();
    assertEquals("t-1", r.getHeaders().get("X-Trace"));
    assertCommonHeaders(r);
  }

  // ---- errors ----------------------------------------------------------------------------------

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(400, "VALIDATION_ERROR", "Invalid request body", BadRequestException.class),
        Arguments.of(401, "UNAUTHORIZED", "Unauthorized", UnauthorizedException.class),
        Arguments.of(
            403,
            "NOT_ASSIGNED_AGENT",
            "You are not the assigned agent for this task",
            ForbiddenException.class),
        Arguments.of(404, "NOT_FOUND", "Resource not found", NotFoundException.class),
        Arguments.of(409, "TASK_ALREADY_CLAIMED", "Task already claimed", ConflictException.class),
        Arguments.of(409, "TASK_NOT_CLAIMABLE", "Task is not claimable", ConflictException.class),
        Arguments.of(429, "RATE_LIMITED", "Too many requests", RateLimitedException.class),
        Arguments.of(500, "INTERNAL", "boom", ServerErrorException.class));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void claimTask_whenVendorErrorBody_throwsTypedExceptionWithCode(
      int status, String code, String message, Class<? extends ServiceException> type) {
    enqueue(
        status,
        "{\"error\":\"" + message + "\",\"code\":\"" + code + "\",\"statusCode\":" + status + "}");

    ServiceException e = assertThrows(type, () -> client.claimTask("cmabc123"));

    assertEquals(status, e.statusCode());
    assertEquals(code, e.errorCode().orElseThrow());
    assertEquals(message, e.detail().orElseThrow());
    assertEquals("claimTask", e.operation());
    ErrorResponse body = e.error(ErrorResponse.class).orElseThrow();
    assertEquals(status, body.getStatusCode());
    assertTrue(e.getMessage().contains(code), e.getMessage());
  }

  @Test
  void getTask_whenErrorBodyIsNotJson_throwsWithoutCode() {
    enqueue(502, "<html>Bad gateway</html>");

    ServerErrorException e =
        assertThrows(ServerErrorException.class, () -> client.getTask("cmabc123"));

    assertFalse(e.errorCode().isPresent());
    assertEquals("<html>Bad gateway</html>", e.rawBody());
  }

  @Test
  void getTask_whenSuccessBodyIsGarbage_throwsInvalidResponse() {
    enqueue(200, "{\"id\": [1, 2");

    assertThrows(InvalidResponseException.class, () -> client.getTask("cmabc123"));
  }

  @Test
  void getTask_whenErrorEchoesTheKey_neverShowsIt() {
    enqueue(401, "{\"error\":\"bad token " + KEY + "\",\"code\":\"UNAUTHORIZED\"}");

    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> client.getTask("cmabc123"));

    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertFalse(e.rawBody().contains(KEY), e.rawBody());
    assertFalse(e.detail().orElse("").contains(KEY));
  }

  // ---- validation before any request ----------------------------------------------------------

  static Stream<Arguments> invalidCalls() {
    return Stream.of(
        Arguments.of("limit", (Executable) () -> ListTasksParams.builder().limit(0).build()),
        Arguments.of("limit", (Executable) () -> ListTasksParams.builder().limit(101).build()),
        Arguments.of("status", (Executable) () -> ListTasksParams.builder().status("open").build()),
        Arguments.of(
            "projectId", (Executable) () -> ListTasksParams.builder().projectId(" ").build()),
        Arguments.of("agentId", (Executable) () -> ListTasksParams.builder().agentId("").build()),
        Arguments.of(
            "priority", (Executable) () -> UpdateTaskParams.builder().priority("urgent").build()),
        Arguments.of(
            "update changes nothing", (Executable) () -> UpdateTaskParams.builder().build()),
        Arguments.of("title", (Executable) () -> UpdateTaskParams.builder().title(" ").build()));
  }

  @ParameterizedTest
  @MethodSource("invalidCalls")
  void params_whenInvalid_throwNamingTheField(String field, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);

    assertTrue(e.getMessage().contains(field), e.getMessage());
  }

  @Test
  void operations_whenArgumentsInvalid_throwBeforeAnyRequest() {
    assertThrows(
        IllegalArgumentException.class,
        () -> client.createTask(CreateTaskParams.builder().title("T").build()),
        "projectId");
    IllegalArgumentException noTitle =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.createTask(CreateTaskParams.builder().projectId("p").build()));
    assertTrue(noTitle.getMessage().contains("title"));
    IllegalArgumentException noProject =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.createTask(CreateTaskParams.builder().title("T").projectId(" ").build()));
    assertTrue(noProject.getMessage().contains("projectId"));
    IllegalArgumentException badStatus =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.moveTask("t", MoveTaskParams.builder().status("open").build()));
    assertTrue(badStatus.getMessage().contains("status"));
    assertThrows(IllegalArgumentException.class, () -> client.getTask(" "));
    assertThrows(NullPointerException.class, () -> client.claimTask(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> client.completeTaskAsync("", CompleteTaskParams.builder().result("r").build()));
    assertThrows(NullPointerException.class, () -> client.listTasks((ListTasksParams) null));

    assertEquals(0, server.getRequestCount());
  }

  @Test
  void listTasks_whenNoTeamConfigured_throwsIllegalStateBeforeAnyRequest() {
    try (AgentTasksClient noTeam =
        AgentTasksClient.builder().baseUrl(server.url("/").toString()).apiKey(KEY).build()) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> noTeam.listTasks(ListTasksParams.builder().build()));
      assertTrue(e.getMessage().contains("teamId"));
      assertThrows(
          IllegalStateException.class,
          () -> noTeam.createTask(CreateTaskParams.builder().title("T").projectId("p").build()));
    }
    assertEquals(0, server.getRequestCount());
  }

  // ---- paging ----------------------------------------------------------------------------------

  private static String tasks(String... ids) {
    return Stream.of(ids)
        .map(id -> "{\"id\":\"" + id + "\",\"status\":\"todo\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void listTasksAutoPaging_whenThreePages_followsLastIdCursorAndStopsAtShortPage()
      throws Exception {
    enqueue(200, tasks("a", "b"));
    enqueue(200, tasks("c", "d"));
    enqueue(200, tasks("e"));

    List<String> ids = new ArrayList<>();
    for (Task t :
        client.listTasksAutoPaging(ListTasksParams.builder().status("todo").limit(2).build())) {
      ids.add(t.getId());
    }

    assertEquals(List.of("a", "b", "c", "d", "e"), ids);
    assertEquals("/api/teams/team_1/tasks?status=todo&limit=2", take().getTarget());
    assertEquals("/api/teams/team_1/tasks?status=todo&limit=2&cursor=b", take().getTarget());
    assertEquals("/api/teams/team_1/tasks?status=todo&limit=2&cursor=d", take().getTarget());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void listTasksAutoPaging_whenLastPageIsFull_asksOnceMoreAndGetsEmpty() throws Exception {
    enqueue(200, tasks("a", "b"));
    enqueue(200, "[]");

    assertEquals(
        2, client.listTasksAutoPaging(ListTasksParams.builder().limit(2).build()).stream().count());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void listTasksAutoPaging_whenPageFails_resumesFromTokenWithoutLossOrRepeat() throws Exception {
    enqueue(200, tasks("a", "b"));
    enqueue(500, "{\"error\":\"boom\",\"code\":\"INTERNAL\"}");
    enqueue(200, tasks("c"));
    ListTasksParams params = ListTasksParams.builder().limit(2).build();

    List<String> seen = new ArrayList<>();
    Iterator<Task> it = client.listTasksAutoPaging(params).iterator();
    PageFailedException failure =
        assertThrows(
            PageFailedException.class,
            () -> {
              while (it.hasNext()) {
                seen.add(it.next().getId());
              }
            });
    assertInstanceOf(ServerErrorException.class, failure.getCause());
    assertEquals("b", failure.resumeToken().value());

    for (Task t :
        client.listTasksAutoPaging(
            params.toBuilder().cursor(failure.resumeToken().value()).build())) {
      seen.add(t.getId());
    }

    assertEquals(List.of("a", "b", "c"), seen);
    take();
    take();
    assertEquals("/api/teams/team_1/tasks?limit=2&cursor=b", take().getTarget());
  }

  @Test
  void listTasksAutoPaging_whenCursorRepeats_stopsWithError() {
    enqueue(200, tasks("a"));
    enqueue(200, tasks("a"));
    enqueue(200, tasks("a"));

    Iterator<Task> it =
        client.listTasksAutoPaging(ListTasksParams.builder().limit(1).build()).iterator();
    it.next();
    it.next();

    TaskSdkException e = assertThrows(TaskSdkException.class, it::hasNext);
    assertTrue(e.getMessage().contains("a second time"), e.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  // ---- retries ---------------------------------------------------------------------------------

  @Test
  void moveTask_when503_isRetriedBecauseAbsolute() throws Exception {
    try (AgentTasksClient retrying = newClient(1)) {
      enqueue(503, "{\"error\":\"unavailable\"}");
      enqueue(200, TASK);

      assertEquals(
          "cmabc123",
          retrying.moveTask("cmabc123", MoveTaskParams.builder().status("done").build()).getId());
      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void updateTask_when503_isRetried() throws Exception {
    try (AgentTasksClient retrying = newClient(1)) {
      enqueue(503, "{\"error\":\"unavailable\"}");
      enqueue(200, TASK);

      retrying.updateTask("cmabc123", UpdateTaskParams.builder().title("T").build());
      assertEquals(2, server.getRequestCount());
      take();
      assertEquals("{\"title\":\"T\"}", take().getBody().utf8());
    }
  }

  @Test
  void claimAndComplete_when503_areNotRetried() {
    try (AgentTasksClient retrying = newClient(2)) {
      enqueue(503, "{\"error\":\"unavailable\"}");
      enqueue(503, "{\"error\":\"unavailable\"}");
      enqueue(503, "{\"error\":\"unavailable\"}");

      assertThrows(ServerErrorException.class, () -> retrying.claimTask("t"));
      assertThrows(
          ServerErrorException.class,
          () -> retrying.completeTask("t", CompleteTaskParams.builder().result("r").build()));
      assertThrows(
          ServerErrorException.class,
          () -> retrying.createTask(CreateTaskParams.builder().title("T").projectId("p").build()));
      assertEquals(3, server.getRequestCount());
    }
  }

  // ---- async and raw ---------------------------------------------------------------------------

  @Test
  void getTaskAsync_whenFound_completesWithTask() throws Exception {
    enqueue(200, TASK);

    Task t = client.getTaskAsync("cmabc123").get(5, TimeUnit.SECONDS);

    assertTask(t);
    assertEquals("/api/tasks/cmabc123", take().getTarget());
  }

  @Test
  void asyncTwins_whenCalled_sendTheSameRequests() throws Exception {
    for (int i = 0; i < 6; i++) {
      enqueue(200, i == 0 ? "[" + TASK + "]" : TASK);
    }

    assertEquals(1, client.listTasksAsync(ListTasksParams.builder().build()).get().size());
    client.createTaskAsync(CreateTaskParams.builder().title("T").projectId("p").build()).get();
    client.updateTaskAsync("x", UpdateTaskParams.builder().clearAssignedAgentId().build()).get();
    client.claimTaskAsync("x").get();
    client.completeTaskAsync("x", CompleteTaskParams.builder().result(null).build()).get();
    client.moveTaskAsync("x", MoveTaskParams.builder().status("todo").build()).get();

    assertEquals("GET /api/teams/team_1/tasks", line(take()));
    assertEquals(
        "POST /api/teams/team_1/tasks {\"title\":\"T\",\"projectId\":\"p\",\"priority\":\"normal\"}",
        line(take()));
    assertEquals("PATCH /api/tasks/x {\"assignedAgentId\":null}", line(take()));
    assertEquals("POST /api/tasks/x/claim ", line(take()));
    assertEquals("POST /api/tasks/x/complete {}", line(take()));
    assertEquals("POST /api/tasks/x/move {\"status\":\"todo\"}", line(take()));
  }

  private static String line(RecordedRequest r) {
    String body = r.getBody() == null ? "" : r.getBody().utf8();
    return r.getMethod() + " " + r.getTarget() + (r.getMethod().equals("GET") ? "" : " " + body);
  }

  @Test
  void getTaskAsync_whenNotFound_failsWithNotFound() {
    enqueue(404, "{\"error\":\"Resource not found\",\"code\":\"NOT_FOUND\",\"statusCode\":404}");

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> client.getTaskAsync("missing").get());

    NotFoundException nf = assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals("NOT_FOUND", nf.errorCode().orElseThrow());
  }

  @Test
  void withRawResponse_whenCalled_exposesStatusHeadersAndRequestId() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .setHeader("Content-Type", "application/json")
            .setHeader("x-request-id", "req-42")
            .setHeader("X-RateLimit-Remaining", "119")
            .body(TASK)
            .build());

    ApiResponse<Task> r =
        client
            .withRawResponse()
            .createTask(CreateTaskParams.builder().title("T").projectId("p").build());

    assertEquals(201, r.statusCode());
    assertEquals("req-42", r.requestId().orElseThrow());
    assertEquals("119", r.headers().get("X-RateLimit-Remaining"));
    assertTask(r.body());
  }

  @Test
  void withRawResponse_whenEveryOperation_returnsBodies() throws Exception {
    enqueue(200, "[]");
    for (int i = 0; i < 5; i++) {
      enqueue(200, TASK);
    }
    AgentTasksClient.WithRawResponse raw = client.withRawResponse();

    assertEquals(List.of(), raw.listTasks(ListTasksParams.builder().build()).body());
    assertEquals("cmabc123", raw.getTask("x").body().getId());
    assertEquals(
        200, raw.updateTask("x", UpdateTaskParams.builder().title("T").build()).statusCode());
    assertEquals(200, raw.claimTask("x").statusCode());
    assertEquals(
        200, raw.completeTask("x", CompleteTaskParams.builder().result("r").build()).statusCode());
    assertEquals(
        200, raw.moveTask("x", MoveTaskParams.builder().status("done").build()).statusCode());
    assertEquals(6, server.getRequestCount());
  }

  // ---- configuration ---------------------------------------------------------------------------

  @Test
  void fromEnv_whenKeyMissing_throwsNamingTheVariable() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AgentTasksClient.fromEnv(Map.of("AGENTTASKS_TEAM_ID", "t")));

    assertTrue(e.getMessage().contains("AGENTTASKS_API_KEY"), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> AgentTasksClient.fromEnv(Map.of("AGENTTASKS_API_KEY", "  ")));
  }

  @Test
  void fromEnv_whenAllSet_usesKeyBaseUrlAndTeam() throws Exception {
    enqueue(200, "[]");
    try (AgentTasksClient env =
        AgentTasksClient.fromEnv(
            Map.of(
                "AGENTTASKS_API_KEY",
                KEY,
                "AGENTTASKS_BASE_URL",
                server.url("/").toString(),
                "AGENTTASKS_TEAM_ID",
                "team_env"))) {
      env.listTasks(ListTasksParams.builder().build());

      assertEquals("team_env", env.teamId().orElseThrow());
      RecordedRequest r = take();
      assertEquals("/api/teams/team_env/tasks", r.getTarget());
      assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    }
  }

  @Test
  void builder_whenEnvAndRetrySettingsGivenOnTheBuilder_appliesThem() throws Exception {
    enqueue(503, "{}");
    enqueue(200, "[]");
    try (AgentTasksClient env =
        AgentTasksClient.builder()
            .fromEnv(
                Map.of(
                    "AGENTTASKS_API_KEY",
                    KEY,
                    "AGENTTASKS_BASE_URL",
                    server.url("/").toString(),
                    "AGENTTASKS_TEAM_ID",
                    "team_env"))
            .initialBackoff(Duration.ZERO)
            .maxBackoff(Duration.ZERO)
            .retryBudget(Duration.ofSeconds(10))
            .maxRetries(1)
            .build()) {
      env.listTasks(ListTasksParams.builder().build());

      assertEquals("/api/teams/team_env/tasks", take().getTarget());
      assertEquals("/api/teams/team_env/tasks", take().getTarget());
      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void builder_whenNoBaseUrl_usesProductionServer() {
    try (AgentTasksClient prod = AgentTasksClient.builder().apiKey(KEY).build()) {
      assertEquals("https://app.agenttasks.net/", prod.baseUrl());
      assertFalse(prod.teamId().isPresent());
    }
  }

  @Test
  void toString_whenCalled_showsVendorAndBaseUrlButNeverTheKey() {
    String s = client.toString();

    assertTrue(s.contains("agenttasks"), s);
    assertTrue(s.contains(server.url("/").toString()), s);
    assertTrue(s.contains("team_1"), s);
    assertFalse(s.contains(KEY), s);
  }

  @Test
  void builder_whenKeyMissing_throwsNamingApiKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AgentTasksClient.builder().build());

    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
  }
}
