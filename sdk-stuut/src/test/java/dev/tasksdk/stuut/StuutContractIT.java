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
import dev.tasksdk.stuut.model.ErrorResponse;
import dev.tasksdk.stuut.model.Event;
import dev.tasksdk.stuut.model.Task;
import dev.tasksdk.stuut.model.TaskData;
import dev.tasksdk.stuut.model.TaskList;
import dev.tasksdk.stuut.model.User;
import dev.tasksdk.testkit.Prefer;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public {@link StuutClient} against Prism serving {@code specs/stuut.yaml}: every operation,
 * every documented error, generated data, the spec's request validation and the auto-pager.
 */
@PrismMock(Vendor.STUUT)
class StuutContractIT {
  private static final OffsetDateTime EXAMPLE_TIME = OffsetDateTime.parse("2023-11-07T05:31:56Z");
  private static final String S = "<string>";

  /** stuut.yaml's {@code openTasks} example (the default): its first and second task. */
  private static final String ACME_TASK = "tsk_01HZX3M8Q2V7K4N9P6R1T5W3YA";

  private static final String GLOBEX_TASK = "tsk_01HZX3N2B5C8D1E4F7G0H3J6KM";
  private static final String ORGANIZATION = "org_01HZX2A7C4E9G3J6K8M1N5P2QR";

  private static PrismServer prism;
  private static StuutClient client;
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
  void listTasks_whenDefaultExample_decodesEveryFieldOfTheSpecExample() {
    TaskList list =
        client.listTasks(
            ListTasksParams.builder()
                .page(0)
                .limit(200)
                .sortOrder("asc")
                .sortBy("modified_at")
                .statuses(List.of("open", "assigned_to_agent"))
                .type("scheduled_call_approval")
                .classification(List.of("a", "b"))
                .partnerId("prt_1")
                .assignee("usr_abc123")
                .isAutomated(true)
                .build());

    assertEquals(0, list.getCurrentPage());
    assertEquals(3, list.getTotalRecords());
    assertNull(list.getNextPage());
    assertEquals(3, list.getData().size());
    assertAcmeTask(list.getData().get(0));

    Task globex = list.getData().get(1);
    assertEquals(GLOBEX_TASK, globex.getId());
    assertEquals("Approve scheduled call to Globex Finance", globex.getLabel());
    assertEquals("scheduled_call_approval", globex.getType());
    assertEquals("processing", globex.getStatus());
    assertNull(globex.getAssignee());
    assertNull(globex.getAssigneeId());
    assertEquals(List.of(), globex.getData());
    assertNull(globex.getTriggerEvent());
    assertNull(globex.getTriggerEventId());

    Task initech = list.getData().get(2);
    assertEquals("tsk_01HZX3P9R4S7T2V5W8X1Y4Z7AB", initech.getId());
    assertEquals("recommendation_new_contact", initech.getType());
    assertEquals("open", initech.getStatus());
    assertEquals("usr_def456", initech.getAssignee().getId());
    assertEquals("James Chen", initech.getAssignee().getName());
    assertEquals("usr_def456", initech.getAssigneeId());
  }

  @Test
  void setTaskAssignee_whenDefaultExample_returnsTheTaskAssignedToTheRequestedUser() {
    Task t =
        client.setTaskAssignee(
            GLOBEX_TASK, SetTaskAssigneeParams.builder().assignee("usr_abc123").build());

    assertEquals(GLOBEX_TASK, t.getId());
    assertEquals("Approve scheduled call to Globex Finance", t.getLabel());
    assertEquals("task", t.getObject());
    assertEquals(ORGANIZATION, t.getOrganizationId());
    assertEquals("scheduled_call_approval", t.getType());
    assertEquals("processing", t.getStatus());
    assertMaria(t.getAssignee());
    assertEquals("usr_abc123", t.getAssigneeId());
    assertNull(t.getActionTaken());
    assertNull(t.getCloseReason());
    assertNull(t.getCompletedAction());
    assertNull(t.getErrorReason());
    assertEquals(OffsetDateTime.parse("2025-03-11T08:30:00Z"), t.getCreatedAt());
    assertEquals(OffsetDateTime.parse("2025-03-11T09:20:03Z"), t.getModifiedAt());
    assertEquals(List.of(), t.getData());
    assertNull(t.getTriggerEvent());
  }

  /** The first task of stuut.yaml's {@code openTasks} example, field by field. */
  private static void assertAcmeTask(Task t) {
    assertEquals("Review auto-response to Acme Corp", t.getLabel());
    assertEquals("task", t.getObject());
    assertEquals(ORGANIZATION, t.getOrganizationId());
    assertEquals("auto_response_email", t.getType());
    assertEquals(ACME_TASK, t.getId());
    assertNull(t.getActionTaken());
    assertMaria(t.getAssignee());
    assertEquals("usr_abc123", t.getAssigneeId());
    assertNull(t.getCloseReason());
    assertNull(t.getCompletedAction());
    assertEquals(OffsetDateTime.parse("2025-03-10T14:02:11Z"), t.getCreatedAt());
    assertEquals(1, t.getData().size());
    TaskData d = t.getData().get(0);
    assertEquals("task_data", d.getObject());
    assertEquals("email", d.getSource());
    assertEquals(ACME_TASK, d.getTaskId());
    assertEquals("response", d.getType());
    assertEquals("tdt_01HZX3M9A4C6E8G1J3K5M7P9RS", d.getId());
    assertEquals(OffsetDateTime.parse("2025-03-10T14:02:11Z"), d.getCreatedAt());
    assertEquals(
        Map.of(
            "subject",
            "Re: Invoice INV-1042 is past due",
            "body",
            "Thanks for the reminder. Payment of $4,250.00 is scheduled for March 14."),
        d.getData());
    assertEquals(OffsetDateTime.parse("2025-03-10T14:02:11Z"), d.getModifiedAt());
    assertEquals(
        "Acme Corp answered the reminder for invoice INV-1042; check the drafted reply before it"
            + " is sent.",
        t.getDescription());
    assertNull(t.getErrorReason());
    assertEquals(OffsetDateTime.parse("2025-03-10T14:05:47Z"), t.getModifiedAt());
    assertEquals("open", t.getStatus());
    Event e = t.getTriggerEvent();
    assertEquals("email.received", e.getName());
    assertEquals("event", e.getObject());
    assertEquals("evt_01HZX3M7W2Y4A6C8E1G3J5K7MN", e.getId());
    assertEquals("ctc_01HZX1F4H6K8M2P4R6T8V1X3ZA", e.getActorId());
    assertEquals(OffsetDateTime.parse("2025-03-10T14:01:58Z"), e.getCreatedAt());
    assertEquals(
        Map.of("from", "ap@acme.example", "thread_id", "thr_01HZX3M6S8U1W3Y5A7C9E2G4JK"),
        e.getData());
    assertEquals("invoice", e.getEntity());
    assertEquals("inv_INV-1042", e.getEntityId());
    assertEquals("Reply received from ap@acme.example", e.getMessage());
    assertEquals(OffsetDateTime.parse("2025-03-10T14:01:58Z"), e.getModifiedAt());
    assertEquals(OffsetDateTime.parse("2025-03-10T14:01:55Z"), e.getTimestamp());
    assertEquals("evt_01HZX3M7W2Y4A6C8E1G3J5K7MN", t.getTriggerEventId());
  }

  /** usr_abc123, the user of the examples, field by field. */
  private static void assertMaria(User u) {
    assertEquals("maria.lopez@example.com", u.getEmail());
    assertEquals("Lopez", u.getFamilyName());
    assertEquals("Maria", u.getGivenName());
    assertEquals("user", u.getObject());
    assertEquals(ORGANIZATION, u.getOrganizationId());
    assertEquals("usr_abc123", u.getId());
    assertEquals(OffsetDateTime.parse("2024-02-12T09:15:00Z"), u.getCreatedAt());
    assertEquals("desc", u.getDashboardSettings().getThreadEmailsSortOrder());
    assertEquals("snd_01HZX2B3D5F7H9K2M4P6R8T1VW", u.getDefaultEmailSenderId());
    assertEquals("usr_admin001", u.getInvitedByUserId());
    assertEquals(true, u.getIsAccessApproved());
    assertEquals(false, u.getIsOrgAdmin());
    assertEquals(OffsetDateTime.parse("2025-03-01T16:40:12Z"), u.getModifiedAt());
    assertEquals("Maria Lopez", u.getName());
    assertEquals(false, u.getOnboardingRequired());
    assertEquals("https://example.com/avatars/usr_abc123.png", u.getProfilePicture());
    assertEquals(true, u.getSelected());
  }

  @Test
  void listTasks_whenVendorDocsExample_decodesEveryPlaceholderField() {
    TaskList list =
        client.listTasks(ListTasksParams.builder().build(), prefer(Prefer.example("vendorDocs")));

    assertEquals(0, list.getCurrentPage());
    assertEquals(0, list.getTotalRecords());
    assertNull(list.getNextPage());
    assertEquals(1, list.getData().size());
    assertVendorDocsTask(list.getData().get(0));
  }

  @Test
  void setTaskAssignee_whenVendorDocsExample_decodesEveryPlaceholderField() {
    assertVendorDocsTask(
        client.setTaskAssignee(
            GLOBEX_TASK,
            SetTaskAssigneeParams.builder().assignee("usr_abc123").build(),
            prefer(Prefer.example("vendorDocs"))));
  }

  /** The vendor's Task example, placeholders included. */
  private static void assertVendorDocsTask(Task t) {
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
                client.listTasks(ListTasksParams.builder().build(), options);
              } else {
                client.setTaskAssignee(
                    "tsk_1",
                    SetTaskAssigneeParams.builder().assignee("usr_abc123").build(),
                    options);
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
      TaskList list = client.listTasks(ListTasksParams.builder().build(), prefer(Prefer.dynamic()));
      assertNotNull(list);
    }
  }

  @Test
  void setTaskAssignee_whenDynamicResponses_decodeWithoutError() {
    for (int i = 0; i < 25; i++) {
      assertNotNull(
          client.setTaskAssignee(
              "tsk_1",
              SetTaskAssigneeParams.builder().assignee("usr_1").build(),
              prefer(Prefer.dynamic())));
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
            "limit", v -> ListTasksParams.builder().limit(Integer.valueOf(v)).build(),
            "page", v -> ListTasksParams.builder().page(Integer.valueOf(v)).build(),
            "status", v -> ListTasksParams.builder().addStatus(v).build(),
            "type", v -> ListTasksParams.builder().type(v).build());
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

    assertEquals(
        List.of(ACME_TASK, GLOBEX_TASK, "tsk_01HZX3P9R4S7T2V5W8X1Y4Z7AB"),
        all.stream().map(Task::getId).collect(Collectors.toList()));
  }

  @Test
  void listTasksAutoPaging_whenResumedFromPageToken_fetchesThatPage() {
    List<Task> all =
        client
            .listTasksAutoPaging(
                ListTasksParams.builder().build(), dev.tasksdk.core.PageToken.of("3"))
            .stream()
            .collect(Collectors.toList());

    assertFalse(all.isEmpty());
  }
}
