package dev.tasksdk.stuut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.UnprocessableEntityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.stuut.generated.model.ErrorResponse;
import dev.tasksdk.stuut.generated.model.Event;
import dev.tasksdk.stuut.generated.model.Task;
import dev.tasksdk.stuut.generated.model.TaskData;
import dev.tasksdk.stuut.generated.model.TaskList;
import dev.tasksdk.stuut.generated.model.User;
import dev.tasksdk.testkit.Prefer;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public {@link StuutClient} against Prism serving {@code specs/stuut.yaml}: every operation,
 * every documented error, generated data, the spec's request validation and the auto-pager.
 */
@PrismMock(Vendor.STUUT)
class StuutContractIT {
  private static final OffsetDateTime EXAMPLE_TIME = OffsetDateTime.parse("2023-11-07T05:31:56Z");
  private static final String S = "<string>";

  private static PrismServer prism;
  private static StuutClient client;
  private static OkHttpClient http;

  @BeforeAll
  static void connect() {
    http = new OkHttpClient();
    client =
        StuutClient.builder()
            .apiKey("test-key")
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
  void listTasks_whenExample_decodesEveryFieldOfTheSpecExample() {
    TaskList list =
        client.listTasks(
            ListTasksParams.builder()
                .page(0)
                .limit(200)
                .sortOrder(ListTasksParams.SortOrder.ASC)
                .sortBy(ListTasksParams.SortBy.MODIFIED_AT)
                .status("open", "assigned_to_agent")
                .type("scheduled_call_approval")
                .classification("a", "b")
                .partnerId("prt_1")
                .assignee("usr_abc123")
                .automated(true)
                .build());

    assertEquals(0, list.getCurrentPage());
    assertEquals(0, list.getTotalRecords());
    assertNull(list.getNextPage());
    assertEquals(1, list.getData().size());
    assertExampleTask(list.getData().get(0));
  }

  @Test
  void setTaskAssignee_whenExample_decodesEveryFieldOfTheSpecExample() {
    assertExampleTask(client.setTaskAssignee("tsk_1", "usr_abc123"));
  }

  private static void assertExampleTask(Task t) {
    assertEquals(S, t.getLabel());
    assertEquals(S, t.getObject());
    assertEquals(S, t.getOrganizationId());
    assertEquals("activity_summary_outreach", t.getType());
    assertEquals(S, t.getId());
    assertEquals("complete", t.getActionTaken());
    User u = t.getAssignee();
    assertEquals(S, u.getEmail());
    assertEquals(S, u.getFamilyName());
    assertEquals(S, u.getGivenName());
    assertEquals(S, u.getObject());
    assertEquals(S, u.getOrganizationId());
    assertEquals(S, u.getId());
    assertEquals(EXAMPLE_TIME, u.getCreatedAt());
    assertEquals("asc", u.getDashboardSettings().getThreadEmailsSortOrder());
    assertEquals(S, u.getDefaultEmailSenderId());
    assertEquals(S, u.getInvitedByUserId());
    assertEquals(true, u.getIsAccessApproved());
    assertEquals(true, u.getIsOrgAdmin());
    assertEquals(EXAMPLE_TIME, u.getModifiedAt());
    assertEquals(S, u.getName());
    assertEquals(true, u.getOnboardingRequired());
    assertEquals(S, u.getProfilePicture());
    assertEquals(true, u.getSelected());
    assertEquals(S, t.getAssigneeId());
    assertEquals(S, t.getCloseReason());
    assertEquals(Map.of(), t.getCompletedAction());
    assertEquals(EXAMPLE_TIME, t.getCreatedAt());
    assertEquals(1, t.getData().size());
    TaskData d = t.getData().get(0);
    assertEquals(S, d.getObject());
    assertEquals("email", d.getSource());
    assertEquals(S, d.getTaskId());
    assertEquals("response", d.getType());
    assertEquals(S, d.getId());
    assertEquals(EXAMPLE_TIME, d.getCreatedAt());
    assertEquals("<unknown>", d.getData());
    assertEquals(EXAMPLE_TIME, d.getModifiedAt());
    assertEquals(S, t.getDescription());
    assertEquals(S, t.getErrorReason());
    assertEquals(EXAMPLE_TIME, t.getModifiedAt());
    assertEquals("open", t.getStatus());
    Event e = t.getTriggerEvent();
    assertEquals(S, e.getName());
    assertEquals(S, e.getObject());
    assertEquals(S, e.getId());
    assertEquals(S, e.getActorId());
    assertEquals(EXAMPLE_TIME, e.getCreatedAt());
    assertEquals("<unknown>", e.getData());
    assertEquals("<unknown>", e.getEntity());
    assertEquals(S, e.getEntityId());
    assertEquals(S, e.getMessage());
    assertEquals(EXAMPLE_TIME, e.getModifiedAt());
    assertEquals(EXAMPLE_TIME, e.getTimestamp());
    assertEquals(S, t.getTriggerEventId());
  }

  // ---------------------------------------------------------------- documented errors

  @Test
  void listTasks_whenEachDocumentedError_throwsTypedExceptionWithParsedBody() {
    assertError(
        401, UnauthorizedException.class, "Invalid authentication credentials", "listTasks");
    assertError(
        422,
        UnprocessableEntityException.class,
        "limit: ensure this value is less than or equal to 200",
        "listTasks");
    assertError(500, ServerErrorException.class, "Internal Server Error", "listTasks");
  }

  @Test
  void setTaskAssignee_whenEachDocumentedError_throwsTypedExceptionWithParsedBody() {
    assertError(
        401, UnauthorizedException.class, "Invalid authentication credentials", "setTaskAssignee");
    assertError(404, NotFoundException.class, "Task not found", "setTaskAssignee");
    assertError(
        422,
        UnprocessableEntityException.class,
        "limit: ensure this value is less than or equal to 200",
        "setTaskAssignee");
    assertError(500, ServerErrorException.class, "Internal Server Error", "setTaskAssignee");
  }

  private static void assertError(
      int code, Class<? extends ServiceException> type, String detail, String operation) {
    RequestOptions options = prefer(Prefer.code(code));
    ServiceException e =
        assertThrows(
            type,
            () -> {
              if (operation.equals("listTasks")) {
                client.listTasks(ListTasksParams.none(), options);
              } else {
                client.setTaskAssignee("tsk_1", "usr_abc123", options);
              }
            });
    assertEquals(code, e.statusCode());
    assertEquals(detail, e.detail().orElseThrow(), operation + " " + code);
    assertTrue(e.error(ErrorResponse.class).isPresent(), operation + " " + code);
    assertTrue(e.getMessage().contains("HTTP " + code), e.getMessage());
  }

  // ---------------------------------------------------------------- generated data

  @Test
  void listTasks_whenDynamicResponses_decodeWithoutError() {
    for (int i = 0; i < 25; i++) {
      TaskList list = client.listTasks(ListTasksParams.none(), prefer(Prefer.dynamic()));
      assertNotNull(list);
    }
  }

  @Test
  void setTaskAssignee_whenDynamicResponses_decodeWithoutError() {
    for (int i = 0; i < 25; i++) {
      assertNotNull(client.setTaskAssignee("tsk_1", "usr_1", prefer(Prefer.dynamic())));
    }
  }

  // ---------------------------------------------------------------- the spec's request checks

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=201",
        "limit=0",
        "page=-1",
        "status=done",
        "type=call",
        "sort_order=up",
        "sort_by=label",
        "is_automated=maybe"
      })
  void listTasks_whenClientChecksBypassed_prismRejects(String query) throws IOException {
    Request request =
        new Request.Builder()
            .url(prism.baseUrl() + "/v1/tasks?" + query)
            .header("Authorization", "Bearer test-key")
            .build();

    try (Response r = http.newCall(request).execute()) {
      assertTrue(r.code() == 422 || r.code() == 400, query + " -> " + r.code());
    }
    assertRejectedByClient(query);
  }

  /** The same values never reach the wire through the public client. */
  private static void assertRejectedByClient(String query) {
    String[] kv = query.split("=", 2);
    Map<String, Function<String, ?>> setters =
        Map.of(
            "limit", v -> ListTasksParams.builder().limit(Integer.valueOf(v)),
            "page", v -> ListTasksParams.builder().page(Integer.valueOf(v)),
            "status", v -> ListTasksParams.builder().status(v),
            "type", v -> ListTasksParams.builder().type(v));
    if (setters.containsKey(kv[0])) {
      assertThrows(IllegalArgumentException.class, () -> setters.get(kv[0]).apply(kv[1]));
    }
  }

  @Test
  void setTaskAssignee_whenBodyMissesAssignee_prismRejects() throws IOException {
    Request request =
        new Request.Builder()
            .url(prism.baseUrl() + "/v1/tasks/tsk_1/set-assignee")
            .header("Authorization", "Bearer test-key")
            .post(RequestBody.create("{}", MediaType.get("application/json")))
            .build();

    try (Response r = http.newCall(request).execute()) {
      assertTrue(r.code() == 422 || r.code() == 400, "-> " + r.code());
    }
  }

  // ---------------------------------------------------------------- paging

  @Test
  void listTasksAutoPaging_whenExampleHasNoNextPage_yieldsTheSinglePageAndStops() {
    List<Task> all =
        client.listTasksAutoPaging(ListTasksParams.builder().limit(50).build()).stream()
            .limit(1000)
            .collect(Collectors.toList());

    assertEquals(1, all.size());
    assertEquals("activity_summary_outreach", all.get(0).getType());
  }

  @Test
  void listTasksAutoPaging_whenResumedFromPageToken_fetchesThatPage() {
    List<Task> all =
        client
            .listTasksAutoPaging(ListTasksParams.none(), dev.tasksdk.core.PageToken.of("3"))
            .stream()
            .collect(Collectors.toList());

    assertFalse(all.isEmpty());
  }
}
