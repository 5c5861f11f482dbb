package dev.tasksdk.amigo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import dev.tasksdk.amigo.model.ErrorResponse;
import dev.tasksdk.amigo.model.HTTPValidationError;
import dev.tasksdk.amigo.model.TaskListResponse;
import dev.tasksdk.amigo.model.TaskStateResponse;
import dev.tasksdk.amigo.model.ValidationError;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.UnprocessableEntityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.Prefer;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public {@link AmigoClient} against Prism serving {@code specs/amigo.yaml}: both operations,
 * every documented error, generated data, the spec's request validation and the single-page pager.
 */
@PrismMock(Vendor.AMIGO)
class AmigoContractIT {
  private static final String WS = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  private static final String CALL = "CA1234567890abcdef1234567890abcdef";
  private static final String REQUEST_ID = "req_01JAB3C4D5E6F7G8H9J0K1L2M3";

  private static PrismServer prism;
  private static AmigoClient client;
  private static OkHttpClient http;

  @BeforeAll
  static void connect() {
    // No idle connections kept: Prism (Node) closes one after 5 s, and a create that meets it is
    // rightly not sent again by the SDK (retries are off here, so a mocked 429 surfaces).
    http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();
    client =
        AmigoClient.builder()
            .apiKey("test-key")
            .workspaceId(WS)
            .baseUrl(prism.baseUrl())
            .httpClient(http)
            .maxRetries(0)
            .build();
  }

  @AfterAll
  static void disconnect() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static RequestOptions prefer(Prefer.Value value) {
    return RequestOptions.builder().header(Prefer.HEADER, value.toString()).build();
  }

  // ---------------------------------------------------------------- success, field by field

  @Test
  void getTask_whenCompletedExample_decodesEveryField() {
    ApiResponse<TaskStateResponse> r =
        client
            .withRawResponse()
            .getTask("task_8f14e45fceea167a", prefer(Prefer.example("completed")));

    assertEquals(200, r.statusCode());
    assertEquals(REQUEST_ID, r.requestId().orElseThrow());
    assertEquals("600", r.headers().get("X-RateLimit-Limit"));
    assertCompletedExample(r.body());
  }

  @Test
  void getTask_whenRunningExample_decodesEveryField() {
    TaskStateResponse t =
        client.getTask("task_c9f0f895fb98ab91", prefer(Prefer.example("running")));

    assertEquals("task_c9f0f895fb98ab91", t.getTaskId());
    assertEquals(CALL, t.getCallSid());
    assertEquals(WS, t.getWorkspaceId());
    assertEquals("voice_import", t.getSkill());
    assertEquals("companion", t.getTier());
    assertEquals("running", t.getStatus());
    assertNull(t.getResult());
    assertNull(t.getError());
    assertNull(t.getErrorType());
    assertNull(t.getDurationMs());
    assertEquals(0, t.getInputTokens());
    assertEquals(0, t.getOutputTokens());
    assertEquals(0, t.getCachedTokens());
    assertEquals(0, t.getSubToolCount());
    assertEquals("Transcribing recording", t.getProgressMessage());
    assertEquals(2, t.getProgressStep());
    assertEquals("2025-10-20T10:31:12.000000+00:00", t.getDispatchedAt());
    assertNull(t.getCompletedAt());
  }

  @Test
  void listTasksByCall_whenTwoTasksExample_decodesEveryField() {
    TaskListResponse list = client.listTasksByCall(CALL, prefer(Prefer.example("two_tasks")));

    assertEquals(2, list.getTasks().size());
    assertCompletedExample(list.getTasks().get(0));
    TaskStateResponse t = list.getTasks().get(1);
    assertEquals("task_45c48cce2e2d7fbd", t.getTaskId());
    assertEquals(CALL, t.getCallSid());
    assertEquals(WS, t.getWorkspaceId());
    assertEquals("computer_use_lookup", t.getSkill());
    assertEquals("computer_use", t.getTier());
    assertEquals("failed", t.getStatus());
    assertNull(t.getResult());
    assertEquals("Portal login timed out after 30s", t.getError());
    assertEquals("TimeoutError", t.getErrorType());
    assertEquals(30012.0, t.getDurationMs());
    assertEquals(4200, t.getInputTokens());
    assertEquals(95, t.getOutputTokens());
    assertEquals(1024, t.getCachedTokens());
    assertEquals(5, t.getSubToolCount());
    assertEquals("Logging in to portal", t.getProgressMessage());
    assertEquals(1, t.getProgressStep());
    assertEquals("2025-10-20T10:30:02.000000+00:00", t.getDispatchedAt());
    assertEquals("2025-10-20T10:30:32.012000+00:00", t.getCompletedAt());
  }

  @Test
  void listTasksByCall_whenEmptyExample_returnsNoTasks() {
    assertEquals(
        List.of(), client.listTasksByCall(CALL, prefer(Prefer.example("empty"))).getTasks());
  }

  private static void assertCompletedExample(TaskStateResponse t) {
    assertEquals("task_8f14e45fceea167a", t.getTaskId());
    assertEquals(CALL, t.getCallSid());
    assertEquals(WS, t.getWorkspaceId());
    assertEquals("intake_processing", t.getSkill());
    assertEquals("direct", t.getTier());
    assertEquals("completed", t.getStatus());
    assertEquals("Intake form processed; 3 fields extracted.", t.getResult());
    assertNull(t.getError());
    assertNull(t.getErrorType());
    assertEquals(1843.5, t.getDurationMs());
    assertEquals(1250, t.getInputTokens());
    assertEquals(310, t.getOutputTokens());
    assertEquals(0, t.getCachedTokens());
    assertEquals(2, t.getSubToolCount());
    assertNull(t.getProgressMessage());
    assertNull(t.getProgressStep());
    assertEquals("2025-10-20T10:30:00.123456+00:00", t.getDispatchedAt());
    assertEquals("2025-10-20T10:30:01.967000+00:00", t.getCompletedAt());
  }

  // ---------------------------------------------------------------- documented errors

  @Test
  void getTask_whenUnauthorized_parsesCodeDetailAndRequestId() {
    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class, () -> client.getTask("t", prefer(Prefer.code(401))));

    assertEquals("invalid_token", e.errorCode().orElseThrow());
    assertEquals("Invalid or expired token", e.detail().orElseThrow());
    assertEquals(REQUEST_ID, e.requestId().orElseThrow());
    assertEquals(REQUEST_ID, e.error(ErrorResponse.class).orElseThrow().getRequestId());
  }

  @Test
  void getTask_whenNotFound_parsesDetail() {
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.getTask("t", prefer(Prefer.code(404))));

    assertEquals("Task not found or expired", e.detail().orElseThrow());
  }

  @Test
  void getTask_whenEachValidationExample_parsesItems() {
    UnprocessableEntityException ws =
        assertThrows(
            UnprocessableEntityException.class,
            () -> client.getTask("t", prefer(Prefer.code(422).example("invalid_workspace_id"))));
    UnprocessableEntityException loc =
        assertThrows(
            UnprocessableEntityException.class,
            () -> client.getTask("t", prefer(Prefer.code(422).example("integer_location"))));

    assertEquals("uuid_parsing", ws.errorCode().orElseThrow());
    assertTrue(
        ws.detail().orElseThrow().startsWith("path.workspace_id: Input should be a valid UUID"));
    ValidationError item = ws.error(HTTPValidationError.class).orElseThrow().getDetail().get(0);
    assertEquals(
        List.of(new JsonPrimitive("path"), new JsonPrimitive("workspace_id")), item.getLoc());
    assertEquals("not-a-uuid", item.getInput());
    assertEquals("string_type", loc.errorCode().orElseThrow());
    assertEquals("body.items.0: Input should be a valid string", loc.detail().orElseThrow());
  }

  @Test
  void getTask_whenRateLimited_parsesCodeAndRetryAfter() {
    RateLimitedException e =
        assertThrows(
            RateLimitedException.class, () -> client.getTask("t", prefer(Prefer.code(429))));

    assertEquals("rate_limit_exceeded", e.errorCode().orElseThrow());
    assertEquals("Rate limit exceeded. Retry after 30 seconds.", e.detail().orElseThrow());
    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
  }

  @Test
  void listTasksByCall_whenEachDocumentedError_throwsTypedException() {
    assertListError(401, UnauthorizedException.class, "invalid_token");
    assertListError(422, UnprocessableEntityException.class, "uuid_parsing");
    assertListError(429, RateLimitedException.class, "rate_limit_exceeded");
  }

  private static void assertListError(
      int code, Class<? extends ServiceException> type, String errorCode) {
    ServiceException e =
        assertThrows(type, () -> client.listTasksByCall(CALL, prefer(Prefer.code(code))));
    assertEquals(code, e.statusCode());
    assertEquals(errorCode, e.errorCode().orElseThrow());
    assertTrue(e.detail().isPresent());
  }

  // ---------------------------------------------------------------- generated data

  @Test
  void operations_whenDynamicResponses_decodeWithoutError() {
    for (int i = 0; i < 25; i++) {
      TaskStateResponse t = client.getTask("t", prefer(Prefer.dynamic()));
      assertNotNull(t);
      TaskListResponse list = client.listTasksByCall(CALL, prefer(Prefer.dynamic()));
      assertNotNull(list);
    }
  }

  @Test
  void errors_whenDynamicValidationBodies_neverBreakTheParser() {
    for (int i = 0; i < 25; i++) {
      UnprocessableEntityException e =
          assertThrows(
              UnprocessableEntityException.class,
              () -> client.getTask("t", prefer(Prefer.code(422).dynamic())));
      assertEquals(422, e.statusCode());
    }
  }

  // ---------------------------------------------------------------- the spec's request checks

  @Test
  void getTask_whenWorkspaceNotUuidBypassingClient_prismRejects() throws IOException {
    Request request =
        new Request.Builder()
            .url(prism.baseUrl() + "/v1/not-a-uuid/tasks/t1")
            .header("Authorization", "Bearer test-key")
            // Prism leaves the connection of a rejected path unusable; keep it out of the shared
            // pool
            .header("Connection", "close")
            .build();

    try (Response r = http.newCall(request).execute()) {
      assertTrue(r.code() == 422 || r.code() == 400, "-> " + r.code());
    }
    assertThrows(
        IllegalArgumentException.class, () -> AmigoClient.builder().workspaceId("not-a-uuid"));
  }

  // ---------------------------------------------------------------- paging

  @Test
  void listTasksByCallAutoPaging_whenMocked_yieldsTheSinglePageAndStops() {
    List<String> ids =
        client.listTasksByCallAutoPaging(CALL, prefer(Prefer.example("two_tasks"))).stream()
            .limit(1000)
            .map(TaskStateResponse::getTaskId)
            .collect(Collectors.toList());

    assertEquals(List.of("task_8f14e45fceea167a", "task_45c48cce2e2d7fbd"), ids);
  }
}
