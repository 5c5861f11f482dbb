package dev.tasksdk.vambe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.BadRequestException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.Prefer;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import dev.tasksdk.vambe.model.DeleteTaskResponse;
import dev.tasksdk.vambe.model.ErrorResponse;
import dev.tasksdk.vambe.model.StatusConfig;
import dev.tasksdk.vambe.model.Task;
import dev.tasksdk.vambe.model.TeamMember;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link VambeClient} against Prism serving specs/vambe.yaml: every operation decodes the spec's
 * examples, every documented error becomes the right exception with the NestJS body parsed, random
 * schema-valid bodies decode, and requests that break the spec are rejected by the mock.
 */
@PrismMock(Vendor.VAMBE)
class VambeContractIT {
  private static final String TASK_ID = "123e4567-e89b-12d3-a456-426614174000";
  private static final String USER_1 = "228d7a0d-9072-4ca8-939b-959b75cc606a";
  private static final int DYNAMIC_ROUNDS = 25;

  private static PrismServer prism;
  private static VambeClient client;
  private static OkHttpClient http;

  @BeforeAll
  static void setUp(PrismServer server) {
    prism = server;
    // No idle connections kept: Prism (Node) closes one after 5 s, and a create that meets it is
    // rightly not sent again by the SDK (retries are off here, so a mocked 429 surfaces).
    http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();
    client =
        VambeClient.builder()
            .apiKey("test-key")
            .baseUrl(prism.baseUrl())
            .httpClient(http)
            .maxRetries(0)
            .build();
  }

  @AfterAll
  static void tearDown() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static ListTasksParams october() {
    return ListTasksParams.builder()
        .fromDate(LocalDate.of(2025, 10, 1))
        .toDate(LocalDate.of(2025, 10, 31))
        .addResponsibleId(USER_1)
        .includeTasksWithoutDates(true)
        .searchFilter("customer")
        .build();
  }

  private static CreateTaskParams timedCreate() {
    return CreateTaskParams.builder()
        .title("Follow up with customer")
        .description("Call customer regarding their inquiry about pricing")
        .dueDate(LocalDate.of(2025, 10, 25).toString())
        .dueTime("14:30")
        .timezone("America/Santiago")
        .addResponsibleId(USER_1)
        .priority(Priority.HIGH.wireValue())
        .build();
  }

  private static UpdateTaskParams removeDueDate() {
    return UpdateTaskParams.builder()
        .clearDueDate()
        .responsibleIds(List.of(USER_1))
        .priority(Priority.LOW.wireValue())
        .build();
  }

  private static RequestOptions prefer(Prefer.Value value) {
    return RequestOptions.builder().header(Prefer.HEADER, value.toString()).build();
  }

  // ---- every operation, spec example decoded field by field ----------------------------------

  @Test
  void listTasks_whenMocked_decodesTheSpecExampleFieldByField() {
    List<Task> tasks = client.listTasks(october());

    assertEquals(2, tasks.size());
    Task t = tasks.get(0);
    assertEquals(TASK_ID, t.getId());
    assertEquals("Follow up with customer", t.getTitle());
    assertEquals("Call customer regarding their inquiry about pricing", t.getDescription());
    assertEquals("America/Santiago", t.getDueTimezone());
    assertEquals(OffsetDateTime.parse("2025-10-25T14:00:00.000Z"), t.getDueAt());
    assertFalse(t.getIsAllDay());
    assertEquals(OffsetDateTime.parse("2025-10-20T10:30:00.000Z"), t.getCreatedAt());
    assertEquals("contact-uuid-123", t.getAiContactId());
    assertNull(t.getAiCustomerId());
    assertEquals("status-uuid-789", t.getTaskStatusConfigId());
    assertEquals("high", t.getPriority());
    assertEquals("user-uuid-456", t.getCreatorId());
    assertEquals(1, t.getTaskResponsibles().size());
    assertEquals(USER_1, t.getTaskResponsibles().get(0).getResponsibleId());
    assertStatus(t.getStatusConfig(), "status-uuid-789", "Pendiente", "#60a5fa", "initial", 1);
    Task second = tasks.get(1);
    assertEquals("223e4567-e89b-12d3-a456-426614174001", second.getId());
    assertEquals("Prepare quarterly report", second.getTitle());
    assertTrue(second.getIsAllDay());
    assertEquals(OffsetDateTime.parse("2025-10-28T00:00:00.000Z"), second.getDueAt());
    assertEquals("medium", second.getPriority());
    assertNull(second.getAiContactId());
  }

  @Test
  void listTasks_whenEmptyExampleAsked_returnsEmptyList() {
    assertTrue(client.listTasks(october(), prefer(Prefer.example("empty"))).isEmpty());
  }

  @Test
  void createTask_whenMocked_returnsThe201ExampleTask() {
    ApiResponse<Task> response = client.withRawResponse().createTask(timedCreate());

    assertEquals(201, response.statusCode());
    Task t = response.body();
    assertEquals(TASK_ID, t.getId());
    assertEquals("Follow up with customer", t.getTitle());
    assertEquals("America/Santiago", t.getDueTimezone());
    assertEquals(OffsetDateTime.parse("2025-10-25T17:30:00.000Z"), t.getDueAt());
    assertFalse(t.getIsAllDay());
    assertNull(t.getAiContactId());
    assertEquals("high", t.getPriority());
    assertEquals(USER_1, t.getTaskResponsibles().get(0).getResponsibleId());
    assertStatus(t.getStatusConfig(), "status-uuid-789", "Pendiente", "#60a5fa", "initial", 1);
  }

  @Test
  void createTask_whenAllDay_isAcceptedByTheSpec() {
    Task t =
        client.createTask(
            CreateTaskParams.builder()
                .title("Prepare quarterly report")
                .dueDate("2025-10-28")
                .addResponsibleId(USER_1)
                .priority(Priority.MEDIUM.wireValue())
                .build());

    assertEquals(TASK_ID, t.getId());
  }

  @Test
  void updateTask_whenDueDateCleared_isAcceptedAndReturnsTheUpdatedExample() {
    Task t = client.updateTask(TASK_ID, removeDueDate());

    assertEquals(TASK_ID, t.getId());
    assertEquals("contact-uuid-123", t.getAiContactId());
    assertEquals("status-uuid-790", t.getTaskStatusConfigId());
    assertStatus(
        t.getStatusConfig(), "status-uuid-790", "En Progreso", "#facc15", "in_progress", 2);
  }

  @Test
  void updateTask_whenMovedByName_isAccepted() {
    Task t =
        client.updateTask(TASK_ID, UpdateTaskParams.builder().newStatusName("En Progreso").build());

    assertEquals("En Progreso", t.getStatusConfig().getName());
  }

  @Test
  void deleteTask_whenMocked_returnsSuccess() {
    DeleteTaskResponse r = client.deleteTask(TASK_ID);

    assertEquals("success", r.getStatus());
  }

  @Test
  void listTeamMembers_whenMocked_decodesTheSpecExampleFieldByField() {
    List<TeamMember> members = client.listTeamMembers();

    assertEquals(2, members.size());
    TeamMember m = members.get(0);
    assertEquals(USER_1, m.getId());
    assertEquals("María González", m.getName());
    assertEquals("María", m.getFirstName());
    assertEquals("González", m.getLastName());
    assertEquals("maria@example.com", m.getEmail());
    assertEquals("+56912345678", m.getPhone());
    TeamMember j = members.get(1);
    assertEquals("7c9e6679-7425-40de-944b-e07fc1f90ae7", j.getId());
    assertEquals("juan@example.com", j.getEmail());
    assertNull(j.getPhone());
  }

  private static void assertStatus(
      StatusConfig s, String id, String name, String color, String type, int order) {
    assertNotNull(s);
    assertEquals(id, s.getId());
    assertEquals(name, s.getName());
    assertEquals(color, s.getColor());
    assertEquals(type, s.getType());
    assertEquals(order, s.getOrder().intValue());
  }

  // ---- every documented error ----------------------------------------------------------------

  interface Call {
    void run(RequestOptions options);
  }

  static List<Arguments> documentedErrors() {
    Call list = o -> client.listTasks(october(), o);
    Call create = o -> client.createTask(timedCreate(), o);
    Call update = o -> client.updateTask(TASK_ID, removeDueDate(), o);
    Call delete = o -> client.deleteTask(TASK_ID, o);
    Call members = o -> client.listTeamMembers(o);
    String validation =
        "title should not be empty; priority must be one of the following values: 0, 1, 2";
    List<Arguments> all = new ArrayList<>();
    all.add(
        err("listTasks", list, 400, BadRequestException.class, "Bad Request", "fromDate must be"));
    all.add(err("createTask", create, 400, BadRequestException.class, "Bad Request", validation));
    all.add(err("updateTask", update, 400, BadRequestException.class, "Bad Request", validation));
    all.add(
        err(
            "deleteTask",
            delete,
            400,
            BadRequestException.class,
            "Bad Request",
            "Validation failed (uuid is expected)"));
    for (Object[] op :
        new Object[][] {
          {"listTasks", list},
          {"createTask", create},
          {"updateTask", update},
          {"deleteTask", delete},
          {"listTeamMembers", members}
        }) {
      all.add(
          err(
              (String) op[0],
              (Call) op[1],
              401,
              UnauthorizedException.class,
              null,
              "Unauthorized"));
      all.add(
          err(
              (String) op[0],
              (Call) op[1],
              500,
              ServerErrorException.class,
              null,
              "Internal server error"));
    }
    all.add(err("updateTask", update, 404, NotFoundException.class, "Not Found", "Task not found"));
    all.add(err("deleteTask", delete, 404, NotFoundException.class, "Not Found", "Task not found"));
    return all;
  }

  private static Arguments err(
      String op,
      Call call,
      int status,
      Class<? extends ServiceException> type,
      String code,
      String detailStart) {
    return Arguments.of(op, status, call, type, code, detailStart);
  }

  @ParameterizedTest(name = "{0} HTTP {1}")
  @MethodSource("documentedErrors")
  void operation_whenMockAnswersADocumentedError_throwsTypedExceptionWithBodyParsed(
      String operation,
      int status,
      Call call,
      Class<? extends ServiceException> type,
      String code,
      String detailStart) {
    ServiceException e = assertThrows(type, () -> call.run(prefer(Prefer.code(status))));

    assertEquals(Vendor.VAMBE, e.vendor());
    assertEquals(operation, e.operation());
    assertEquals(status, e.statusCode());
    assertEquals(java.util.Optional.ofNullable(code), e.errorCode());
    assertTrue(e.detail().orElseThrow().startsWith(detailStart), e.detail().orElse(null));
    assertEquals(status, e.error(ErrorResponse.class).orElseThrow().getStatusCode());
  }

  // ---- generated data ------------------------------------------------------------------------

  @Test
  void everyOperation_whenMockGeneratesDynamicBodies_decodesThemWithoutError() {
    RequestOptions dynamic = prefer(Prefer.dynamic());
    for (int i = 0; i < DYNAMIC_ROUNDS; i++) {
      List<Task> tasks = client.listTasks(october(), dynamic);
      assertNotNull(tasks);
      tasks.forEach(VambeContractIT::touch);
      touch(client.createTask(timedCreate(), dynamic));
      touch(client.updateTask(TASK_ID, removeDueDate(), dynamic));
      assertNotNull(client.deleteTask(TASK_ID, dynamic));
      List<TeamMember> members = client.listTeamMembers(dynamic);
      assertNotNull(members);
      members.forEach(m -> assertNotNull(m.toString()));
    }
  }

  private static void touch(Task t) {
    assertNotNull(t);
    assertNotNull(t.toString());
    if (t.getTaskResponsibles() != null) {
      t.getTaskResponsibles().forEach(r -> assertNotNull(r.toString()));
    }
  }

  // ---- the spec's own rules, bypassing client-side checks -------------------------------------

  private static int rawStatus(Consumer<Request.Builder> request) throws IOException {
    Request.Builder b = new Request.Builder().header("x-api-key", "test-key");
    request.accept(b);
    try (Response r = http.newCall(b.build()).execute()) {
      return r.code();
    }
  }

  private static final MediaType JSON = MediaType.get("application/json");

  @Test
  void mock_whenDateIsNotIso_rejectsTheRequest() throws IOException {
    int code =
        rawStatus(
            b ->
                b.url(prism.baseUrl() + "/api/public/tasks?fromDate=01-10-2025&toDate=2025-10-31"));

    assertTrue(code == 400 || code == 422, "HTTP " + code);
  }

  @Test
  void mock_whenWindowIsMissing_rejectsTheRequest() throws IOException {
    int code = rawStatus(b -> b.url(prism.baseUrl() + "/api/public/tasks"));

    assertTrue(code == 400 || code == 422, "HTTP " + code);
  }

  @Test
  void mock_whenPriorityIsNotAnAllowedString_rejectsTheCreate() throws IOException {
    String body = "{\"title\":\"x\",\"responsibleIds\":[\"" + USER_1 + "\"],\"priority\":\"high\"}";
    int code =
        rawStatus(
            b -> b.url(prism.baseUrl() + "/api/public/tasks").post(RequestBody.create(body, JSON)));

    assertTrue(code == 400 || code == 422, "HTTP " + code);
  }

  @Test
  void mock_whenDueTimeIsNotHhMm_rejectsTheUpdate() throws IOException {
    int code =
        rawStatus(
            b ->
                b.url(prism.baseUrl() + "/api/public/tasks/" + TASK_ID)
                    .put(RequestBody.create("{\"dueTime\":\"2pm\",\"timezone\":\"UTC\"}", JSON)));

    assertTrue(code == 400 || code == 422, "HTTP " + code);
  }

  @Test
  void mock_whenTaskIdIsNotAUuid_rejectsTheDelete() throws IOException {
    int code = rawStatus(b -> b.url(prism.baseUrl() + "/api/public/tasks/task-1").delete());

    assertTrue(code == 400 || code == 422, "HTTP " + code);
  }

  @Test
  void mock_whenApiKeyIsMissing_answers401() throws IOException {
    try (Response r =
        http.newCall(
                new Request.Builder().url(prism.baseUrl() + "/api/public/team-members/all").build())
            .execute()) {
      assertEquals(401, r.code());
    }
  }

  // ---- auto-paging over the mock -------------------------------------------------------------

  @Test
  void listTasksAutoPaging_whenNoWindowSize_fetchesOnce() {
    assertEquals(2, client.listTasksAutoPaging(october()).stream().count());
  }
}
