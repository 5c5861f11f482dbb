package dev.tasksdk.stuut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.UnprocessableEntityException;
import dev.tasksdk.stuut.model.ErrorResponse;
import dev.tasksdk.stuut.model.Task;
import dev.tasksdk.stuut.model.TaskList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class StuutClientTest {
  private static final String KEY = "sk-SENTINEL-123";

  private MockWebServer server;
  private StuutClient client;

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

  private StuutClient.Builder clientBuilder() {
    return StuutClient.builder()
        .apiKey(KEY)
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

  private static String payload(String name) {
    try (InputStream in = StuutClientTest.class.getResourceAsStream("/payloads/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String task(String id, String status) {
    return "{\"id\":\"" + id + "\",\"label\":\"Task " + id + "\",\"status\":\"" + status + "\"}";
  }

  private static String page(int current, Integer next, String... tasks) {
    return "{\"data\":["
        + String.join(",", tasks)
        + "],\"current_page\":"
        + current
        + ",\"total_records\":9,\"next_page\":"
        + next
        + "}";
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  private void assertCommonHeaders(RecordedRequest r) {
    assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    assertTrue(
        r.getHeaders().get("User-Agent").startsWith("tasksdk-stuut/"),
        r.getHeaders().get("User-Agent"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
  }

  // ------------------------------------------------------------------ listTasks

  @Test
  void listTasks_whenNoParams_sendsBareGetWithAuth() throws Exception {
    server.enqueue(json(200, page(0, null)));

    TaskList list = client.listTasks();

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/tasks", r.getTarget());
    assertCommonHeaders(r);
    assertEquals(0, r.getBodySize());
    assertEquals(List.of(), list.getData());
    assertNull(list.getNextPage());
  }

  @Test
  void listTasks_whenEveryParamSet_sendsExactQueryString() throws Exception {
    server.enqueue(json(200, page(2, null)));
    ListTasksParams params =
        ListTasksParams.builder()
            .page(2)
            .limit(200)
            .sortOrder("desc")
            .sortBy("created_at")
            .statuses(List.of("open", "assigned_to_agent"))
            .type("auto_response_email")
            .classification(List.of("dispute", "vip client"))
            .partnerId("prt_1&x")
            .assignee("usr_abc123")
            .isAutomated(false)
            .build();

    client.listTasks(params);

    assertEquals(
        "/v1/tasks?page=2&limit=200&sort_order=desc&sort_by=created_at"
            + "&status=open&status=assigned_to_agent&type=auto_response_email"
            + "&classification=dispute&classification=vip%20client&partner_id=prt_1%26x"
            + "&assignee=usr_abc123&is_automated=false",
        take().getTarget());
  }

  @Test
  void listTasks_whenVendorExample_decodesEveryField() throws Exception {
    server.enqueue(json(200, payload("list-tasks-response.json")));

    TaskList list = client.listTasks(ListTasksParams.builder().limit(1).build());

    assertEquals("/v1/tasks?limit=1", take().getTarget());
    assertEquals(0, list.getCurrentPage());
    assertEquals(0, list.getTotalRecords());
    assertNull(list.getNextPage());
    Task t = list.getData().get(0);
    assertEquals("<string>", t.getId());
    assertEquals("<string>", t.getLabel());
    assertEquals("activity_summary_outreach", t.getType());
    assertEquals("open", t.getStatus());
    assertEquals("complete", t.getActionTaken());
    assertEquals("<string>", t.getAssignee().getEmail());
    assertEquals(true, t.getAssignee().getIsOrgAdmin());
    assertEquals(OffsetDateTime.parse("2023-11-07T05:31:56Z"), t.getCreatedAt());
    assertEquals(OffsetDateTime.parse("2023-11-07T05:31:56Z"), t.getModifiedAt());
    assertEquals(Map.of(), t.getCompletedAction());
    assertEquals("response", t.getData().get(0).getType());
    assertEquals("<unknown>", t.getTriggerEvent().getData());
  }

  @Test
  void listTasks_whenUnknownStatusAndType_keepsVendorWords() {
    server.enqueue(
        json(200, page(0, null, "{\"id\":\"t1\",\"status\":\"escalated\",\"type\":\"new_kind\"}")));

    Task t = client.listTasks().getData().get(0);

    assertEquals("escalated", t.getStatus());
    assertEquals("new_kind", t.getType());
  }

  @Test
  void listTasks_whenRequestOptions_sendsExtraHeader() throws Exception {
    server.enqueue(json(200, page(0, null)));

    client.listTasks(
        ListTasksParams.builder().build(),
        RequestOptions.builder().header("X-Trace", "abc").build());

    RecordedRequest r = take();
    assertEquals("abc", r.getHeaders().get("X-Trace"));
    assertCommonHeaders(r);
  }

  // ------------------------------------------------------------------ validation

  @Test
  void listTasksParams_whenOutOfRange_throwsNamingFieldBeforeAnyRequest() {
    assertRejected("limit", () -> ListTasksParams.builder().limit(201).build());
    assertRejected("limit", () -> ListTasksParams.builder().limit(0).build());
    assertRejected("page", () -> ListTasksParams.builder().page(-1).build());
    assertRejected("status", () -> ListTasksParams.builder().addStatus("done").build());
    assertRejected("type", () -> ListTasksParams.builder().type("call").build());
    assertRejected("assignee", () -> ListTasksParams.builder().assignee(" ").build());
    assertRejected("partnerId", () -> ListTasksParams.builder().partnerId("").build());
    assertRejected("classification", () -> ListTasksParams.builder().addClassification("").build());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void listTasksParams_whenBoundaryValues_accepted() {
    ListTasksParams p =
        ListTasksParams.builder().page(0).limit(1).limit(200).addStatus("open").build();

    assertEquals(200, p.limit().orElseThrow());
    assertEquals(List.of("open"), p.statuses());
    assertEquals(p, p.toBuilder().build());
  }

  @Test
  void setTaskAssignee_whenBlankArguments_throwsNamingFieldBeforeAnyRequest() {
    assertRejected(
        "taskId",
        () ->
            client.setTaskAssignee(" ", SetTaskAssigneeParams.builder().assignee("usr_1").build()));
    assertRejected(
        "assignee",
        () -> client.setTaskAssignee("t1", SetTaskAssigneeParams.builder().assignee("").build()));
    assertRejected(
        "assignee",
        () ->
            client.setTaskAssigneeAsync(
                "t1", SetTaskAssigneeParams.builder().assignee(" ").build()));
    NullPointerException npe =
        assertThrows(
            NullPointerException.class,
            () ->
                client.setTaskAssignee(
                    null, SetTaskAssigneeParams.builder().assignee("usr_1").build()));
    assertTrue(npe.getMessage().contains("taskId"));
    assertThrows(NullPointerException.class, () -> client.listTasks((ListTasksParams) null));
    assertEquals(0, server.getRequestCount());
  }

  private static void assertRejected(String field, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(field), e.getMessage());
  }

  // ------------------------------------------------------------------ setTaskAssignee

  @Test
  void setTaskAssignee_whenCalled_postsExactBodyAndDecodesTask() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"id\":\"tsk 1\",\"label\":\"Approve email\",\"status\":\"open\","
                + "\"assignee_id\":\"usr_abc123\",\"assignee\":{\"id\":\"usr_abc123\","
                + "\"email\":\"ana@example.com\",\"name\":\"Ana\"}}"));

    Task t =
        client.setTaskAssignee(
            "tsk 1", SetTaskAssigneeParams.builder().assignee("usr_abc123").build());

    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v1/tasks/tsk%201/set-assignee", r.getTarget());
    assertCommonHeaders(r);
    assertEquals("application/json", r.getHeaders().get("Content-Type"));
    assertEquals("{\"assignee\":\"usr_abc123\"}", r.getBody().utf8());
    assertEquals("tsk 1", t.getId());
    assertEquals("usr_abc123", t.getAssigneeId());
    assertEquals("ana@example.com", t.getAssignee().getEmail());
  }

  @Test
  void setTaskAssignee_whenServiceUnavailable_isRetriedAsSafe() throws Exception {
    client.close();
    client = clientBuilder().maxRetries(2).build();
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(200, task("t1", "open")));

    Task t =
        client.setTaskAssignee("t1", SetTaskAssigneeParams.builder().assignee("usr_1").build());

    assertEquals("t1", t.getId());
    assertEquals(2, server.getRequestCount());
    assertEquals("{\"assignee\":\"usr_1\"}", take().getBody().utf8());
    assertEquals("{\"assignee\":\"usr_1\"}", take().getBody().utf8());
  }

  // ------------------------------------------------------------------ errors

  @Test
  void errors_whenFastApiDetailString_throwsUnauthorizedWithDetail() {
    server.enqueue(json(401, "{\"detail\":\"Invalid authentication credentials\"}"));

    UnauthorizedException e = assertThrows(UnauthorizedException.class, client::listTasks);

    assertEquals(401, e.statusCode());
    assertEquals("Invalid authentication credentials", e.detail().orElseThrow());
    assertTrue(e.errorCode().isEmpty());
    assertEquals(
        "Invalid authentication credentials",
        e.error(ErrorResponse.class).orElseThrow().getDetail());
    assertTrue(e.getMessage().contains("Stuut listTasks failed: HTTP 401"), e.getMessage());
  }

  @Test
  void errors_whenNestJsBody_throwsNotFoundWithErrorCodeAndRequestId() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req-9")
            .body("{\"statusCode\":404,\"message\":\"Task not found\",\"error\":\"Not Found\"}")
            .build());

    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () ->
                client.setTaskAssignee(
                    "t1", SetTaskAssigneeParams.builder().assignee("usr_1").build()));

    assertEquals("Not Found", e.errorCode().orElseThrow());
    assertEquals("Task not found", e.detail().orElseThrow());
    assertEquals("req-9", e.requestId().orElseThrow());
    assertEquals("setTaskAssignee", e.operation());
  }

  @Test
  void errors_whenValidationList_throwsUnprocessableWithMessages() {
    server.enqueue(
        json(
            422,
            "{\"detail\":[{\"loc\":[\"query\",\"limit\"],\"msg\":\"too big\",\"type\":\"x\"},"
                + "{\"loc\":[\"query\",0],\"msg\":\"bad page\"}]}"));

    UnprocessableEntityException e =
        assertThrows(UnprocessableEntityException.class, client::listTasks);

    assertEquals("too big; bad page", e.detail().orElseThrow());
  }

  @Test
  void errors_whenNestJsMessageList_keepsCodeAndJoinedMessages() {
    server.enqueue(
        json(400, "{\"statusCode\":400,\"message\":[\"a is bad\",\"b is bad\"],\"code\":\"E1\"}"));

    ServiceException e = assertThrows(ServiceException.class, client::listTasks);

    assertEquals(400, e.statusCode());
    assertEquals("E1", e.errorCode().orElseThrow());
    assertEquals("a is bad; b is bad", e.detail().orElseThrow());
  }

  @Test
  void errors_whenGarbageBody_throwsServerErrorKeepingRawBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .addHeader("Content-Type", "text/html")
            .body("<html>oops</html>")
            .build());

    ServerErrorException e = assertThrows(ServerErrorException.class, client::listTasks);

    assertEquals("<html>oops</html>", e.rawBody());
    assertTrue(e.errorCode().isEmpty());
    assertTrue(e.detail().isEmpty());
    assertTrue(e.error().isEmpty());
  }

  @Test
  void errors_whenJsonOfWrongShape_neverThrowsFromParser() {
    for (String body : List.of("[1,2]", "\"x\"", "{\"detail\":{}}", "{\"message\":null}", "{")) {
      server.enqueue(json(500, body));
      ServerErrorException e = assertThrows(ServerErrorException.class, client::listTasks);
      assertEquals(body, e.rawBody());
      assertTrue(e.errorCode().isEmpty(), body);
    }
  }

  @Test
  void errors_whenSuccessBodyUnreadable_throwsInvalidResponse() {
    server.enqueue(json(200, "{\"data\": 12"));

    TaskSdkException e = assertThrows(TaskSdkException.class, client::listTasks);

    assertInstanceOf(dev.tasksdk.core.InvalidResponseException.class, e);
  }

  // ------------------------------------------------------------------ paging

  @Test
  void listTasksAutoPaging_whenThreePages_followsNextPageWithSameParams() throws Exception {
    server.enqueue(json(200, page(0, 1, task("a", "open"), task("b", "open"))));
    server.enqueue(json(200, page(1, 2, task("c", "open"))));
    server.enqueue(json(200, page(2, null, task("d", "open"))));
    ListTasksParams params = ListTasksParams.builder().limit(2).addStatus("open").build();

    List<String> ids = new ArrayList<>();
    for (Task t : client.listTasksAutoPaging(params)) {
      ids.add(t.getId());
    }

    assertEquals(List.of("a", "b", "c", "d"), ids);
    assertEquals("/v1/tasks?limit=2&status=open", take().getTarget());
    assertEquals("/v1/tasks?page=1&limit=2&status=open", take().getTarget());
    assertEquals("/v1/tasks?page=2&limit=2&status=open", take().getTarget());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void listTasksAutoPaging_whenPageFails_resumesWithoutLossOrRepeat() throws Exception {
    server.enqueue(json(200, page(0, 1, task("a", "open"))));
    server.enqueue(json(500, "{\"message\":\"boom\"}"));
    server.enqueue(json(200, page(1, null, task("b", "open"))));
    ListTasksParams params = ListTasksParams.builder().build();
    List<String> ids = new ArrayList<>();

    Iterator<Task> it = client.listTasksAutoPaging(params).iterator();
    ids.add(it.next().getId());
    PageFailedException e = assertThrows(PageFailedException.class, it::hasNext);
    assertInstanceOf(ServerErrorException.class, e.getCause());
    assertEquals(PageToken.of("1"), e.resumeToken());
    client.listTasksAutoPaging(params, e.resumeToken()).forEach(t -> ids.add(t.getId()));

    assertEquals(List.of("a", "b"), ids);
    take();
    assertEquals("/v1/tasks?page=1", take().getTarget());
    assertEquals("/v1/tasks?page=1", take().getTarget());
  }

  @Test
  void listTasksAutoPaging_whenNextPageRepeats_stopsWithError() {
    server.enqueue(json(200, page(0, 1, task("a", "open"))));
    server.enqueue(json(200, page(1, 1, task("b", "open"))));
    server.enqueue(json(200, page(1, 1, task("b", "open"))));

    Iterator<Task> it = client.listTasksAutoPaging(ListTasksParams.builder().build()).iterator();
    it.next();
    it.next();
    TaskSdkException e = assertThrows(TaskSdkException.class, it::hasNext);

    assertTrue(e.getMessage().contains("a second time"), e.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void listTasksPage_whenTokenNotAPageNumber_throwsNamingToken() {
    assertRejected(
        "pageToken",
        () -> client.listTasksPage(ListTasksParams.builder().build(), PageToken.of("abc")));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void listTasksPage_whenStartPageInParams_startsThere() throws Exception {
    server.enqueue(json(200, page(4, 5, task("e", "open"))));

    Page<Task> p = client.listTasksPage(ListTasksParams.builder().page(4).build(), null);

    assertEquals("/v1/tasks?page=4", take().getTarget());
    assertEquals(PageToken.of("5"), p.nextToken().orElseThrow());
    assertEquals("e", p.items().get(0).getId());
  }

  // ------------------------------------------------------------------ async and raw

  @Test
  void listTasksAsync_whenOk_completesWithBody() throws Exception {
    server.enqueue(json(200, page(0, null, task("a", "open"))));

    TaskList list =
        client.listTasksAsync(ListTasksParams.builder().type("call_analysis").build()).get();

    assertEquals("a", list.getData().get(0).getId());
    assertEquals("/v1/tasks?type=call_analysis", take().getTarget());
  }

  @Test
  void setTaskAssigneeAsync_whenOk_completesWithTask() throws Exception {
    server.enqueue(json(200, task("t1", "assigned_to_agent")));

    Task t =
        client
            .setTaskAssigneeAsync("t1", SetTaskAssigneeParams.builder().assignee("usr_2").build())
            .get(5, TimeUnit.SECONDS);

    assertEquals("assigned_to_agent", t.getStatus());
    RecordedRequest r = take();
    assertEquals("/v1/tasks/t1/set-assignee", r.getTarget());
    assertEquals("{\"assignee\":\"usr_2\"}", r.getBody().utf8());
  }

  @Test
  void setTaskAssigneeAsync_whenNotFound_failsWithNotFound() {
    server.enqueue(json(404, "{\"detail\":\"Task not found\"}"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                client
                    .setTaskAssigneeAsync(
                        "t1", SetTaskAssigneeParams.builder().assignee("usr_2").build())
                    .get(5, TimeUnit.SECONDS));

    NotFoundException nf = assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals("Task not found", nf.detail().orElseThrow());
  }

  @Test
  void withRawResponse_whenOk_exposesStatusHeadersAndRequestId() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req-1")
            .addHeader("X-RateLimit-Remaining", "7")
            .body(page(0, null, task("a", "open")))
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req-2")
            .body(task("t1", "open"))
            .build());

    ApiResponse<TaskList> list =
        client.withRawResponse().listTasks(ListTasksParams.builder().build());
    ApiResponse<Task> assigned =
        client
            .withRawResponse()
            .setTaskAssignee("t1", SetTaskAssigneeParams.builder().assignee("usr_1").build());

    assertEquals(200, list.statusCode());
    assertEquals("req-1", list.requestId().orElseThrow());
    assertEquals("7", list.headers().get("X-RateLimit-Remaining"));
    assertEquals("a", list.body().getData().get(0).getId());
    assertEquals("req-2", assigned.requestId().orElseThrow());
    assertEquals("t1", assigned.body().getId());
  }

  @Test
  void withRawResponseAsync_whenOk_completes() throws Exception {
    server.enqueue(json(200, page(0, null)));
    server.enqueue(json(200, task("t1", "open")));

    assertEquals(
        200,
        client
            .withRawResponse()
            .listTasksAsync(ListTasksParams.builder().build(), RequestOptions.none())
            .get()
            .statusCode());
    assertEquals(
        "t1",
        client
            .withRawResponse()
            .setTaskAssigneeAsync(
                "t1",
                SetTaskAssigneeParams.builder().assignee("usr_1").build(),
                RequestOptions.none())
            .get()
            .body()
            .getId());
  }

  // ------------------------------------------------------------------ config and secrets

  @Test
  void fromEnv_whenKeyMissing_throwsNamingVariable() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> StuutClient.fromEnv(Map.of()));
    assertTrue(e.getMessage().contains("STUUT_API_KEY"), e.getMessage());
    assertThrows(
        IllegalStateException.class, () -> StuutClient.fromEnv(Map.of("STUUT_API_KEY", " ")));
  }

  @Test
  void fromEnv_whenKeyAndBaseUrl_usesThem() throws Exception {
    server.enqueue(json(200, page(0, null)));
    try (StuutClient c =
        StuutClient.fromEnv(
            Map.of("STUUT_API_KEY", KEY, "STUUT_BASE_URL", server.url("/").toString()))) {
      c.listTasks();
      assertEquals(server.url("/").toString(), c.baseUrl());
    }
    assertEquals("Bearer " + KEY, take().getHeaders().get("Authorization"));
  }

  @Test
  void builder_whenNoBaseUrl_usesSpecServer() {
    try (StuutClient c = StuutClient.builder().apiKey(KEY).build()) {
      assertEquals("https://api.stuut.ai/", c.baseUrl());
      assertEquals("StuutClient[vendor=stuut, baseUrl=https://api.stuut.ai/]", c.toString());
    }
  }

  @Test
  void builder_whenNoKey_throwsNamingApiKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StuutClient.builder().build());
    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
  }

  @Test
  void secrets_whenErrorEchoesKey_neverAppearInMessagesOrToString() {
    server.enqueue(json(401, "{\"detail\":\"bad token " + KEY + "\",\"code\":\"" + KEY + "\"}"));

    UnauthorizedException e = assertThrows(UnauthorizedException.class, client::listTasks);

    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertFalse(e.rawBody().contains(KEY), e.rawBody());
    assertFalse(e.detail().orElse("").contains(KEY));
    assertFalse(e.errorCode().orElse("").contains(KEY));
    assertFalse(client.toString().contains(KEY));
    assertFalse(client.options().toString().contains(KEY));
    assertFalse(e.headers().toString().contains(KEY));
  }

  @Test
  void close_whenSharedHttpClient_leavesItUsable() throws Exception {
    okhttp3.OkHttpClient shared = new okhttp3.OkHttpClient();
    server.enqueue(json(200, page(0, null)));
    server.enqueue(json(200, page(0, null)));
    Supplier<StuutClient> make = () -> clientBuilder().httpClient(shared).build();

    StuutClient first = make.get();
    first.listTasks();
    first.close();
    try (StuutClient second = make.get()) {
      second.listTasks();
    }

    assertFalse(shared.dispatcher().executorService().isShutdown());
    assertEquals(2, server.getRequestCount());
  }
}
