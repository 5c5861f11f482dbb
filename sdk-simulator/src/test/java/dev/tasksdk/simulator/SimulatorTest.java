package dev.tasksdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.tasksdk.core.Vendor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The simulators on the wire: state, vendor rules, spec checks, auth and faults. */
@VendorSimulator({Vendor.AGENTTASKS, Vendor.VAMBE, Vendor.AMPLEMARKET, Vendor.STUUT, Vendor.AMIGO})
class SimulatorTest {
  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private static final MediaType JSON = MediaType.get("application/json");

  @AfterAll
  static void stop() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  private static Reply call(Simulator s, String method, String path, String body, String auth)
      throws IOException {
    Request.Builder b = new Request.Builder().url(s.baseUrl() + path);
    if (auth != null) {
      b.header(
          auth.startsWith("x-api-key:") ? "x-api-key" : "Authorization",
          auth.startsWith("x-api-key:") ? auth.substring(10) : auth);
    }
    b.method(
        method,
        body == null
            ? (method.equals("POST") ? RequestBody.create("", null) : null)
            : RequestBody.create(body, JSON));
    try (Response r = HTTP.newCall(b.build()).execute()) {
      String text = r.body().string();
      return new Reply(
          r.code(), text.isEmpty() ? null : JsonParser.parseString(text), r.header("Retry-After"));
    }
  }

  record Reply(int status, JsonElement json, String retryAfter) {
    String field(String name) {
      return json.getAsJsonObject().get(name).getAsString();
    }
  }

  private static Reply agent(Simulator s, String method, String path, String body)
      throws IOException {
    return call(s, method, path, body, "Bearer team-key");
  }

  @Test
  void agentTasks_whenCreatedClaimedCompleted_walksTheStateMachine(
      @VendorSimulator(Vendor.AGENTTASKS) Simulator sim) throws IOException {
    Reply created =
        agent(
            sim,
            "POST",
            "/api/teams/cmteam_abc/tasks",
            """
            {"title": "Write the Q4 summary", "projectId": "cmproject_abc"}""");
    assertEquals(201, created.status(), String.valueOf(created.json()));
    assertEquals("cmsim0001", created.field("id"));
    assertEquals("todo", created.field("status"));

    Reply claimed = agent(sim, "POST", "/api/tasks/cmsim0001/claim", null);
    assertEquals(200, claimed.status());
    assertEquals("in_progress", claimed.field("status"));
    assertEquals("cm_agent_xyz", claimed.field("assignedAgentId"));

    Reply again = agent(sim, "POST", "/api/tasks/cmsim0001/claim", null);
    assertEquals(409, again.status());
    assertEquals("TASK_ALREADY_CLAIMED", again.field("code"));

    Reply done =
        agent(
            sim,
            "POST",
            "/api/tasks/cmsim0001/complete",
            """
        {"result": "Q4 up 12%"}""");
    assertEquals(200, done.status());
    assertEquals("Q4 up 12%", done.field("result"));
    assertEquals("done", sim.task("cmsim0001").orElseThrow().get("status").getAsString());

    Reply claimDone = agent(sim, "POST", "/api/tasks/cmsim0001/claim", null);
    assertEquals("TASK_NOT_CLAIMABLE", claimDone.field("code"));
    assertEquals(2, sim.tasks().size());
  }

  @Test
  void agentTasks_whenCompletedUnclaimed_conflictsNotInProgress(
      @VendorSimulator(Vendor.AGENTTASKS) Simulator sim) throws IOException {
    Reply r = agent(sim, "POST", "/api/tasks/cmabc123/complete", "{}");
    assertEquals(409, r.status());
    assertEquals("TASK_NOT_IN_PROGRESS", r.field("code"));
  }

  @Test
  void agentTasks_whenBodyMissesRequiredField_answersVendorValidationError(
      @VendorSimulator(Vendor.AGENTTASKS) Simulator sim) throws IOException {
    Reply r =
        agent(
            sim,
            "POST",
            "/api/teams/cmteam_abc/tasks",
            """
        {"title": "no project"}""");
    assertEquals(400, r.status());
    assertEquals("VALIDATION_ERROR", r.field("code"));
    assertTrue(r.field("error").contains("projectId"), r.field("error"));
    assertTrue(sim.validates());
  }

  @Test
  void agentTasks_whenNoToken_answersVendor401(@VendorSimulator(Vendor.AGENTTASKS) Simulator sim)
      throws IOException {
    Reply r = call(sim, "GET", "/api/tasks/cmabc123", null, null);
    assertEquals(401, r.status());
    assertEquals("UNAUTHORIZED", r.field("code"));
    assertEquals(1, sim.requests().size());
  }

  @Test
  void vambe_whenDeleted_answers404Afterwards(@VendorSimulator(Vendor.VAMBE) Simulator sim)
      throws IOException {
    String id = "123e4567-e89b-12d3-a456-426614174000";
    assertEquals(200, call(sim, "DELETE", "/api/public/tasks/" + id, null, "x-api-key:k").status());
    Reply again = call(sim, "DELETE", "/api/public/tasks/" + id, null, "x-api-key:k");
    assertEquals(404, again.status());
    assertEquals("Task not found", again.field("message"));
    assertEquals(1, sim.tasks().size());
  }

  @Test
  void vambe_whenPutClearsDueDateAndMovesByPosition_updatesOnlyThoseFields(
      @VendorSimulator(Vendor.VAMBE) Simulator sim) throws IOException {
    String id = "123e4567-e89b-12d3-a456-426614174000";
    Reply r =
        call(
            sim,
            "PUT",
            "/api/public/tasks/" + id,
            """
        {"dueDate": null, "newStatusPosition": 2}""",
            "x-api-key:k");
    assertEquals(200, r.status(), String.valueOf(r.json()));
    assertTrue(r.json().getAsJsonObject().get("due_at").isJsonNull());
    assertEquals(
        "En Progreso",
        r.json().getAsJsonObject().getAsJsonObject("status_config").get("name").getAsString());
    assertEquals("Follow up with customer", r.field("title"));
    Reply both =
        call(
            sim,
            "PUT",
            "/api/public/tasks/" + id,
            """
        {"newStatusPosition": 2, "newStatusName": "Pendiente"}""",
            "x-api-key:k");
    assertEquals(400, both.status());
  }

  @Test
  void vambe_whenKeyMissing_answersVendor401(@VendorSimulator(Vendor.VAMBE) Simulator sim)
      throws IOException {
    Reply r = call(sim, "GET", "/api/public/team-members/all", null, "Bearer wrong-scheme");
    assertEquals(401, r.status());
    assertEquals(401, r.json().getAsJsonObject().get("statusCode").getAsInt());
  }

  @Test
  void amplemarket_whenAutomaticTaskCompleted_answers422UnsupportedValue(
      @VendorSimulator(Vendor.AMPLEMARKET) Simulator sim) throws IOException {
    Reply auto = agent(sim, "POST", "/tasks/0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11/complete", "{}");
    assertEquals(200, auto.status(), "the example's automatic task is already completed: 200");
    sim.seed(
        """
        {"id": "t-auto", "automatic": true, "type": "email", "status": "scheduled",
         "user_id": "0198f652-bc9b-79c2-8b91-60e1bd43e45d"}""");
    Reply r = agent(sim, "POST", "/tasks/t-auto/complete", "{}");
    assertEquals(422, r.status());
    assertEquals(
        "unsupported_value",
        r.json()
            .getAsJsonObject()
            .getAsJsonArray("_errors")
            .get(0)
            .getAsJsonObject()
            .get("code")
            .getAsString());
  }

  @Test
  void amplemarket_whenUserIdMissing_answers422(@VendorSimulator(Vendor.AMPLEMARKET) Simulator sim)
      throws IOException {
    assertEquals(422, agent(sim, "GET", "/tasks", null).status());
  }

  @Test
  void amplemarket_whenPaged_followsNextLinkToTheEnd(
      @VendorSimulator(Vendor.AMPLEMARKET) Simulator sim) throws IOException {
    Reply first =
        agent(sim, "GET", "/tasks?page[size]=1&user_id=0198f652-bc9b-79c2-8b91-60e1bd43e45d", null);
    assertEquals(200, first.status(), String.valueOf(first.json()));
    String next =
        first
            .json()
            .getAsJsonObject()
            .getAsJsonObject("_links")
            .getAsJsonObject("next")
            .get("href")
            .getAsString();
    Reply second = agent(sim, "GET", next, null);
    assertEquals(
        "0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11",
        second
            .json()
            .getAsJsonObject()
            .getAsJsonArray("tasks")
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsString());
    assertTrue(!second.json().getAsJsonObject().getAsJsonObject("_links").has("next"));
  }

  @Test
  void stuut_whenPaged_countsTotalAndNextPage(@VendorSimulator(Vendor.STUUT) Simulator sim)
      throws IOException {
    Reply r = agent(sim, "GET", "/v1/tasks?limit=2&page=0", null);
    assertEquals(3, r.json().getAsJsonObject().get("total_records").getAsInt());
    assertEquals(1, r.json().getAsJsonObject().get("next_page").getAsInt());
    Reply bad = agent(sim, "GET", "/v1/tasks?limit=500", null);
    assertEquals(422, bad.status());
  }

  @Test
  void amigo_whenOtherWorkspace_answers404(@VendorSimulator(Vendor.AMIGO) Simulator sim)
      throws IOException {
    Reply r =
        agent(
            sim,
            "GET",
            "/v1/00000000-0000-4000-8000-000000000000/tasks/task_8f14e45fceea167a",
            null);
    assertEquals(404, r.status());
    assertEquals("Task not found or expired", r.field("detail"));
  }

  @Test
  void faults_whenQueued_answer429ThenNormally(@VendorSimulator(Vendor.STUUT) Simulator sim)
      throws IOException {
    sim.faults().next(Fault.rateLimited(Duration.ofSeconds(7))).next(Fault.status(503));
    Reply limited = agent(sim, "GET", "/v1/tasks", null);
    assertEquals(429, limited.status());
    assertEquals("7", limited.retryAfter());
    assertEquals(503, agent(sim, "GET", "/v1/tasks", null).status());
    assertEquals(200, agent(sim, "GET", "/v1/tasks", null).status());
  }

  @Test
  void faults_whenConnectionReset_failsTheCall(@VendorSimulator(Vendor.STUUT) Simulator sim) {
    sim.faults().next(Fault.connectionReset());
    assertThrows(IOException.class, () -> agent(sim, "GET", "/v1/tasks", null));
  }

  @Test
  void clockAndState_whenInjectedAndExported_roundTrip() throws IOException {
    Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    String state;
    try (Simulator a = Simulator.builder(Vendor.AGENTTASKS).clock(fixed).start()) {
      Reply r =
          agent(
              a,
              "POST",
              "/api/teams/t/tasks",
              """
          {"title": "x", "projectId": "p"}""");
      assertEquals("2026-01-02T03:04:05Z", r.field("createdAt"));
      state = a.exportState();
    }
    try (Simulator b = Simulator.builder(Vendor.AGENTTASKS).seeded(false).start()) {
      b.restoreState(state);
      assertEquals(200, agent(b, "GET", "/api/tasks/cmsim0001", null).status());
      Reply next =
          agent(
              b,
              "POST",
              "/api/teams/t/tasks",
              """
          {"title": "y", "projectId": "p"}""");
      assertEquals("cmsim0002", next.field("id"));
    }
  }
}
