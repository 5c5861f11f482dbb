package dev.tasksdk.vambe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.BadRequestException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.RuntimeHooks;
import dev.tasksdk.vambe.model.DeleteTaskResponse;
import dev.tasksdk.vambe.model.ErrorResponse;
import dev.tasksdk.vambe.model.Task;
import dev.tasksdk.vambe.model.TeamMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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

/** {@link VambeClient} against MockWebServer: the exact requests on the wire and the decoding. */
class VambeClientTest {
  private static final String KEY = "sk-SENTINEL-123";
  private static final String TASK_ID = "123e4567-e89b-12d3-a456-426614174000";
  private static final String USER_1 = "228d7a0d-9072-4ca8-939b-959b75cc606a";
  private static final String USER_2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  private static final LocalDate OCT_1 = LocalDate.of(2025, 10, 1);
  private static final LocalDate OCT_31 = LocalDate.of(2025, 10, 31);

  private MockWebServer server;
  private VambeClient client;

  @BeforeEach
  void setUp() throws IOException {
    server = new MockWebServer();
    server.start(0);
    client = newClient(2);
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
  }

  private VambeClient newClient(int maxRetries) {
    return VambeClient.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/").toString())
        .maxRetries(maxRetries)
        .hooks(RuntimeHooks.builder().sleeper((d, c) -> true).build())
        .build();
  }

  private static String resource(String name) {
    try (InputStream in = VambeClientTest.class.getResourceAsStream("/payloads/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void enqueueJson(int code, String body) {
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

  private static void assertCommonHeaders(RecordedRequest r) {
    assertEquals(KEY, r.getHeaders().get("x-api-key"));
    assertNull(r.getHeaders().get("Authorization"));
    assertTrue(
        r.getHeaders().get("User-Agent").startsWith("tasksdk-vambe/"),
        r.getHeaders().get("User-Agent"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
  }

  private static void assertJsonBody(String expected, RecordedRequest r) {
    assertEquals(JsonParser.parseString(expected), JsonParser.parseString(r.getBody().utf8()));
  }

  private static ListTasksParams october() {
    return ListTasksParams.builder().fromDate(OCT_1).toDate(OCT_31).build();
  }

  // ---- listTasks -------------------------------------------------------------------------------

  @Test
  void listTasks_whenEveryParameterSet_sendsThemInTheVendorsWireFormat() throws Exception {
    enqueueJson(200, resource("spec-examples/listTasks-200-tasks.json"));

    List<Task> tasks =
        client.listTasks(
            october().toBuilder()
                .addResponsibleId(USER_1)
                .addResponsibleId(USER_2)
                .includeTasksWithoutDates(false)
                .searchFilter("pricing call")
                .build());

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals(
        "/api/public/tasks?fromDate=2025-10-01&toDate=2025-10-31"
            + "&responsibleIds%5B%5D="
            + USER_1
            + "&responsibleIds%5B%5D="
            + USER_2
            + "&includeTasksWithoutDates=false&searchFilter=pricing%20call",
        r.getTarget());
    assertCommonHeaders(r);
    assertEquals(0, r.getBodySize());
    assertEquals(2, tasks.size());
  }

  @Test
  void listTasks_whenOnlyTheWindowIsSet_sendsNoOptionalParameter() throws Exception {
    enqueueJson(200, "[]");

    List<Task> tasks = client.listTasks(october());

    assertEquals("/api/public/tasks?fromDate=2025-10-01&toDate=2025-10-31", take().getTarget());
    assertTrue(tasks.isEmpty());
  }

  @Test
  void listTasks_whenVendorAnswers_decodesEveryDocumentedField() {
    enqueueJson(200, resource("spec-examples/listTasks-200-tasks.json"));

    List<Task> tasks = client.listTasks(october());

    Task first = tasks.get(0);
    assertEquals(TASK_ID, first.getId());
    assertEquals("Follow up with customer", first.getTitle());
    assertEquals("Call customer regarding their inquiry about pricing", first.getDescription());
    assertEquals("America/Santiago", first.getDueTimezone());
    assertEquals(OffsetDateTime.of(2025, 10, 25, 14, 0, 0, 0, ZoneOffset.UTC), first.getDueAt());
    assertFalse(first.getIsAllDay());
    assertEquals(
        OffsetDateTime.of(2025, 10, 20, 10, 30, 0, 0, ZoneOffset.UTC), first.getCreatedAt());
    assertEquals("contact-uuid-123", first.getAiContactId());
    assertNull(first.getAiCustomerId());
    assertEquals("status-uuid-789", first.getTaskStatusConfigId());
    assertEquals("high", first.getPriority());
    assertEquals("user-uuid-456", first.getCreatorId());
    assertEquals(USER_1, first.getTaskResponsibles().get(0).getResponsibleId());
    assertEquals("Pendiente", first.getStatusConfig().getName());
    assertEquals("#60a5fa", first.getStatusConfig().getColor());
    assertEquals("initial", first.getStatusConfig().getType());
    assertEquals(1.0, first.getStatusConfig().getOrder().doubleValue());
    Task second = tasks.get(1);
    assertTrue(second.getIsAllDay());
    assertEquals("medium", second.getPriority());
    assertNull(second.getAiContactId());
  }

  @Test
  void listTasks_whenVendorSendsUnknownWordsAndNumericPriority_keepsThem() {
    enqueueJson(
        200,
        "[{\"id\":\"x\",\"priority\":2,\"status_config\":{\"type\":\"archived\"},\"extra\":1,"
            + "\"status_config_extra\":null}]");

    Task t = client.listTasks(october()).get(0);

    assertEquals("2", t.getPriority());
    assertEquals("archived", t.getStatusConfig().getType());
  }

  // ---- createTask ------------------------------------------------------------------------------

  @Test
  void createTask_whenTimed_postsTheExactBodyAndDecodesThe201() throws Exception {
    enqueueJson(201, resource("spec-examples/createTask-201-created.json"));

    Task created =
        client.createTask(
            CreateTaskParams.builder()
                .title("Follow up with customer")
                .description("Call customer regarding their inquiry about pricing")
                .dueDate(LocalDate.of(2025, 10, 25).toString())
                .dueTime("14:30")
                .timezone("America/Santiago")
                .addResponsibleId(USER_1.toUpperCase())
                .priority(Priority.HIGH.wireValue())
                .build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/public/tasks", r.getTarget());
    assertCommonHeaders(r);
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
    assertJsonBody(resource("spec-examples/createTask-request-timed.json"), r);
    assertEquals(TASK_ID, created.getId());
    assertEquals(OffsetDateTime.parse("2025-10-25T17:30:00.000Z"), created.getDueAt());
  }

  @Test
  void createTask_whenAllDayWithContact_sendsNoTimeFields() throws Exception {
    enqueueJson(201, resource("spec-examples/createTask-201-created.json"));

    client.createTask(
        CreateTaskParams.builder()
            .title("Prepare quarterly report")
            .dueDate("2025-10-28")
            .responsibleIds(List.of(USER_1))
            .aiContactId(USER_2)
            .priority(Priority.MEDIUM.wireValue())
            .build());

    assertJsonBody(
        "{\"title\":\"Prepare quarterly report\",\"dueDate\":\"2025-10-28\",\"responsibleIds\":[\""
            + USER_1
            + "\"],\"aiContactId\":\""
            + USER_2
            + "\",\"priority\":\"1\"}",
        take());
  }

  @Test
  void createTask_whenServerFails_isNotRetried() {
    enqueueJson(500, resource("spec-examples/createTask-500-internal_error.json"));
    enqueueJson(201, resource("spec-examples/createTask-201-created.json"));

    assertThrows(ServerErrorException.class, () -> client.createTask(minimalCreate()));

    assertEquals(1, server.getRequestCount());
  }

  private static CreateTaskParams minimalCreate() {
    return CreateTaskParams.builder()
        .title("t")
        .addResponsibleId(USER_1)
        .priority(Priority.LOW.wireValue())
        .build();
  }

  // ---- updateTask ------------------------------------------------------------------------------

  @Test
  void updateTask_whenDueDateCleared_sendsAnExplicitNull() throws Exception {
    enqueueJson(200, resource("spec-examples/updateTask-200-updated.json"));

    Task updated =
        client.updateTask(
            TASK_ID,
            UpdateTaskParams.builder()
                .clearDueDate()
                .responsibleIds(List.of(USER_1))
                .priority(Priority.LOW.wireValue())
                .build());

    RecordedRequest r = take();
    assertEquals("PUT", r.getMethod());
    assertEquals("/api/public/tasks/" + TASK_ID, r.getTarget());
    assertCommonHeaders(r);
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals(
        "{\"dueDate\":null,\"responsibleIds\":[\"" + USER_1 + "\"],\"priority\":\"0\"}",
        r.getBody().utf8());
    assertJsonBody(resource("spec-examples/updateTask-request-remove_due_date.json"), r);
    assertEquals("in_progress", updated.getStatusConfig().getType());
  }

  @Test
  void updateTask_whenOnlyStatusNameSet_sendsNothingElse() throws Exception {
    enqueueJson(200, resource("spec-examples/updateTask-200-updated.json"));

    client.updateTask(TASK_ID, UpdateTaskParams.builder().newStatusName("En Progreso").build());

    assertEquals("{\"newStatusName\":\"En Progreso\"}", take().getBody().utf8());
  }

  @Test
  void updateTask_whenEveryFieldSet_sendsEachOnce() throws Exception {
    enqueueJson(200, resource("spec-examples/updateTask-200-updated.json"));

    client.updateTask(
        TASK_ID.toUpperCase(),
        UpdateTaskParams.builder()
            .title("New title")
            .clearDescription()
            .newStatusPosition(2.0)
            .dueDate(LocalDate.of(2025, 11, 26).toString())
            .dueTime("09:05")
            .timezone("UTC")
            .clearAiContactId()
            .aiCustomerId(USER_2)
            .build());

    RecordedRequest r = take();
    assertEquals("/api/public/tasks/" + TASK_ID, r.getTarget());
    assertEquals(
        "{\"title\":\"New title\",\"description\":null,\"newStatusPosition\":2.0,"
            + "\"dueDate\":\"2025-11-26\",\"dueTime\":\"09:05\",\"timezone\":\"UTC\","
            + "\"aiContactId\":null,\"aiCustomerId\":\""
            + USER_2
            + "\"}",
        r.getBody().utf8());
  }

  @Test
  void updateTask_whenServerFailsTransiently_isRetriedAsPutIsIdempotent() throws Exception {
    enqueueJson(503, "{}");
    enqueueJson(200, resource("spec-examples/updateTask-200-updated.json"));

    Task t = client.updateTask(TASK_ID, UpdateTaskParams.builder().title("x").build());

    assertEquals(TASK_ID, t.getId());
    assertEquals(2, server.getRequestCount());
    assertEquals(take().getBody(), take().getBody());
  }

  // ---- deleteTask / listTeamMembers -----------------------------------------------------------

  @Test
  void deleteTask_whenCalled_sendsDeleteAndDecodesStatus() throws Exception {
    enqueueJson(200, resource("spec-examples/deleteTask-200-success.json"));

    DeleteTaskResponse result = client.deleteTask(TASK_ID);

    RecordedRequest r = take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/api/public/tasks/" + TASK_ID, r.getTarget());
    assertCommonHeaders(r);
    assertEquals(0, r.getBodySize());
    assertEquals("success", result.getStatus());
  }

  @Test
  void listTeamMembers_whenCalled_getsAllAndDecodes() throws Exception {
    enqueueJson(200, resource("spec-examples/listTeamMembers-200-members.json"));

    List<TeamMember> members = client.listTeamMembers();

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/api/public/team-members/all", r.getTarget());
    assertCommonHeaders(r);
    assertEquals(2, members.size());
    TeamMember maria = members.get(0);
    assertEquals(USER_1, maria.getId());
    assertEquals("María González", maria.getName());
    assertEquals("María", maria.getFirstName());
    assertEquals("González", maria.getLastName());
    assertEquals("maria@example.com", maria.getEmail());
    assertEquals("+56912345678", maria.getPhone());
    assertNull(members.get(1).getPhone());
  }

  // ---- errors ----------------------------------------------------------------------------------

  static List<Arguments> errors() {
    return List.of(
        Arguments.of(
            400,
            "spec-examples/createTask-400-validation_failed.json",
            BadRequestException.class,
            "Bad Request",
            "title should not be empty; priority must be one of the following values: 0, 1, 2"),
        Arguments.of(
            401,
            "spec-examples/listTasks-401-unauthorized.json",
            UnauthorizedException.class,
            null,
            "Unauthorized"),
        Arguments.of(
            404,
            "spec-examples/deleteTask-404-not_found.json",
            NotFoundException.class,
            "Not Found",
            "Task not found"),
        Arguments.of(
            500,
            "spec-examples/listTasks-500-internal_error.json",
            ServerErrorException.class,
            null,
            "Internal server error"));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("errors")
  void anyOperation_whenVendorAnswersError_throwsTypedExceptionWithNestBodyParsed(
      int status,
      String payload,
      Class<? extends ServiceException> type,
      String code,
      String detail)
      throws Exception {
    try (VambeClient noRetry = newClient(0)) {
      enqueueJson(status, resource(payload));

      ServiceException e = assertThrows(type, () -> noRetry.deleteTask(TASK_ID));

      assertEquals(Vendor.VAMBE, e.vendor());
      assertEquals("deleteTask", e.operation());
      assertEquals(status, e.statusCode());
      assertEquals(java.util.Optional.ofNullable(code), e.errorCode());
      assertEquals(java.util.Optional.of(detail), e.detail());
      ErrorResponse body = e.error(ErrorResponse.class).orElseThrow();
      assertEquals(status, body.getStatusCode());
      assertTrue(e.getMessage().startsWith("Vambe deleteTask failed: HTTP " + status));
    }
  }

  @Test
  void anyOperation_whenErrorBodyIsNotJson_keepsRawBodyWithoutParsedError() {
    try (VambeClient noRetry = newClient(0)) {
      server.enqueue(new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build());

      ServerErrorException e =
          assertThrows(ServerErrorException.class, () -> noRetry.listTeamMembers());

      assertTrue(e.errorCode().isEmpty());
      assertTrue(e.error().isEmpty());
      assertEquals("<html>bad gateway</html>", e.rawBody());
    }
  }

  @Test
  void anyOperation_whenMessageIsAnObject_stillParsesWithoutThrowing() {
    try (VambeClient noRetry = newClient(0)) {
      enqueueJson(400, "{\"statusCode\":400,\"message\":{\"field\":\"x\"},\"error\":[1]}");

      BadRequestException e =
          assertThrows(BadRequestException.class, () -> noRetry.listTasks(october()));

      assertEquals("{\"field\":\"x\"}", e.detail().orElseThrow());
    }
  }

  @Test
  void getOperation_whenServerFailsTransiently_isRetried() {
    enqueueJson(503, "{\"statusCode\":503}");
    enqueueJson(200, "[]");

    assertTrue(client.listTasks(october()).isEmpty());
    assertEquals(2, server.getRequestCount());
    assertEquals(1, client.retryCount());
  }

  // ---- validation before any request ---------------------------------------------------------

  static List<Arguments> invalidCalls() {
    return List.of(
        Arguments.of(
            "fromDate", (Executable) () -> ListTasksParams.builder().toDate(OCT_31).build()),
        Arguments.of(
            "toDate",
            (Executable) () -> ListTasksParams.builder().fromDate(OCT_31).toDate(OCT_1).build()),
        Arguments.of("title", (Executable) () -> minimalCreate().toBuilder().title(" ").build()),
        Arguments.of(
            "priority", (Executable) () -> minimalCreate().toBuilder().priority(null).build()),
        Arguments.of(
            "responsibleIds",
            (Executable) () -> minimalCreate().toBuilder().responsibleIds(List.of()).build()),
        Arguments.of(
            "responsibleIds[0]",
            (Executable)
                () -> minimalCreate().toBuilder().responsibleIds(List.of("user-1")).build()),
        Arguments.of(
            "dueTime needs timezone",
            (Executable)
                () ->
                    minimalCreate().toBuilder().dueDate(OCT_1.toString()).dueTime("12:00").build()),
        Arguments.of(
            "dueTime must be matching",
            (Executable)
                () ->
                    minimalCreate().toBuilder()
                        .dueDate(OCT_1.toString())
                        .dueTime("2:30")
                        .timezone("UTC")
                        .build()),
        Arguments.of(
            "dueTime must be matching",
            (Executable) () -> UpdateTaskParams.builder().dueTime("24:00").build()),
        Arguments.of(
            "dueDate",
            (Executable) () -> minimalCreate().toBuilder().dueDate("25/10/2025").build()),
        Arguments.of(
            "timezone",
            (Executable) () -> minimalCreate().toBuilder().timezone("Mars/Olympus").build()),
        Arguments.of(
            "aiContactId",
            (Executable) () -> minimalCreate().toBuilder().aiContactId("contact-1").build()),
        Arguments.of(
            "newStatusPosition and newStatusName",
            (Executable)
                () ->
                    UpdateTaskParams.builder()
                        .newStatusPosition(1.0)
                        .newStatusName("Done")
                        .build()),
        Arguments.of(
            "dueTime needs timezone",
            (Executable) () -> UpdateTaskParams.builder().dueTime("10:00").build()),
        Arguments.of(
            "dueTime needs timezone",
            (Executable) () -> UpdateTaskParams.builder().dueTime("10:00").clearTimezone().build()),
        Arguments.of("changes nothing", (Executable) () -> UpdateTaskParams.builder().build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalls")
  void validation_whenInputBreaksASpecRule_throwsNamingTheFieldBeforeAnyRequest(
      String field, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::execute);

    assertTrue(e.getMessage().contains(field), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void updateAndDelete_whenTaskIdIsNotAUuid_throwBeforeAnyRequest() {
    UpdateTaskParams p = UpdateTaskParams.builder().title("x").build();

    assertThrows(IllegalArgumentException.class, () -> client.updateTask("task-1", p));
    assertThrows(IllegalArgumentException.class, () -> client.updateTaskAsync("../x", p));
    assertThrows(IllegalArgumentException.class, () -> client.deleteTask("not-a-uuid"));

    assertEquals(0, server.getRequestCount());
  }

  // ---- paging --------------------------------------------------------------------------------

  private static String oneTask(String id) {
    return "[{\"id\":\"" + id + "\",\"title\":\"" + id + "\"}]";
  }

  @Test
  void listTasksAutoPaging_whenNoWindowSize_makesOneRequestForTheWholeWindow() throws Exception {
    enqueueJson(200, resource("spec-examples/listTasks-200-tasks.json"));

    AutoPager<Task> pager = client.listTasksAutoPaging(october());
    List<Page<Task>> pages = new ArrayList<>();
    pager.pages().forEach(pages::add);

    assertEquals(1, pages.size());
    assertEquals(2, pages.get(0).items().size());
    assertFalse(pages.get(0).hasNext());
    assertEquals("/api/public/tasks?fromDate=2025-10-01&toDate=2025-10-31", take().getTarget());
  }

  @Test
  void listTasksAsync_whenVendorAnswers_completesWithTheTasks() throws Exception {
    enqueueJson(200, resource("spec-examples/listTasks-200-tasks.json"));

    CompletableFuture<List<Task>> f = client.listTasksAsync(october());

    assertEquals(2, f.get(5, TimeUnit.SECONDS).size());
    assertEquals("/api/public/tasks?fromDate=2025-10-01&toDate=2025-10-31", take().getTarget());
  }

  @Test
  void asyncOperations_whenVendorAnswersError_failWithTheTypedException() throws Exception {
    enqueueJson(404, resource("spec-examples/updateTask-404-not_found.json"));
    enqueueJson(201, resource("spec-examples/createTask-201-created.json"));
    enqueueJson(200, resource("spec-examples/deleteTask-200-success.json"));
    enqueueJson(200, resource("spec-examples/listTeamMembers-200-members.json"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                client
                    .updateTaskAsync(TASK_ID, UpdateTaskParams.builder().title("x").build())
                    .get(5, TimeUnit.SECONDS));
    assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals(TASK_ID, client.createTaskAsync(minimalCreate()).get(5, TimeUnit.SECONDS).getId());
    assertEquals("success", client.deleteTaskAsync(TASK_ID).get(5, TimeUnit.SECONDS).getStatus());
    assertEquals(2, client.listTeamMembersAsync().get(5, TimeUnit.SECONDS).size());
    assertEquals("PUT", take().getMethod());
    assertEquals("POST", take().getMethod());
    assertEquals("DELETE", take().getMethod());
    assertEquals("GET", take().getMethod());
  }

  @Test
  void withRawResponse_whenVendorAnswers_exposesStatusHeadersAndRequestId() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("Content-Type", "application/json")
            .addHeader("X-Request-Id", "req-123")
            .addHeader("Set-Cookie", "session=secret")
            .body(resource("spec-examples/createTask-201-created.json"))
            .build());

    ApiResponse<Task> response = client.withRawResponse().createTask(minimalCreate());

    assertEquals(201, response.statusCode());
    assertEquals("req-123", response.requestId().orElseThrow());
    assertEquals("req-123", response.headers().get("X-Request-Id"));
    assertNull(response.headers().get("Set-Cookie"));
    assertEquals(TASK_ID, response.body().getId());
    assertEquals("POST", take().getMethod());
  }

  @Test
  void withRawResponse_whenAsync_completesWithTheResponse() throws Exception {
    enqueueJson(200, "[]");

    ApiResponse<List<TeamMember>> r =
        client.withRawResponse().listTeamMembersAsync().get(5, TimeUnit.SECONDS);

    assertEquals(200, r.statusCode());
    assertTrue(r.body().isEmpty());
  }

  @Test
  void requestOptions_whenHeaderGiven_sendsItWithThatRequestOnly() throws Exception {
    enqueueJson(200, "[]");
    enqueueJson(200, "[]");

    client.listTeamMembers(RequestOptions.builder().header("Prefer", "code=200").build());
    client.listTeamMembers();

    assertEquals("code=200", take().getHeaders().get("Prefer"));
    assertNull(take().getHeaders().get("Prefer"));
  }

  // ---- construction, env, secrets --------------------------------------------------------------

  @Test
  void fromEnv_whenKeyMissing_throwsNamingTheVariable() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> VambeClient.fromEnv(Map.of("VAMBE_BASE_URL", "https://example.com")));

    assertTrue(e.getMessage().contains("VAMBE_API_KEY"), e.getMessage());
  }

  @Test
  void fromEnv_whenKeyAndBaseUrlSet_usesBoth() throws Exception {
    enqueueJson(200, "[]");
    try (VambeClient env =
        VambeClient.fromEnv(
            Map.of("VAMBE_API_KEY", KEY, "VAMBE_BASE_URL", server.url("/").toString()))) {

      env.listTeamMembers();

      assertEquals(server.url("/").toString(), env.baseUrl());
      assertEquals(KEY, take().getHeaders().get("x-api-key"));
    }
  }

  @Test
  void builder_whenNoBaseUrl_usesTheSpecServer() {
    try (VambeClient prod = VambeClient.builder().apiKey(KEY).build()) {
      assertEquals("https://api.vambe.me/", prod.baseUrl());
      assertEquals(Vendor.VAMBE, prod.vendor());
    }
  }

  @Test
  void builder_whenNoKey_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VambeClient.builder().build());
    assertTrue(e.getMessage().contains("apiKey"));
  }

  @Test
  void toStringAndErrors_whenKeyIsKnown_neverContainTheKey() {
    try (VambeClient noRetry = newClient(0)) {
      enqueueJson(
          401,
          "{\"statusCode\":401,\"message\":\"bad key " + KEY + "\",\"error\":\"" + KEY + "\"}");

      UnauthorizedException e =
          assertThrows(UnauthorizedException.class, () -> noRetry.listTasks(october()));

      assertFalse(e.getMessage().contains(KEY), e.getMessage());
      assertFalse(e.rawBody().contains(KEY), e.rawBody());
      assertFalse(e.toString().contains(KEY));
      assertFalse(noRetry.toString().contains(KEY));
      assertTrue(noRetry.toString().contains("vambe") || noRetry.toString().contains("Vambe"));
      assertTrue(noRetry.toString().contains(server.url("/").toString()), noRetry.toString());
      assertFalse(noRetry.options().toString().contains(KEY));
    }
  }

  @Test
  void sharedHttpClient_whenGiven_isUsedForRequests() throws Exception {
    okhttp3.OkHttpClient shared = new okhttp3.OkHttpClient();
    enqueueJson(200, "[]");
    try (VambeClient c =
        VambeClient.builder()
            .apiKey(KEY)
            .baseUrl(server.url("/").toString())
            .httpClient(shared)
            .readTimeout(Duration.ofSeconds(5))
            .build()) {
      c.listTeamMembers();
    }
    assertFalse(shared.dispatcher().executorService().isShutdown());
    assertEquals("/api/public/team-members/all", take().getTarget());
  }
}
