package dev.tasksdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tasksdk.cli.Fakes.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CLI through the real vendor clients against MockWebServer: the exact requests on the wire.
 */
class CliHttpTest {
  private static final String KEY = "sk-SENTINEL-123";
  private static final String AGENTTASKS_TASK =
      "{\"id\":\"cmabc123\",\"title\":\"Summarize Q1 reports\",\"description\":\"Read\","
          + "\"status\":\"todo\",\"priority\":\"normal\",\"assignedAgentId\":null,"
          + "\"projectId\":\"cmproject_abc\",\"result\":null,"
          + "\"createdAt\":\"2025-01-15T10:00:00Z\",\"updatedAt\":\"2025-01-15T10:00:00Z\"}";
  private static final String VAMBE_TASK =
      "{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"title\":\"Follow up\","
          + "\"description\":null,\"due_timezone\":\"America/Santiago\","
          + "\"due_at\":\"2025-10-25T17:00:00.000Z\",\"is_all_day\":false,"
          + "\"created_at\":\"2025-10-20T10:30:00.000Z\",\"task_status_config_id\":\"s1\","
          + "\"priority\":\"high\",\"creator_id\":\"u1\","
          + "\"task_responsibles\":[{\"responsible_id\":\"r1\"}],"
          + "\"status_config\":{\"id\":\"s1\",\"name\":\"Pendiente\",\"color\":\"#60a5fa\","
          + "\"type\":\"initial\",\"order\":1}}";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void start() throws Exception {
    server.start();
    String url = server.url("/").toString();
    for (String v : new String[] {"AGENTTASKS", "VAMBE", "AMPLEMARKET", "STUUT", "AMIGO"}) {
      env.put(v + "_API_KEY", KEY);
      env.put(v + "_BASE_URL", url);
    }
    env.put("AGENTTASKS_TEAM_ID", "team1");
    env.put("AMPLEMARKET_USER_ID", "user1");
    env.put("AMIGO_WORKSPACE_ID", "3fa85f64-5717-4562-b3fc-2c963f66afa6");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    TasksCommand cmd =
        new TasksCommand(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int exit = TasksCommand.commandLine(cmd).execute(args);
    Run r =
        new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertFalse(r.err().contains(KEY), r.err());
    return r;
  }

  private void enqueue(int code, String json) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(json)
            .build());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertTrue(r != null, "no request was sent");
    String auth =
        r.getUrl().encodedPath().startsWith("/api/public/")
            ? r.getHeaders().get("x-api-key")
            : r.getHeaders().get("Authorization");
    assertEquals(r.getUrl().encodedPath().startsWith("/api/public/") ? KEY : "Bearer " + KEY, auth);
    return r;
  }

  private static JsonObject body(RecordedRequest r) {
    return JsonParser.parseString(r.getBody().utf8()).getAsJsonObject();
  }

  @Test
  void list_agentTasksOpen_sendsStatusTodo() throws Exception {
    enqueue(200, "[" + AGENTTASKS_TASK + "]");
    Run r = run("list", "--vendor", "agenttasks", "--status", "open", "--format", "ndjson");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("GET", req.getMethod());
    assertEquals("/api/teams/team1/tasks", req.getUrl().encodedPath());
    assertEquals("todo", req.getUrl().queryParameter("status"));
    JsonObject t = JsonParser.parseString(r.out().strip()).getAsJsonObject();
    assertEquals("agenttasks", t.get("vendor").getAsString());
    assertEquals("cmabc123", t.get("id").getAsString());
    assertEquals("open", t.get("status").getAsString());
    assertEquals("todo", t.get("vendorStatus").getAsString());
  }

  @Test
  void create_vambe_sendsPriorityAndDueParts() throws Exception {
    enqueue(201, VAMBE_TASK);
    Run r =
        run(
            "create",
            "--vendor",
            "vambe",
            "--title",
            "Follow up",
            "--priority",
            "high",
            "--due",
            "2025-10-25T14:00",
            "--timezone",
            "America/Santiago",
            "--assignee",
            "228d7a0d-9072-4ca8-939b-959b75cc606a",
            "--format",
            "json");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("POST", req.getMethod());
    assertEquals("/api/public/tasks", req.getUrl().encodedPath());
    JsonObject b = body(req);
    assertEquals("Follow up", b.get("title").getAsString());
    assertEquals("2", b.get("priority").getAsString());
    assertEquals("2025-10-25", b.get("dueDate").getAsString());
    assertEquals("14:00", b.get("dueTime").getAsString());
    assertEquals("America/Santiago", b.get("timezone").getAsString());
    assertEquals(
        "228d7a0d-9072-4ca8-939b-959b75cc606a",
        b.getAsJsonArray("responsibleIds").get(0).getAsString());
    assertTrue(r.out().contains("\"id\": \"123e4567-e89b-12d3-a456-426614174000\""), r.out());
  }

  @Test
  void update_vambeClearDue_sendsDueDateNull() throws Exception {
    enqueue(200, VAMBE_TASK);
    Run r = run("update", "vambe:123e4567-e89b-12d3-a456-426614174000", "--clear-due");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("PUT", req.getMethod());
    assertEquals("/api/public/tasks/123e4567-e89b-12d3-a456-426614174000", req.getTarget());
    JsonObject b = body(req);
    assertTrue(b.has("dueDate"), b.toString());
    assertTrue(b.get("dueDate").isJsonNull(), b.toString());
  }

  @Test
  void complete_agentTasks_sendsResult() throws Exception {
    enqueue(200, AGENTTASKS_TASK.replace("\"todo\"", "\"done\""));
    Run r = run("complete", "agenttasks:cmabc123", "--result", "All summarized");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("POST", req.getMethod());
    assertEquals("/api/tasks/cmabc123/complete", req.getTarget());
    assertEquals("All summarized", body(req).get("result").getAsString());
    assertTrue(r.out().contains("done"), r.out());
  }

  @Test
  void claim_agentTasks_postsClaim() throws Exception {
    enqueue(200, AGENTTASKS_TASK.replace("\"todo\"", "\"in_progress\""));
    Run r = run("claim", "agenttasks:cmabc123");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("POST", req.getMethod());
    assertEquals("/api/tasks/cmabc123/claim", req.getTarget());
  }

  @Test
  void move_agentTasks_postsStatus() throws Exception {
    enqueue(200, AGENTTASKS_TASK.replace("\"todo\"", "\"in_progress\""));
    Run r = run("move", "agenttasks:cmabc123", "--status", "in_progress");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("POST", req.getMethod());
    assertEquals("/api/tasks/cmabc123/move", req.getTarget());
    assertEquals("in_progress", body(req).get("status").getAsString());
  }

  @Test
  void get_agentTasks_getsTask() throws Exception {
    enqueue(200, AGENTTASKS_TASK);
    Run r = run("get", "agenttasks:cmabc123", "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("GET", req.getMethod());
    assertEquals("/api/tasks/cmabc123", req.getTarget());
    assertTrue(
        r.out().contains("agenttasks,cmabc123,Summarize Q1 reports,Read,open,todo"), r.out());
  }

  @Test
  void delete_vambe_sendsDelete() throws Exception {
    enqueue(200, "{}");
    Run r = run("delete", "vambe:123e4567-e89b-12d3-a456-426614174000");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("DELETE", req.getMethod());
    assertEquals("/api/public/tasks/123e4567-e89b-12d3-a456-426614174000", req.getTarget());
    assertEquals("deleted vambe:123e4567-e89b-12d3-a456-426614174000\n", r.out());
  }

  @Test
  void skip_amplemarket_postsSkip() throws Exception {
    enqueue(200, "{}");
    Run r = run("skip", "amplemarket:0198f652-bc9b-79c2-8b91-60e1bd43e45d");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("POST", req.getMethod());
    assertEquals("/tasks/0198f652-bc9b-79c2-8b91-60e1bd43e45d/skip", req.getTarget());
  }

  @Test
  void assign_stuut_postsSetAssignee() throws Exception {
    enqueue(200, "{\"id\":\"42\",\"status\":\"open\"}");
    Run r = run("assign", "stuut:42", "--assignee", "ana@example.com");
    assertEquals(0, r.exit(), r.err());
    RecordedRequest req = take();
    assertEquals("POST", req.getMethod());
    assertEquals("/v1/tasks/42/set-assignee", req.getTarget());
  }

  @Test
  void get_whenVendor404_exits3WithVendorMessage() throws Exception {
    enqueue(404, "{\"error\":\"Task not found\",\"code\":\"NOT_FOUND\"}");
    Run r = run("get", "agenttasks:missing");
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().startsWith("error: AgentTasks"), r.err());
    assertFalse(r.err().contains("\tat "));
  }

  @Test
  void get_whenVendorKeeps503_exits4() throws Exception {
    for (int i = 0; i < 5; i++) {
      enqueue(503, "{}");
    }
    Run r = run("get", "agenttasks:x", "--timeout", "20s");
    assertEquals(4, r.exit(), r.err());
  }

  @Test
  void claim_whenVendorLacksIt_exits5BeforeAnyRequest() {
    Run r = run("claim", "vambe:123");
    assertEquals(5, r.exit(), r.err());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void verbose_logsHttpLinesWithoutTheKey() throws Exception {
    enqueue(200, AGENTTASKS_TASK);
    Run r = run("get", "agenttasks:cmabc123", "--verbose");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("/api/tasks/cmabc123"), r.err());
  }
}
