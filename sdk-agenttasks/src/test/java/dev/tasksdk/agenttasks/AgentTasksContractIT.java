package dev.tasksdk.agenttasks;

import static dev.tasksdk.testkit.ModelAssertions.readResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tasksdk.agenttasks.model.ErrorResponse;
import dev.tasksdk.agenttasks.model.Task;
import dev.tasksdk.core.BadRequestException;
import dev.tasksdk.core.ConflictException;
import dev.tasksdk.core.ForbiddenException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.Prefer;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
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
 * The public client against Prism serving {@code specs/agenttasks.yaml}: every operation, every
 * documented error, generated data, spec violations and the auto-pager.
 */
@PrismMock(Vendor.AGENTTASKS)
class AgentTasksContractIT {
  private static AgentTasksClient client;
  private static OkHttpClient http;
  private static String baseUrl;

  @BeforeAll
  static void start(PrismServer prism) {
    baseUrl = prism.baseUrl();
    // No idle connections kept: Prism (Node) closes one after 5 s, and a create or claim that meets
    // it is rightly not sent again by the SDK (retries are off here, so a mocked 429 surfaces).
    http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
            .build();
    client =
        AgentTasksClient.builder()
            .baseUrl(prism.baseUrl())
            .apiKey("test-token")
            .teamId("team_1")
            .httpClient(http)
            .maxRetries(0)
            .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static RequestOptions prefer(Prefer.Value value) {
    return RequestOptions.builder().header(Prefer.HEADER, value.toString()).build();
  }

  /** Every field of the spec's example equals the decoded model's. */
  private static void assertMatchesExample(String exampleFile, Task task) {
    JsonObject example =
        JsonParser.parseString(readResource("payloads/spec-examples/" + exampleFile))
            .getAsJsonObject();
    Map<String, Function<Task, Object>> getters =
        Map.of(
            "id", Task::getId,
            "title", Task::getTitle,
            "description", Task::getDescription,
            "status", Task::getStatus,
            "priority", Task::getPriority,
            "assignedAgentId", Task::getAssignedAgentId,
            "projectId", Task::getProjectId,
            "result", Task::getResult,
            "createdAt", Task::getCreatedAt,
            "updatedAt", Task::getUpdatedAt);
    assertEquals(getters.keySet(), example.keySet(), "fields of " + exampleFile);
    for (Map.Entry<String, JsonElement> field : example.entrySet()) {
      Object actual = getters.get(field.getKey()).apply(task);
      JsonElement expected = field.getValue();
      String where = exampleFile + " " + field.getKey();
      if (expected.isJsonNull()) {
        assertEquals(null, actual, where);
      } else if (actual instanceof OffsetDateTime) {
        assertEquals(OffsetDateTime.parse(expected.getAsString()), actual, where);
      } else {
        assertEquals(expected.getAsString(), actual, where);
      }
    }
  }

  // ---- every operation, decoded against the example ---------------------------------------------

  @Test
  void listTasks_whenMocked_decodesTheExampleArray() {
    List<Task> tasks =
        client.listTasks(ListTasksParams.builder().status("todo").projectId("p").limit(10).build());

    assertEquals(1, tasks.size());
    JsonElement example =
        JsonParser.parseString(readResource("payloads/spec-examples/ok-listTasks-200.json"));
    assertEquals(1, example.getAsJsonArray().size());
    // the array's only element is the same object as ok-getTask-200's
    assertMatchesExample("ok-getTask-200.json", tasks.get(0));
    assertEquals(
        example.getAsJsonArray().get(0),
        JsonParser.parseString(readResource("payloads/spec-examples/ok-getTask-200.json")));
  }

  @Test
  void createTask_whenMocked_decodesThe201Example() {
    Task t =
        client.createTask(
            CreateTaskParams.builder()
                .title("Summarize Q1 reports")
                .projectId("cmproject_abc")
                .assignedAgentId("cm_agent_xyz")
                .priority("normal")
                .build());

    assertMatchesExample("ok-createTask-201.json", t);
  }

  @Test
  void getTask_whenMocked_decodesTheExample() {
    assertMatchesExample("ok-getTask-200.json", client.getTask("cmabc123"));
  }

  @Test
  void updateTask_whenMocked_decodesTheExample() {
    Task t =
        client.updateTask(
            "cmabc123",
            UpdateTaskParams.builder()
                .description("Updated instructions...")
                .clearAssignedAgentId()
                .build());

    assertMatchesExample("ok-updateTask-200.json", t);
  }

  @Test
  void claimTask_whenMocked_decodesTheExample() {
    assertMatchesExample("ok-claimTask-200.json", client.claimTask("cmabc123"));
  }

  @Test
  void completeTask_whenMocked_decodesTheExample() {
    assertMatchesExample(
        "ok-completeTask-200.json",
        client.completeTask(
            "cmabc123",
            CompleteTaskParams.builder()
                .result("Executive summary: Q1 revenue grew 15%...")
                .build()));
    assertMatchesExample("ok-completeTask-200.json", client.completeTask("cmabc123"));
  }

  @Test
  void moveTask_whenMocked_decodesTheExample() {
    assertMatchesExample(
        "ok-moveTask-200.json",
        client.moveTask("cmabc123", MoveTaskParams.builder().status("cancelled").build()));
  }

  // ---- every documented error
  // ---------------------------------------------------------------------

  private static final Map<String, Function<RequestOptions, Object>> OPERATIONS =
      Map.of(
          "listTasks", o -> client.listTasks(ListTasksParams.builder().build(), o),
          "createTask",
              o ->
                  client.createTask(
                      CreateTaskParams.builder().title("T").projectId("p").build(), o),
          "getTask", o -> client.getTask("cmabc123", o),
          "updateTask",
              o -> client.updateTask("cmabc123", UpdateTaskParams.builder().title("T").build(), o),
          "claimTask", o -> client.claimTask("cmabc123", o),
          "completeTask",
              o ->
                  client.completeTask(
                      "cmabc123", CompleteTaskParams.builder().result("r").build(), o),
          "moveTask",
              o -> client.moveTask("cmabc123", MoveTaskParams.builder().status("done").build(), o));

  static Stream<Arguments> documentedErrors() {
    List<Arguments> all = new ArrayList<>();
    for (String op : OPERATIONS.keySet()) {
      all.add(Arguments.of(op, 401, "unauthorized", UnauthorizedException.class));
      all.add(Arguments.of(op, 404, "notFound", NotFoundException.class));
      all.add(Arguments.of(op, 429, "rateLimited", RateLimitedException.class));
    }
    for (String op : Set.of("createTask", "updateTask", "moveTask")) {
      all.add(Arguments.of(op, 400, "validationError", BadRequestException.class));
    }
    all.add(Arguments.of("claimTask", 409, "taskAlreadyClaimed", ConflictException.class));
    all.add(Arguments.of("claimTask", 409, "taskNotClaimable", ConflictException.class));
    all.add(Arguments.of("completeTask", 403, "notAssignedAgent", ForbiddenException.class));
    all.add(Arguments.of("completeTask", 409, "taskNotInProgress", ConflictException.class));
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("documentedErrors")
  void operation_whenDocumentedErrorMocked_throwsTypedExceptionWithVendorBody(
      String operation, int status, String example, Class<? extends ServiceException> type) {
    JsonObject expected =
        JsonParser.parseString(
                readResource("payloads/spec-examples/error-" + status + "-" + example + ".json"))
            .getAsJsonObject();

    ServiceException e =
        assertThrows(
            type,
            () -> OPERATIONS.get(operation).apply(prefer(Prefer.code(status).example(example))));

    assertEquals(status, e.statusCode());
    assertEquals(operation, e.operation());
    assertEquals(expected.get("code").getAsString(), e.errorCode().orElseThrow());
    assertEquals(expected.get("error").getAsString(), e.detail().orElseThrow());
    ErrorResponse body = e.error(ErrorResponse.class).orElseThrow();
    assertEquals(expected.get("statusCode").getAsInt(), body.getStatusCode());
  }

  // ---- generated data
  // -----------------------------------------------------------------------------

  @Test
  void everyOperation_whenDynamicResponses_decodesWithoutError() {
    RequestOptions dynamic = prefer(Prefer.dynamic());
    for (int i = 0; i < 25; i++) {
      for (Map.Entry<String, Function<RequestOptions, Object>> op : OPERATIONS.entrySet()) {
        Object result = op.getValue().apply(dynamic);
        assertNotNull(result, op.getKey());
        if (result instanceof Task t) {
          assertNotNull(t.getId(), op.getKey() + " id");
        } else {
          for (Object item : (List<?>) result) {
            assertNotNull(((Task) item).getId(), "listTasks item id");
          }
        }
      }
    }
  }

  // ---- spec violations, only reachable around the client's checks ------------------------------

  private static int send(Request.Builder request) throws IOException {
    OkHttpClient http = new OkHttpClient();
    try (Response r =
        http.newCall(request.header("Authorization", "Bearer test-token").build()).execute()) {
      return r.code();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static RequestBody json(String body) {
    return RequestBody.create(body, MediaType.get("application/json"));
  }

  @Test
  void prism_whenRequestsViolateTheSpec_rejectsThem() throws IOException {
    assertThrows(
        IllegalArgumentException.class, () -> ListTasksParams.builder().limit(101).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> client.moveTask("cmabc123", MoveTaskParams.builder().status("paused").build()));

    int limitTooHigh =
        send(new Request.Builder().url(baseUrl + "/api/teams/team_1/tasks?limit=101"));
    int limitZero = send(new Request.Builder().url(baseUrl + "/api/teams/team_1/tasks?limit=0"));
    int badStatus =
        send(new Request.Builder().url(baseUrl + "/api/teams/team_1/tasks?status=paused"));
    int badMove =
        send(
            new Request.Builder()
                .url(baseUrl + "/api/tasks/cmabc123/move")
                .post(json("{\"status\":\"paused\"}")));
    int missingProject =
        send(
            new Request.Builder()
                .url(baseUrl + "/api/teams/team_1/tasks")
                .post(json("{\"title\":\"T\"}")));

    assertEquals(422, limitTooHigh);
    assertEquals(422, limitZero);
    assertEquals(422, badStatus);
    assertTrue(badMove == 400 || badMove == 422, "move with unknown status: " + badMove);
    assertTrue(
        missingProject == 400 || missingProject == 422,
        "create without projectId: " + missingProject);
  }

  // ---- paging
  // -------------------------------------------------------------------------------------

  @Test
  void listTasksAutoPaging_whenExamplePageShorterThanLimit_stopsAfterOnePage() {
    List<String> ids = new ArrayList<>();
    client.listTasksAutoPaging(ListTasksParams.builder().build()).forEach(t -> ids.add(t.getId()));

    assertEquals(List.of("cmabc123"), ids);
  }

  @Test
  void listTasksAutoPaging_whenMockRepeatsTheFullPage_detectsTheRepeatedCursor() {
    // limit 1: the example page is full, its last id becomes the cursor, and Prism answers the same
    // page again: the pager yields the item twice, then refuses to loop
    Iterator<Task> it =
        client.listTasksAutoPaging(ListTasksParams.builder().limit(1).build()).iterator();
    assertEquals("cmabc123", it.next().getId());
    assertEquals("cmabc123", it.next().getId());

    TaskSdkException e = assertThrows(TaskSdkException.class, it::hasNext);
    assertTrue(e.getMessage().contains("cmabc123"), e.getMessage());
  }
}
