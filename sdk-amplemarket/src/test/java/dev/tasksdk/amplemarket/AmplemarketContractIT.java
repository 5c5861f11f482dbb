package dev.tasksdk.amplemarket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.amplemarket.model.ErrorResponse;
import dev.tasksdk.amplemarket.model.Task;
import dev.tasksdk.amplemarket.model.TaskList;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.BadRequestException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.UnprocessableEntityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.Prefer;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AmplemarketClient against Prism serving {@code specs/amplemarket.yaml}: every operation, every
 * documented error, generated data, spec violations and paging over the (stateless) mock.
 */
@PrismMock(Vendor.AMPLEMARKET)
class AmplemarketContractIT {
  private static final String USER = "0198f652-bc9b-79c2-8b91-60e1bd43e45d";
  private static final String EXAMPLE_NEXT =
      "/tasks?page[after]=0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11&page[size]=20&user_id=" + USER;

  private PrismServer prism;
  private AmplemarketClient client;

  @BeforeEach
  void connect(PrismServer prism) {
    this.prism = prism;
    // no retries: a mocked 429/500 must surface at once
    client =
        AmplemarketClient.builder()
            .apiKey("contract-test-key")
            .baseUrl(prism.baseUrl())
            .userId(USER)
            .maxRetries(0)
            .build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static RequestOptions prefer(Prefer.Value value) {
    return RequestOptions.builder().header(Prefer.HEADER, value.toString()).build();
  }

  // ---- success, field by field against the spec's examples ---------------------------------

  @Test
  void listTasks_whenMocked_decodesTheSpecExampleFieldByField() {
    ApiResponse<TaskList> response =
        client.withRawResponse().listTasks(ListTasksParams.builder().build());
    assertEquals(200, response.statusCode());
    TaskList page = response.body();

    assertEquals(2, page.getTasks().size());
    Task first = page.getTasks().get(0);
    assertEquals("0198f652-bd65-7bc1-99e8-c9801331ecc7", first.getId());
    assertEquals(false, first.getAutomatic());
    assertEquals("phone_call", first.getType());
    assertEquals("scheduled", first.getStatus());
    assertEquals(OffsetDateTime.parse("2025-08-29T12:54:34Z"), first.getDueOn());
    assertNull(first.getFinishedOn());
    assertEquals("custom task notes", first.getNotes());
    assertNull(first.getSequenceKey());
    assertNull(first.getSequenceName());
    assertEquals(USER, first.getUserId());
    assertEquals("user@example.com", first.getUserEmail());
    assertEquals("0198f652-bd62-7cb8-9c22-05be51e2a231", first.getContact().getId());
    assertEquals("User Amplemarket", first.getContact().getName());
    assertEquals("user@amplemarket.com", first.getContact().getEmail());

    Task second = page.getTasks().get(1);
    assertEquals("0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11", second.getId());
    assertEquals(true, second.getAutomatic());
    assertEquals("email", second.getType());
    assertEquals("completed", second.getStatus());
    assertEquals(OffsetDateTime.parse("2025-08-28T09:00:00Z"), second.getDueOn());
    assertEquals(OffsetDateTime.parse("2025-08-28T09:02:11Z"), second.getFinishedOn());
    assertNull(second.getNotes());
    assertEquals("0198f650-0a1b-7c2d-9e3f-405162738495", second.getSequenceKey());
    assertEquals("Q3 outbound", second.getSequenceName());
    assertEquals(USER, second.getUserId());
    assertEquals("user@example.com", second.getUserEmail());
    assertNull(second.getContact());

    assertEquals("/tasks?page[size]=20&user_id=" + USER, page.getLinks().getSelf().getHref());
    assertEquals(EXAMPLE_NEXT, page.getLinks().getNext().getHref());
    assertNull(page.getLinks().getPrev());
  }

  @Test
  void listTasks_whenEveryFilterSet_isAcceptedByTheSpec() {
    TaskList page =
        client.listTasks(
            ListTasksParams.builder()
                .pageSize("20")
                .pageAfter("0198f652-bd65-7bc1-99e8-c9801331ecc7")
                .automatic(false)
                .type("phone_call")
                .status("scheduled")
                .contactLocalTimeFrom(0)
                .contactLocalTimeTo(23)
                .messageOpens(0)
                .keyword("Acme Inc")
                .sequenceKey("seq")
                .build());
    assertEquals(2, page.getTasks().size());
  }

  @Test
  void listTaskStatuses_whenMocked_decodesTheExample() {
    assertEquals(
        List.of("scheduled", "completed", "skipped"), client.listTaskStatuses().getStatuses());
  }

  @Test
  void listTaskTypes_whenMocked_decodesTheExample() {
    assertEquals(List.of("phone_call", "email"), client.listTaskTypes().getTypes());
  }

  @Test
  void skipTask_whenMocked_succeeds() {
    ApiResponse<Void> r = client.withRawResponse().skipTask("0198f652-bd65-7bc1-99e8-c9801331ecc7");
    assertEquals(200, r.statusCode());
    assertNull(r.body());
    client.skipTask("0198f652-bd65-7bc1-99e8-c9801331ecc7");
  }

  @Test
  void completeTask_whenMocked_succeedsWithAndWithoutBody() {
    client.completeTask("0198f652-bd65-7bc1-99e8-c9801331ecc7");
    client.completeTask(
        "0198f652-bd65-7bc1-99e8-c9801331ecc7",
        CompleteTaskParams.builder().setLeadToCompleted(true).build());
    assertEquals(
        200,
        client
            .withRawResponse()
            .completeTask("0198f652-bd65-7bc1-99e8-c9801331ecc7", RequestOptions.none())
            .statusCode());
  }

  @Test
  void asyncTwins_whenMocked_complete() throws Exception {
    assertEquals(
        2, client.listTasksAsync(ListTasksParams.builder().build()).get().getTasks().size());
    assertEquals(3, client.listTaskStatusesAsync().get().getStatuses().size());
    assertEquals(2, client.listTaskTypesAsync().get().getTypes().size());
    assertNull(client.skipTaskAsync("t-1").get());
    assertNull(client.completeTaskAsync("t-1").get());
  }

  // ---- every documented error -----------------------------------------------------------------

  static List<Object[]> documentedErrors() {
    List<Object[]> cases = new ArrayList<>();
    String[] ops = {"listTasks", "listTaskStatuses", "listTaskTypes", "skipTask", "completeTask"};
    int[][] codes = {
      {400, 401, 422, 429, 500},
      {401, 429, 500},
      {401, 429, 500},
      {401, 404, 422, 429, 500},
      {401, 404, 422, 429, 500}
    };
    for (int i = 0; i < ops.length; i++) {
      for (int code : codes[i]) {
        cases.add(new Object[] {ops[i], code});
      }
    }
    return cases;
  }

  private void call(String operation, RequestOptions options) {
    switch (operation) {
      case "listTasks":
        client.listTasks(ListTasksParams.builder().build(), options);
        break;
      case "listTaskStatuses":
        client.listTaskStatuses(options);
        break;
      case "listTaskTypes":
        client.listTaskTypes(options);
        break;
      case "skipTask":
        client.skipTask("t-1", options);
        break;
      case "completeTask":
        client.completeTask("t-1", options);
        break;
      default:
        throw new AssertionError(operation);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("documentedErrors")
  void operation_whenDocumentedErrorMocked_throwsTypedExceptionWithVendorError(
      String operation, int code) {
    ServiceException e =
        assertThrows(ServiceException.class, () -> call(operation, prefer(Prefer.code(code))));
    assertEquals(code, e.statusCode());
    assertEquals(operation, e.operation());
    Class<? extends ServiceException> expected =
        switch (code) {
          case 400 -> BadRequestException.class;
          case 401 -> UnauthorizedException.class;
          case 404 -> NotFoundException.class;
          case 422 -> UnprocessableEntityException.class;
          case 429 -> RateLimitedException.class;
          default -> ServerErrorException.class;
        };
    assertInstanceOf(expected, e);
    String vendorCode =
        switch (code) {
          case 400, 422 -> "unsupported_value";
          case 401 -> "unauthorized";
          case 404 -> "not_found";
          case 429 -> "too_many_requests";
          default -> "internal_server_error";
        };
    assertEquals(vendorCode, e.errorCode().orElse(null), e.rawBody());
    assertTrue(e.detail().isPresent());
    ErrorResponse body = e.error(ErrorResponse.class).orElseThrow();
    assertEquals(String.valueOf(code), body.getErrors().get(0).getStatus());
  }

  @Test
  void completeTask_whenIneligibleExampleMocked_carriesVerbatimDetail() {
    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class,
            () -> client.completeTask("t-1", prefer(Prefer.code(422).example("unsupportedValue"))));
    assertEquals(
        "Task is in a state prevents it from being executed manually", e.detail().orElseThrow());
  }

  @Test
  void listTasks_whenInvalidParameterExampleMocked_carriesTheSource() {
    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class,
            () ->
                client.listTasks(
                    ListTasksParams.builder().build(),
                    prefer(Prefer.code(422).example("invalidParameter"))));
    ErrorResponse body = e.error(ErrorResponse.class).orElseThrow();
    assertEquals("contact_local_time_from", body.getErrors().get(0).getSource().getParameter());
  }

  // ---- generated data -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"listTasks", "listTaskStatuses", "listTaskTypes"})
  void operation_whenDynamicDataMocked25Times_decodesWithoutError(String operation) {
    for (int i = 0; i < 25; i++) {
      RequestOptions dynamic = prefer(Prefer.dynamic());
      switch (operation) {
        case "listTasks" -> {
          TaskList page = client.listTasks(ListTasksParams.builder().build(), dynamic);
          assertNotNull(page);
          if (page.getTasks() != null) {
            page.getTasks().forEach(t -> assertNotNull(t));
          }
        }
        case "listTaskStatuses" -> assertNotNull(client.listTaskStatuses(dynamic));
        default -> assertNotNull(client.listTaskTypes(dynamic));
      }
    }
  }

  @Test
  void listTasksPage_whenDynamicDataMocked_buildsPagesWithoutError() {
    for (int i = 0; i < 25; i++) {
      assertNotNull(
          client.listTasksPage(ListTasksParams.builder().build(), null, prefer(Prefer.dynamic())));
    }
  }

  // ---- spec violations, only reachable around the client's checks ---------------------------

  private int rawStatus(Request.Builder request) throws Exception {
    OkHttpClient http = new OkHttpClient();
    try (Response r =
        http.newCall(request.header("Authorization", "Bearer contract-test-key").build())
            .execute()) {
      return r.code();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "contact_local_time_from=24",
        "contact_local_time_to=-1",
        "message_opens=-1",
        "automatic=maybe"
      })
  void listTasks_whenQueryViolatesTheSpec_isRejectedByTheMock(String violation) throws Exception {
    int status =
        rawStatus(
            new Request.Builder()
                .url(prism.baseUrl() + "/tasks?user_id=" + USER + "&" + violation));
    assertTrue(status == 422 || status == 400, "status " + status + " for " + violation);
  }

  @Test
  void listTasks_whenUserIdMissing_isRejectedByTheMock() throws Exception {
    int status = rawStatus(new Request.Builder().url(prism.baseUrl() + "/tasks"));
    assertTrue(status == 422 || status == 400, "status " + status);
  }

  @Test
  void completeTask_whenBodyViolatesTheSpec_isRejectedByTheMock() throws Exception {
    int status =
        rawStatus(
            new Request.Builder()
                .url(prism.baseUrl() + "/tasks/t-1/complete")
                .post(
                    RequestBody.create(
                        "{\"set_lead_to_completed\":\"yes\"}", MediaType.get("application/json"))));
    assertTrue(status == 422 || status == 400, "status " + status);
  }

  @Test
  void listTasksParams_whenSameViolationsAttemptedThroughTheClient_failBeforeSending() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ListTasksParams.builder().contactLocalTimeFrom(24).build());
    assertThrows(
        IllegalArgumentException.class, () -> ListTasksParams.builder().messageOpens(-1).build());
  }

  // ---- paging over the mock -----------------------------------------------------------------

  /**
   * Prism is stateless: every page is the example page, whose next link never changes. The pager
   * follows it once, then sees the same link again and stops with its repeat-detection error
   * instead of looping forever.
   */
  @Test
  void listTasksAutoPaging_whenMockRepeatsTheNextLink_followsItOnceThenStops() {
    Iterator<Task> it = client.listTasksAutoPaging(ListTasksParams.builder().build()).iterator();
    List<String> ids = new ArrayList<>();
    TaskSdkException e =
        assertThrows(
            TaskSdkException.class,
            () -> {
              while (it.hasNext()) {
                ids.add(it.next().getId());
              }
            });
    assertEquals(
        List.of(
            "0198f652-bd65-7bc1-99e8-c9801331ecc7",
            "0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11",
            "0198f652-bd65-7bc1-99e8-c9801331ecc7",
            "0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11"),
        ids);
    assertTrue(e.getMessage().contains("a second time"), e.getMessage());
    assertTrue(e.getMessage().contains(EXAMPLE_NEXT), e.getMessage());
  }

  @Test
  void listTasksAutoPaging_whenBounded_takesItemsAcrossPages() {
    List<Task> three =
        client.listTasksAutoPaging(ListTasksParams.builder().build()).stream().limit(3).toList();
    assertEquals(3, three.size());
    assertFalse(three.get(2).getId().isBlank());
  }
}
