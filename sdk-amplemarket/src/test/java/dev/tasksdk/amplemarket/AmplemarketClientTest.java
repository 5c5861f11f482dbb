package dev.tasksdk.amplemarket;

import static dev.tasksdk.testkit.ModelAssertions.readResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.amplemarket.model.ErrorResponse;
import dev.tasksdk.amplemarket.model.Task;
import dev.tasksdk.amplemarket.model.TaskList;
import dev.tasksdk.amplemarket.model.TaskStatusList;
import dev.tasksdk.amplemarket.model.TaskTypeList;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.BadRequestException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.UnprocessableEntityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** AmplemarketClient against MockWebServer: the exact requests on the wire and their decoding. */
class AmplemarketClientTest {
  private static final String KEY = "sk-SENTINEL-123";
  private static final String USER = "0198f652-bc9b-79c2-8b91-60e1bd43e45d";
  private static final String ACCEPT = "application/json, application/vnd.amp+json";

  private MockWebServer server;
  private AmplemarketClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = clientBuilder().build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private AmplemarketClient.Builder clientBuilder() {
    return AmplemarketClient.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/").toString())
        .maxRetries(0);
  }

  private void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
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

  private static void assertCommonHeaders(RecordedRequest r) {
    assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    assertEquals(ACCEPT, r.getHeaders().get("Accept"));
    assertTrue(
        r.getHeaders().get("User-Agent").startsWith("tasksdk-amplemarket/"),
        r.getHeaders().get("User-Agent"));
  }

  private static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  // ---- listTasks ----------------------------------------------------------------------------

  @Test
  void listTasks_whenEveryParameterSet_sendsExactQueryAndDecodesPage() throws Exception {
    enqueue(200, readResource("payloads/spec-examples/ok-listTasks-200-page.json"));

    TaskList page =
        client.listTasks(
            ListTasksParams.builder()
                .userId(USER)
                .pageSize("50")
                .pageAfter("c1")
                .pageBefore("c0")
                .automatic(false)
                .type("phone_call")
                .status("scheduled")
                .contactLocalTimeFrom(0)
                .contactLocalTimeTo(23)
                .messageOpens(0)
                .keyword("Acme Inc")
                .sequenceKey("seq-1")
                .build());

    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals(
        "/tasks?page%5Bsize%5D=50&page%5Bafter%5D=c1&page%5Bbefore%5D=c0&automatic=false"
            + "&type=phone_call&status=scheduled&contact_local_time_from=0"
            + "&contact_local_time_to=23&message_opens=0&keyword=Acme%20Inc&sequence_key=seq-1&user_id="
            + USER,
        r.getTarget());
    assertCommonHeaders(r);
    assertEquals(0, r.getBodySize());

    assertEquals(2, page.getTasks().size());
    Task first = page.getTasks().get(0);
    assertEquals("0198f652-bd65-7bc1-99e8-c9801331ecc7", first.getId());
    assertFalse(first.getAutomatic());
    assertEquals("phone_call", first.getType());
    assertEquals("scheduled", first.getStatus());
    assertEquals(OffsetDateTime.parse("2025-08-29T12:54:34Z"), first.getDueOn());
    assertNull(first.getFinishedOn());
    assertEquals("custom task notes", first.getNotes());
    assertEquals(USER, first.getUserId());
    assertEquals("user@example.com", first.getUserEmail());
    assertEquals("User Amplemarket", first.getContact().getName());
    assertEquals("user@amplemarket.com", first.getContact().getEmail());
    Task second = page.getTasks().get(1);
    assertEquals("completed", second.getStatus());
    assertEquals(OffsetDateTime.parse("2025-08-28T09:02:11Z"), second.getFinishedOn());
    assertEquals("Q3 outbound", second.getSequenceName());
    assertNull(second.getContact());
    assertEquals(
        "/tasks?page[after]=0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11&page[size]=20&user_id=" + USER,
        page.getLinks().getNext().getHref());
  }

  @Test
  void listTasks_whenParamsNameNoUser_usesClientDefaultUser() throws Exception {
    try (AmplemarketClient withUser = clientBuilder().userId("u-default").build()) {
      enqueue(200, "{\"tasks\":[]}");
      TaskList page = withUser.listTasks(ListTasksParams.builder().build());
      assertTrue(page.getTasks().isEmpty());
      assertEquals("/tasks?user_id=u-default", take().getTarget());
    }
  }

  @Test
  void listTasks_whenParamsNameUser_overridesClientDefault() throws Exception {
    try (AmplemarketClient withUser = clientBuilder().userId("u-default").build()) {
      enqueue(200, "{\"tasks\":[]}");
      withUser.listTasks(ListTasksParams.builder().userId("u-other").build());
      assertEquals("/tasks?user_id=u-other", take().getTarget());
    }
  }

  @Test
  void listTasks_whenNoUserAnywhere_throwsBeforeAnyRequest() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.listTasks(ListTasksParams.builder().build()));
    assertTrue(e.getMessage().contains("userId"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> client.listTasksAsync(ListTasksParams.builder().build()));
    assertEquals(0, server.getRequestCount());
  }

  static List<Object[]> invalidParams() {
    return List.of(
        new Object[] {
          "contactLocalTimeFrom",
          (Consumer<ListTasksParams.Builder>) b -> b.contactLocalTimeFrom(-1)
        },
        new Object[] {
          "contactLocalTimeFrom",
          (Consumer<ListTasksParams.Builder>) b -> b.contactLocalTimeFrom(24)
        },
        new Object[] {
          "contactLocalTimeTo", (Consumer<ListTasksParams.Builder>) b -> b.contactLocalTimeTo(24)
        },
        new Object[] {
          "contactLocalTimeTo", (Consumer<ListTasksParams.Builder>) b -> b.contactLocalTimeTo(-5)
        },
        new Object[] {"messageOpens", (Consumer<ListTasksParams.Builder>) b -> b.messageOpens(-1)},
        new Object[] {"pageSize", (Consumer<ListTasksParams.Builder>) b -> b.pageSize("0")},
        new Object[] {"userId", (Consumer<ListTasksParams.Builder>) b -> b.userId(" ")},
        new Object[] {"status", (Consumer<ListTasksParams.Builder>) b -> b.status("")},
        new Object[] {"type", (Consumer<ListTasksParams.Builder>) b -> b.type(" ")},
        new Object[] {"keyword", (Consumer<ListTasksParams.Builder>) b -> b.keyword("")},
        new Object[] {"sequenceKey", (Consumer<ListTasksParams.Builder>) b -> b.sequenceKey(" ")},
        new Object[] {"pageAfter", (Consumer<ListTasksParams.Builder>) b -> b.pageAfter("")});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidParams")
  void listTasksParams_whenOutOfRangeOrBlank_throwNamingFieldBeforeAnyRequest(
      String field, Consumer<ListTasksParams.Builder> breakIt) {
    ListTasksParams.Builder b = ListTasksParams.builder().userId(USER);
    breakIt.accept(b);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void listTasksParams_whenBoundaryValues_areAccepted() {
    ListTasksParams p =
        ListTasksParams.builder()
            .contactLocalTimeFrom(0)
            .contactLocalTimeTo(23)
            .messageOpens(0)
            .pageSize("1")
            .build();
    assertEquals(p, p.toBuilder().build());
    assertEquals(23, p.contactLocalTimeTo().orElseThrow());
  }

  // ---- statuses and types -------------------------------------------------------------------

  @Test
  void listTaskStatuses_whenCalled_sendsGetAndDecodes() throws Exception {
    enqueue(200, "{\"statuses\":[\"scheduled\",\"completed\",\"skipped\",\"snoozed\"]}");
    TaskStatusList statuses = client.listTaskStatuses();
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/tasks/statuses", r.getTarget());
    assertCommonHeaders(r);
    assertEquals(List.of("scheduled", "completed", "skipped", "snoozed"), statuses.getStatuses());
  }

  @Test
  void listTaskTypes_whenCalled_sendsGetAndDecodes() throws Exception {
    enqueue(200, "{\"types\":[\"phone_call\",\"email\"]}");
    TaskTypeList types = client.listTaskTypes();
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/tasks/types", r.getTarget());
    assertCommonHeaders(r);
    assertEquals(List.of("phone_call", "email"), types.getTypes());
  }

  // ---- skip and complete --------------------------------------------------------------------

  @Test
  void skipTask_whenCalled_postsEmptyObject() throws Exception {
    enqueue(200, "");
    client.skipTask("t-1");
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/tasks/t-1/skip", r.getTarget());
    assertCommonHeaders(r);
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals("{}", body(r));
  }

  @Test
  void skipTask_whenVendorReturnsUndocumentedBody_ignoresIt() {
    enqueue(200, "{\"task\":{\"id\":\"t-1\",\"status\":\"skipped\"}}");
    client.skipTask("t-1");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void completeTask_whenNoBody_postsEmptyObject() throws Exception {
    enqueue(200, "");
    client.completeTask("t-1");
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/tasks/t-1/complete", r.getTarget());
    assertCommonHeaders(r);
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals("{}", body(r));
  }

  @Test
  void completeTask_whenSetLeadToCompleted_sendsIt() throws Exception {
    enqueue(200, "");
    client.completeTask("t-1", CompleteTaskParams.builder().setLeadToCompleted(true).build());
    assertEquals("{\"set_lead_to_completed\":true}", body(take()));
  }

  @Test
  void completeTask_whenIneligible_throwsUnprocessableWithVendorCode() {
    enqueue(422, readResource("payloads/error-ineligible-task.json"));
    UnprocessableEntityException e =
        assertThrows(UnprocessableEntityException.class, () -> client.completeTask("t-1"));
    assertEquals(422, e.statusCode());
    assertEquals("unsupported_value", e.errorCode().orElseThrow());
    assertEquals(
        "Task is in a state prevents it from being executed manually", e.detail().orElseThrow());
    ErrorResponse error = e.error(ErrorResponse.class).orElseThrow();
    assertEquals("Unsupported Value", error.getErrors().get(0).getTitle());
    assertTrue(e.getMessage().contains("unsupported_value"), e.getMessage());
  }

  @Test
  void completeTask_when503ThenOk_isRetriedBecauseCompletingIsIdempotent() throws Exception {
    try (AmplemarketClient retrying =
        clientBuilder()
            .maxRetries(2)
            .initialBackoff(Duration.ZERO)
            .maxBackoff(Duration.ZERO)
            .build()) {
      enqueue(503, "");
      enqueue(200, "");
      retrying.completeTask("t-1");
      assertEquals(2, server.getRequestCount());
      assertEquals("/tasks/t-1/complete", take().getTarget());
      assertEquals("{}", body(take()));
    }
  }

  @Test
  void skipTask_when503ThenOk_isRetriedBecauseSkippingIsIdempotent() {
    try (AmplemarketClient retrying =
        clientBuilder()
            .maxRetries(1)
            .initialBackoff(Duration.ZERO)
            .maxBackoff(Duration.ZERO)
            .build()) {
      enqueue(503, "");
      enqueue(200, "");
      retrying.skipTask("t-1");
      assertEquals(2, server.getRequestCount());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "a/b", "..", "."})
  void skipAndComplete_whenTaskIdInvalid_throwBeforeAnyRequest(String id) {
    assertThrows(IllegalArgumentException.class, () -> client.skipTask(id));
    assertThrows(IllegalArgumentException.class, () -> client.completeTask(id));
    assertThrows(IllegalArgumentException.class, () -> client.completeTaskAsync(id));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void skipTask_whenTaskIdNull_throwsNpeNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> client.skipTask(null));
    assertEquals("taskId == null", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  // ---- errors -------------------------------------------------------------------------------

  static List<Object[]> errorCases() {
    return List.of(
        new Object[] {
          400,
          "spec-examples/error-400-badRequest.json",
          BadRequestException.class,
          "unsupported_value"
        },
        new Object[] {
          401,
          "spec-examples/error-401-unauthorized.json",
          UnauthorizedException.class,
          "unauthorized"
        },
        new Object[] {
          404, "spec-examples/error-404-notFound.json", NotFoundException.class, "not_found"
        },
        new Object[] {
          422,
          "spec-examples/error-422-invalidParameter.json",
          UnprocessableEntityException.class,
          "unsupported_value"
        },
        new Object[] {
          429,
          "spec-examples/error-429-rateLimited.json",
          RateLimitedException.class,
          "too_many_requests"
        },
        new Object[] {
          500,
          "spec-examples/error-500-internalServerError.json",
          ServerErrorException.class,
          "internal_server_error"
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorCases")
  void skipTask_whenVendorError_throwsTypedExceptionWithParsedCode(
      int status, String file, Class<? extends ServiceException> type, String code) {
    enqueue(status, readResource("payloads/" + file));
    ServiceException e = assertThrows(ServiceException.class, () -> client.skipTask("t-1"));
    assertInstanceOf(type, e);
    assertEquals(status, e.statusCode());
    assertEquals(code, e.errorCode().orElseThrow());
    assertTrue(e.detail().isPresent());
    assertTrue(e.error(ErrorResponse.class).isPresent());
    assertEquals("skipTask", e.operation());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<html>bad gateway</html>",
        "",
        "{\"_errors\":\"oops\"}",
        "{\"_errors\":[]}",
        "{\"_errors\":[null]}",
        "{\"message\":\"x\"}",
        "[1,2]",
        "{\"_errors\":[{\"code\":"
      })
  void listTaskTypes_whenErrorBodyIsGarbage_throwsServiceExceptionWithoutCode(String garbage) {
    enqueue(502, garbage);
    ServerErrorException e = assertThrows(ServerErrorException.class, () -> client.listTaskTypes());
    assertEquals(502, e.statusCode());
    assertTrue(e.errorCode().isEmpty());
    assertEquals(garbage, e.rawBody());
  }

  @Test
  void errorBody_whenCodeMissing_fallsBackToTitleForDetail() {
    enqueue(404, "{\"_errors\":[{\"status\":\"404\",\"title\":\"Not Found\"}]}");
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.skipTask("t-9"));
    assertTrue(e.errorCode().isEmpty());
    assertEquals("Not Found", e.detail().orElseThrow());
  }

  @Test
  void errors_whenBodyEchoesTheKey_neverShowTheKey() {
    enqueue(401, "{\"_errors\":[{\"code\":\"unauthorized\",\"detail\":\"bad key " + KEY + "\"}]}");
    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> client.listTaskStatuses());
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertFalse(e.rawBody().contains(KEY));
    assertFalse(e.detail().orElse("").contains(KEY));
    assertFalse(e.headers().toString().contains(KEY));
  }

  // ---- paging -------------------------------------------------------------------------------

  private static String page(String next, String... ids) {
    StringBuilder sb = new StringBuilder("{\"tasks\":[");
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(ids[i])
          .append("\",\"status\":\"scheduled\"}");
    }
    sb.append("],\"_links\":{\"self\":{\"href\":\"/tasks?user_id=u\"}");
    if (next != null) {
      sb.append(",\"next\":{\"href\":\"").append(next).append("\"}");
    }
    return sb.append("}}").toString();
  }

  private static final String NEXT2 = "/tasks?page[after]=t2&page[size]=2&user_id=u";
  private static final String NEXT3 = "/tasks?page[after]=t4&page[size]=2&user_id=u";

  private static List<String> ids(Iterable<Task> tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.getId()));
    return ids;
  }

  @Test
  void listTasksAutoPaging_whenThreePages_followsNextHrefsExactly() throws Exception {
    enqueue(200, page(NEXT2, "t1", "t2"));
    enqueue(200, page(NEXT3, "t3", "t4"));
    enqueue(200, page(null, "t5"));

    List<String> ids =
        ids(
            client.listTasksAutoPaging(
                ListTasksParams.builder().userId("u").pageSize("2").status("scheduled").build()));

    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), ids);
    assertEquals("/tasks?page%5Bsize%5D=2&status=scheduled&user_id=u", take().getTarget());
    RecordedRequest second = take();
    assertEquals(NEXT2, second.getTarget());
    assertCommonHeaders(second);
    assertEquals(NEXT3, take().getTarget());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void listTasksAutoPaging_whenBaseUrlHasPathPrefix_appendsHrefToIt() throws Exception {
    try (AmplemarketClient proxied =
        clientBuilder().baseUrl(server.url("/proxy/amp").toString()).build()) {
      enqueue(200, page(NEXT2, "t1"));
      enqueue(200, page(null, "t2"));
      assertEquals(
          List.of("t1", "t2"),
          ids(proxied.listTasksAutoPaging(ListTasksParams.builder().userId("u").build())));
      assertEquals("/proxy/amp/tasks?user_id=u", take().getTarget());
      assertEquals("/proxy/amp" + NEXT2, take().getTarget());
    }
  }

  @Test
  void listTasksAutoPaging_whenMiddlePageFails_resumesFromTokenWithoutLossOrRepeat() {
    enqueue(200, page(NEXT2, "t1", "t2"));
    enqueue(500, "{\"_errors\":[{\"code\":\"internal_server_error\"}]}");
    ListTasksParams params = ListTasksParams.builder().userId("u").build();

    List<String> seen = new ArrayList<>();
    Iterator<Task> it = client.listTasksAutoPaging(params).iterator();
    PageFailedException failed =
        assertThrows(
            PageFailedException.class,
            () -> {
              while (it.hasNext()) {
                seen.add(it.next().getId());
              }
            });
    assertEquals(List.of("t1", "t2"), seen);
    assertEquals(PageToken.of(NEXT2), failed.resumeToken());
    assertInstanceOf(ServerErrorException.class, failed.getCause());

    enqueue(200, page(NEXT3, "t3", "t4"));
    enqueue(200, page(null, "t5"));
    seen.addAll(
        ids(client.listTasksAutoPaging(params, failed.resumeToken(), RequestOptions.none())));
    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), seen);
  }

  @Test
  void listTasksAutoPaging_whenNextHrefRepeats_stopsWithError() {
    enqueue(200, page(NEXT2, "t1"));
    enqueue(200, page(NEXT2, "t2"));
    Iterator<Task> it =
        client.listTasksAutoPaging(ListTasksParams.builder().userId("u").build()).iterator();
    assertEquals("t1", it.next().getId());
    assertEquals("t2", it.next().getId());
    TaskSdkException e = assertThrows(TaskSdkException.class, it::hasNext);
    assertTrue(e.getMessage().contains("a second time"), e.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void listTasksAutoPaging_whenNextHrefPointsElsewhere_doesNotFollowIt() {
    enqueue(200, page("https://evil.example/tasks?user_id=u", "t1"));
    Iterator<Task> it =
        client.listTasksAutoPaging(ListTasksParams.builder().userId("u").build()).iterator();
    assertEquals("t1", it.next().getId());
    PageFailedException e = assertThrows(PageFailedException.class, it::hasNext);
    assertTrue(e.getCause().getMessage().contains("another origin"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void listTasksPage_whenPageHasNoLinksOrTasks_isLastAndEmpty() {
    enqueue(200, "{}");
    var page = client.listTasksPage(ListTasksParams.builder().userId("u").build(), null);
    assertTrue(page.items().isEmpty());
    assertFalse(page.hasNext());
  }

  // ---- async, raw, options ------------------------------------------------------------------

  @Test
  void listTasksAsync_whenOk_completesWithDecodedPage() throws Exception {
    enqueue(200, page(null, "t1"));
    TaskList page =
        client
            .listTasksAsync(ListTasksParams.builder().userId("u").build())
            .get(5, TimeUnit.SECONDS);
    assertEquals("t1", page.getTasks().get(0).getId());
    assertEquals("/tasks?user_id=u", take().getTarget());
  }

  @Test
  void completeTaskAsync_whenIneligible_failsWithUnprocessable() throws Exception {
    enqueue(422, readResource("payloads/error-ineligible-task.json"));
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.completeTaskAsync("t-1").get(5, TimeUnit.SECONDS));
    UnprocessableEntityException cause =
        assertInstanceOf(UnprocessableEntityException.class, e.getCause());
    assertEquals("unsupported_value", cause.errorCode().orElseThrow());
    RecordedRequest r = take();
    assertEquals("/tasks/t-1/complete", r.getTarget());
    assertEquals("{}", body(r));
  }

  @Test
  void asyncTwins_whenOk_sendTheSameRequests() throws Exception {
    enqueue(200, "{\"statuses\":[\"scheduled\"]}");
    enqueue(200, "{\"types\":[\"email\"]}");
    enqueue(200, "");
    assertEquals(
        List.of("scheduled"),
        client.listTaskStatusesAsync().get(5, TimeUnit.SECONDS).getStatuses());
    assertEquals(List.of("email"), client.listTaskTypesAsync().get(5, TimeUnit.SECONDS).getTypes());
    assertNull(client.skipTaskAsync("t-1").get(5, TimeUnit.SECONDS));
    assertEquals("/tasks/statuses", take().getTarget());
    assertEquals("/tasks/types", take().getTarget());
    RecordedRequest skip = take();
    assertEquals("/tasks/t-1/skip", skip.getTarget());
    assertEquals("{}", body(skip));
  }

  @Test
  void withRawResponse_whenOk_exposesStatusHeadersAndRequestId() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .setHeader("X-Request-Id", "req-42")
            .setHeader("X-RateLimit-Remaining", "499")
            .body(page(null, "t1"))
            .build());
    ApiResponse<TaskList> r =
        client.withRawResponse().listTasks(ListTasksParams.builder().userId("u").build());
    assertEquals(200, r.statusCode());
    assertEquals("req-42", r.requestId().orElseThrow());
    assertEquals("499", r.headers().get("X-RateLimit-Remaining"));
    assertEquals("t1", r.body().getTasks().get(0).getId());

    server.enqueue(
        new MockResponse.Builder().code(200).setHeader("X-Request-Id", "req-43").build());
    ApiResponse<Void> done = client.withRawResponse().completeTask("t-1");
    assertEquals(200, done.statusCode());
    assertEquals("req-43", done.requestId().orElseThrow());
    assertNull(done.body());

    enqueue(200, "");
    assertEquals(200, client.withRawResponse().skipTask("t-1").statusCode());
    enqueue(200, "{\"types\":[]}");
    assertEquals(200, client.withRawResponse().listTaskTypes().statusCode());
    enqueue(200, "{\"statuses\":[]}");
    assertEquals(200, client.withRawResponse().listTaskStatuses().statusCode());
  }

  @Test
  void requestOptions_whenHeaderGiven_sendsItOnThatRequestOnly() throws Exception {
    enqueue(200, "{\"types\":[]}");
    enqueue(200, "{\"types\":[]}");
    client.listTaskTypes(RequestOptions.builder().header("X-Trace", "abc").build());
    client.listTaskTypes();
    assertEquals("abc", take().getHeaders().get("X-Trace"));
    assertNull(take().getHeaders().get("X-Trace"));
  }

  @Test
  void builder_whenSharedHttpClientGiven_usesIt() throws Exception {
    OkHttpClient shared =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(chain.request().newBuilder().header("X-Shared", "1").build()))
            .build();
    try (AmplemarketClient c = clientBuilder().httpClient(shared).build()) {
      enqueue(200, "{\"types\":[]}");
      c.listTaskTypes();
      assertEquals("1", take().getHeaders().get("X-Shared"));
    }
    assertFalse(shared.dispatcher().executorService().isShutdown());
  }

  // ---- construction -------------------------------------------------------------------------

  @Test
  void fromEnv_whenKeyMissing_throwsNamingTheVariable() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AmplemarketClient.fromEnv(Map.of("AMPLEMARKET_USER_ID", "u")));
    assertTrue(e.getMessage().contains("AMPLEMARKET_API_KEY"), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> AmplemarketClient.fromEnv(Map.of("AMPLEMARKET_API_KEY", " ")));
  }

  @Test
  void fromEnv_whenAllSet_usesBaseUrlAndUser() throws Exception {
    try (AmplemarketClient c =
        AmplemarketClient.fromEnv(
            Map.of(
                "AMPLEMARKET_API_KEY",
                KEY,
                "AMPLEMARKET_BASE_URL",
                server.url("/").toString(),
                "AMPLEMARKET_USER_ID",
                "u-env"))) {
      assertEquals("u-env", c.userId().orElseThrow());
      assertEquals(server.url("/").toString(), c.baseUrl());
      enqueue(200, "{\"tasks\":[]}");
      c.listTasks(ListTasksParams.builder().build());
      RecordedRequest r = take();
      assertEquals("/tasks?user_id=u-env", r.getTarget());
      assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    }
  }

  @Test
  void fromEnv_whenOnlyKey_usesProductionUrl() {
    try (AmplemarketClient c = AmplemarketClient.fromEnv(Map.of("AMPLEMARKET_API_KEY", KEY))) {
      assertEquals("https://api.amplemarket.com/", c.baseUrl());
      assertTrue(c.userId().isEmpty());
    }
  }

  @Test
  void toString_whenBuilt_showsVendorAndUrlButNeverTheKey() {
    String s = client.toString();
    assertTrue(s.contains("amplemarket"), s);
    assertTrue(s.contains(server.url("/").toString()), s);
    assertFalse(s.contains(KEY), s);
  }

  @Test
  void builder_whenNoKey_throwsNamingApiKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AmplemarketClient.builder().build());
    assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
  }

  @Test
  void builder_whenPlainHttpToRemoteHost_refuses() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AmplemarketClient.builder().apiKey(KEY).baseUrl("http://api.example.com").build());
  }

  @Test
  void builder_whenBlankUserId_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AmplemarketClient.builder().userId(""));
    assertEquals("userId is blank", e.getMessage());
  }
}
