package dev.tasksdk.amigo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import dev.tasksdk.amigo.model.ErrorResponse;
import dev.tasksdk.amigo.model.HTTPValidationError;
import dev.tasksdk.amigo.model.TaskListResponse;
import dev.tasksdk.amigo.model.TaskStateResponse;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.UnprocessableEntityException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.junit.jupiter.params.provider.ValueSource;

class AmigoClientTest {
  private static final String KEY = "sk-SENTINEL-123";
  private static final String WS = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  private static final String CALL = "CA1234567890abcdef1234567890abcdef";

  private MockWebServer server;
  private AmigoClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = clientBuilder().build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private AmigoClient.Builder clientBuilder() {
    return AmigoClient.builder()
        .apiKey(KEY)
        .workspaceId(WS)
        .baseUrl(server.url("/").toString())
        .maxRetries(0)
        .initialBackoff(Duration.ZERO)
        .maxBackoff(Duration.ZERO);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static String example(String name) {
    try (InputStream in =
        AmigoClientTest.class.getResourceAsStream("/payloads/spec-examples/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  private static void assertCommonHeaders(RecordedRequest r) {
    assertEquals("GET", r.getMethod());
    assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    assertTrue(
        r.getHeaders().get("User-Agent").startsWith("tasksdk-amigo/"),
        r.getHeaders().get("User-Agent"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
    assertEquals(0, r.getBodySize());
  }

  // ------------------------------------------------------------------ getTask

  @Test
  void getTask_whenCompleted_sendsExactRequestAndDecodesEveryField() throws Exception {
    server.enqueue(json(200, example("getTask-200-completed")));

    TaskStateResponse t = client.getTask("task_8f14e45fceea167a");

    RecordedRequest r = take();
    assertEquals("/v1/" + WS + "/tasks/task_8f14e45fceea167a", r.getTarget());
    assertCommonHeaders(r);
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

  @Test
  void getTask_whenIdNeedsEscaping_encodesPathSegment() throws Exception {
    server.enqueue(json(200, example("getTask-200-running")));

    TaskStateResponse t = client.getTask("a b c?");

    assertEquals("/v1/" + WS + "/tasks/a%20b%20c%3F", take().getTarget());
    assertEquals("running", t.getStatus());
    assertEquals("Transcribing recording", t.getProgressMessage());
    assertEquals(2, t.getProgressStep());
  }

  @Test
  void getTask_whenIdHasSlash_isRefusedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.getTask("a/b"));

    assertTrue(e.getMessage().startsWith("taskId "), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getTask_whenUnknownStatusAndTier_keepsVendorWords() {
    server.enqueue(
        json(
            200,
            "{\"task_id\":\"t\",\"call_sid\":\"c\",\"workspace_id\":\"w\",\"skill\":\"s\","
                + "\"tier\":\"quantum\",\"status\":\"paused\",\"new_field\":{\"x\":1}}"));

    TaskStateResponse t = client.getTask("t");

    assertEquals("paused", t.getStatus());
    assertEquals("quantum", t.getTier());
  }

  @Test
  void getTask_whenRequestOptions_sendsExtraHeader() throws Exception {
    server.enqueue(json(200, example("getTask-200-running")));

    client.getTask("t1", RequestOptions.builder().header("X-Trace", "abc").build());

    RecordedRequest r = take();
    assertEquals("abc", r.getHeaders().get("X-Trace"));
    assertCommonHeaders(r);
  }

  // ------------------------------------------------------------------ listTasksByCall

  @Test
  void listTasksByCall_whenTwoTasks_sendsExactRequestAndDecodes() throws Exception {
    server.enqueue(json(200, example("listTasksByCall-200-two_tasks")));

    TaskListResponse list = client.listTasksByCall(CALL);

    RecordedRequest r = take();
    assertEquals("/v1/" + WS + "/tasks/by-call/" + CALL, r.getTarget());
    assertCommonHeaders(r);
    assertEquals(2, list.getTasks().size());
    TaskStateResponse failed = list.getTasks().get(1);
    assertEquals("task_45c48cce2e2d7fbd", failed.getTaskId());
    assertEquals("computer_use", failed.getTier());
    assertEquals("failed", failed.getStatus());
    assertEquals("Portal login timed out after 30s", failed.getError());
    assertEquals("TimeoutError", failed.getErrorType());
    assertEquals(1024, failed.getCachedTokens());
  }

  @Test
  void listTasksByCall_whenEmpty_returnsEmptyList() {
    server.enqueue(json(200, example("listTasksByCall-200-empty")));

    assertEquals(List.of(), client.listTasksByCall(CALL).getTasks());
  }

  @Test
  void listTasksByCallAutoPaging_whenTasks_yieldsOnePageFromOneRequest() throws Exception {
    server.enqueue(json(200, example("listTasksByCall-200-two_tasks")));

    List<String> ids = new ArrayList<>();
    client.listTasksByCallAutoPaging(CALL).forEach(t -> ids.add(t.getTaskId()));

    assertEquals(List.of("task_8f14e45fceea167a", "task_45c48cce2e2d7fbd"), ids);
    assertEquals(1, server.getRequestCount());
    assertEquals("/v1/" + WS + "/tasks/by-call/" + CALL, take().getTarget());
  }

  @Test
  void listTasksByCallAutoPaging_whenFirstPageFails_retryOnSameIteratorResumes() {
    server.enqueue(json(500, "{\"detail\":\"Internal error\"}"));
    server.enqueue(json(200, example("listTasksByCall-200-two_tasks")));

    Iterator<TaskStateResponse> it = client.listTasksByCallAutoPaging(CALL).iterator();
    PageFailedException e = assertThrows(PageFailedException.class, it::hasNext);
    assertInstanceOf(ServerErrorException.class, e.getCause());
    assertNull(e.resumeToken());

    assertTrue(it.hasNext());
    assertEquals("task_8f14e45fceea167a", it.next().getTaskId());
    assertEquals("task_45c48cce2e2d7fbd", it.next().getTaskId());
    assertFalse(it.hasNext());
    assertEquals(2, server.getRequestCount());
  }

  // ------------------------------------------------------------------ validation

  @Test
  void calls_whenBlankArguments_throwNamingFieldBeforeAnyRequest() {
    assertRejected("taskId", () -> client.getTask(" "));
    assertRejected("callSid", () -> client.listTasksByCall(""));
    assertRejected("callSid", () -> client.listTasksByCallAutoPaging(" "));
    assertRejected("taskId", () -> client.getTaskAsync(""));
    NullPointerException npe = assertThrows(NullPointerException.class, () -> client.getTask(null));
    assertTrue(npe.getMessage().contains("taskId"));
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-a-uuid",
        "3fa85f64-5717-4562-b3fc",
        "",
        "3fa85f64x5717-4562-b3fc-2c963f66afa6"
      })
  void workspaceId_whenNotUuid_throwsNamingField(String value) {
    assertRejected("workspaceId", () -> AmigoClient.builder().workspaceId(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3FA85F64-5717-4562-B3FC-2C963F66AFA6",
        "3fa85f6457174562b3fc2c963f66afa6",
        "urn:uuid:3fa85f64-5717-4562-b3fc-2c963f66afa6",
        " 3fa85f64-5717-4562-b3fc-2c963f66afa6 "
      })
  void workspaceId_whenUuidForms_normalises(String value) {
    try (AmigoClient c = AmigoClient.builder().apiKey(KEY).workspaceId(value).build()) {
      assertEquals(Optional.of(WS), c.workspaceId());
    }
  }

  @Test
  void build_whenNoWorkspace_throwsNamingWorkspaceId() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> AmigoClient.builder().apiKey(KEY).build());
    assertTrue(e.getMessage().contains("workspaceId"), e.getMessage());
  }

  private static void assertRejected(String field, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(field), e.getMessage());
  }

  // ------------------------------------------------------------------ errors

  @Test
  void errors_whenInvalidToken_throwsUnauthorizedWithCodeDetailAndRequestId() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req_01JAB3C4D5E6F7G8H9J0K1L2M3")
            .body(example("getTask-401-invalid_token"))
            .build());

    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> client.getTask("t"));

    assertEquals("invalid_token", e.errorCode().orElseThrow());
    assertEquals("Invalid or expired token", e.detail().orElseThrow());
    assertEquals("req_01JAB3C4D5E6F7G8H9J0K1L2M3", e.requestId().orElseThrow());
    assertEquals(
        "req_01JAB3C4D5E6F7G8H9J0K1L2M3",
        e.error(ErrorResponse.class).orElseThrow().getRequestId());
    assertTrue(e.getMessage().contains("Amigo getTask failed: HTTP 401"), e.getMessage());
  }

  @Test
  void errors_whenNotFound_throwsNotFoundWithDetail() {
    server.enqueue(json(404, example("getTask-404-task_not_found")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> client.getTask("t"));

    assertEquals("Task not found or expired", e.detail().orElseThrow());
    assertTrue(e.errorCode().isEmpty());
  }

  @Test
  void errors_whenValidationWithIntegerLocation_parsesEveryItem() {
    server.enqueue(json(422, example("getTask-422-integer_location")));

    UnprocessableEntityException e =
        assertThrows(UnprocessableEntityException.class, () -> client.listTasksByCall(CALL));

    assertEquals("string_type", e.errorCode().orElseThrow());
    assertEquals("body.items.0: Input should be a valid string", e.detail().orElseThrow());
    HTTPValidationError v = e.error(HTTPValidationError.class).orElseThrow();
    assertEquals(new JsonPrimitive(0), v.getDetail().get(0).getLoc().get(2));
    assertEquals("listTasksByCall", e.operation());
  }

  @Test
  void errors_whenValidationOfWorkspace_namesTheLocation() {
    server.enqueue(json(422, example("getTask-422-invalid_workspace_id")));

    UnprocessableEntityException e =
        assertThrows(UnprocessableEntityException.class, () -> client.getTask("t"));

    assertEquals("uuid_parsing", e.errorCode().orElseThrow());
    assertTrue(
        e.detail().orElseThrow().startsWith("path.workspace_id: Input should be a valid UUID"),
        e.detail().orElseThrow());
  }

  @Test
  void errors_whenRateLimited_throwsWithRetryAfter() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Content-Type", "application/json")
            .addHeader("Retry-After", "30")
            .addHeader("X-RateLimit-Remaining", "0")
            .body(example("getTask-429-rate_limited"))
            .build());

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.getTask("t"));

    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
    assertEquals("rate_limit_exceeded", e.errorCode().orElseThrow());
    assertEquals("0", e.headers().get("X-RateLimit-Remaining"));
  }

  @Test
  void errors_whenDetailIsObjectOrList_keepsReadableDetail() {
    server.enqueue(json(400, "{\"detail\":{\"message\":\"bad call\",\"field\":\"x\"}}"));
    server.enqueue(json(409, "{\"detail\":[\"a\",\"b\"],\"error_code\":\"conflict\"}"));

    ServiceException a = assertThrows(ServiceException.class, () -> client.getTask("t"));
    ServiceException b = assertThrows(ServiceException.class, () -> client.getTask("t"));

    assertEquals("bad call", a.detail().orElseThrow());
    assertEquals("[\"a\",\"b\"]", b.detail().orElseThrow());
    assertEquals("conflict", b.errorCode().orElseThrow());
  }

  @Test
  void errors_whenOlderRouteAnswersMessage_readsItWhenDetailIsAbsent() throws Exception {
    server.enqueue(
        json(403, "{\"message\":\"Workspace access denied\",\"error_code\":\"forbidden\"}"));
    server.enqueue(
        json(404, "{\"detail\":\"Task not found or expired\",\"message\":\"Not Found\"}"));

    ServiceException a = assertThrows(ServiceException.class, () -> client.getTask("t"));
    ServiceException b = assertThrows(ServiceException.class, () -> client.getTask("t"));

    assertEquals("Workspace access denied", a.detail().orElseThrow());
    assertEquals("forbidden", a.errorCode().orElseThrow());
    assertEquals(
        "Workspace access denied", a.error(ErrorResponse.class).orElseThrow().getMessage());
    // the documented detail stays first when both are there
    assertEquals("Task not found or expired", b.detail().orElseThrow());
    assertEquals("Not Found", b.error(ErrorResponse.class).orElseThrow().getMessage());
    RecordedRequest first = take();
    assertEquals("GET", first.getMethod());
    assertEquals("/v1/" + WS + "/tasks/t", first.getTarget());
  }

  @Test
  void errors_whenGarbage_neverThrowsFromParser() {
    for (String body :
        List.of("<html>bad gateway</html>", "[1]", "{", "{\"detail\":null}", "{\"detail\":[]}")) {
      server.enqueue(json(500, body));
      ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.getTask("t"));
      assertEquals(body, e.rawBody());
    }
  }

  @Test
  void errors_whenSuccessBodyUnreadable_throwsInvalidResponse() {
    server.enqueue(json(200, "{\"tasks\": 5}"));

    assertThrows(InvalidResponseException.class, () -> client.listTasksByCall(CALL));
  }

  @Test
  void retries_whenServiceUnavailable_retriesGet() throws Exception {
    client.close();
    client = clientBuilder().maxRetries(2).build();
    server.enqueue(json(503, "{\"detail\":\"busy\"}"));
    server.enqueue(json(200, example("getTask-200-running")));

    assertEquals("running", client.getTask("t").getStatus());
    assertEquals(2, server.getRequestCount());
  }

  // ------------------------------------------------------------------ async and raw

  @Test
  void getTaskAsync_whenOk_completesWithBody() throws Exception {
    server.enqueue(json(200, example("getTask-200-running")));

    TaskStateResponse t = client.getTaskAsync("task_c9f0f895fb98ab91").get(5, TimeUnit.SECONDS);

    assertEquals("voice_import", t.getSkill());
    assertEquals("/v1/" + WS + "/tasks/task_c9f0f895fb98ab91", take().getTarget());
  }

  @Test
  void listTasksByCallAsync_whenNotFound_failsWithTypedException() {
    server.enqueue(json(404, "{\"detail\":\"Call not found\"}"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.listTasksByCallAsync(CALL).get(5, TimeUnit.SECONDS));

    assertEquals(
        "Call not found",
        assertInstanceOf(NotFoundException.class, e.getCause()).detail().orElseThrow());
  }

  @Test
  void withRawResponse_whenOk_exposesStatusHeadersAndRequestId() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req-7")
            .addHeader("X-RateLimit-Remaining", "597")
            .body(example("getTask-200-completed"))
            .build());
    server.enqueue(json(200, example("listTasksByCall-200-empty")));
    server.enqueue(json(200, example("getTask-200-running")));
    server.enqueue(json(200, example("listTasksByCall-200-empty")));

    ApiResponse<TaskStateResponse> got = client.withRawResponse().getTask("t");
    ApiResponse<TaskListResponse> listed = client.withRawResponse().listTasksByCall(CALL);

    assertEquals(200, got.statusCode());
    assertEquals("req-7", got.requestId().orElseThrow());
    assertEquals("597", got.headers().get("X-RateLimit-Remaining"));
    assertEquals("completed", got.body().getStatus());
    assertEquals(List.of(), listed.body().getTasks());
    assertEquals(
        "running",
        client.withRawResponse().getTaskAsync("t", RequestOptions.none()).get().body().getStatus());
    assertEquals(
        200,
        client
            .withRawResponse()
            .listTasksByCallAsync(CALL, RequestOptions.none())
            .get()
            .statusCode());
  }

  // ------------------------------------------------------------------ config and secrets

  @Test
  void fromEnv_whenVariablesMissing_throwsNamingThem() {
    IllegalStateException noKey =
        assertThrows(
            IllegalStateException.class,
            () -> AmigoClient.fromEnv(Map.of("AMIGO_WORKSPACE_ID", WS)));
    IllegalStateException noWorkspace =
        assertThrows(
            IllegalStateException.class, () -> AmigoClient.fromEnv(Map.of("AMIGO_API_KEY", KEY)));
    IllegalArgumentException badWorkspace =
        assertThrows(
            IllegalArgumentException.class,
            () -> AmigoClient.fromEnv(Map.of("AMIGO_API_KEY", KEY, "AMIGO_WORKSPACE_ID", "ws-1")));

    assertTrue(noKey.getMessage().contains("AMIGO_API_KEY"), noKey.getMessage());
    assertTrue(noWorkspace.getMessage().contains("AMIGO_WORKSPACE_ID"), noWorkspace.getMessage());
    assertTrue(badWorkspace.getMessage().contains("AMIGO_WORKSPACE_ID"));
    assertFalse(noWorkspace.getMessage().contains(KEY));
  }

  @Test
  void fromEnv_whenComplete_usesEveryVariable() throws Exception {
    server.enqueue(json(200, example("listTasksByCall-200-empty")));
    try (AmigoClient c =
        AmigoClient.fromEnv(
            Map.of(
                "AMIGO_API_KEY",
                KEY,
                "AMIGO_WORKSPACE_ID",
                WS.toUpperCase(),
                "AMIGO_BASE_URL",
                server.url("/").toString()))) {
      c.listTasksByCall(CALL);
      assertEquals(Optional.of(WS), c.workspaceId());
    }
    RecordedRequest r = take();
    assertEquals("/v1/" + WS + "/tasks/by-call/" + CALL, r.getTarget());
    assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
  }

  @Test
  void builder_whenNoBaseUrl_usesSpecServerAndToStringHidesKey() {
    try (AmigoClient c = AmigoClient.builder().apiKey(KEY).workspaceId(WS).build()) {
      assertEquals("https://api.platform.amigo.ai/", c.baseUrl());
      assertEquals(
          "AmigoClient[vendor=amigo, baseUrl=https://api.platform.amigo.ai/, workspaceId="
              + WS
              + "]",
          c.toString());
      assertFalse(c.options().toString().contains(KEY));
    }
  }

  @Test
  void secrets_whenErrorEchoesKey_neverAppearInMessages() {
    server.enqueue(
        json(401, "{\"detail\":\"token " + KEY + " revoked\",\"error_code\":\"" + KEY + "\"}"));

    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> client.getTask("t"));

    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertFalse(e.rawBody().contains(KEY));
    assertFalse(e.detail().orElse("").contains(KEY));
    assertFalse(e.errorCode().orElse("").contains(KEY));
    assertFalse(client.toString().contains(KEY));
  }
}
