package dev.tasksdk.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.IdSource;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * AgentTasks (specs/agenttasks.yaml): {@code todo -> in_progress -> done}, claim by the calling
 * agent (409 {@code TASK_ALREADY_CLAIMED} / {@code TASK_NOT_CLAIMABLE}), complete only in progress
 * (409 {@code TASK_NOT_IN_PROGRESS}) and only by the assignee (403 {@code NOT_ASSIGNED_AGENT}),
 * move to any status, PATCH of the writable fields, cursor paging (the last id of the previous
 * page).
 */
final class AgentTasksBehaviour extends Behaviour {
  /** The agent of the spec's claim/complete examples; the caller of every Agent Token here. */
  static final String AGENT = "cm_agent_xyz";

  private static final String TASK = "/api/tasks/{taskId}";

  AgentTasksBehaviour(Store store, Clock clock, IdSource ids, Supplier<Spec> spec) {
    super(Vendor.AGENTTASKS, store, clock, ids, spec);
    on("GET", "/api/teams/([^/]+)/tasks", (r, m) -> list(r));
    on("POST", "/api/teams/([^/]+)/tasks", (r, m) -> create(r));
    on("GET", "/api/tasks/([^/]+)", (r, m) -> withTask(m.group(1), "get", Reply::ok));
    on("PATCH", "/api/tasks/([^/]+)", (r, m) -> withTask(m.group(1), "patch", t -> update(t, r)));
    on("POST", "/api/tasks/([^/]+)/claim", (r, m) -> claim(m.group(1)));
    on("POST", "/api/tasks/([^/]+)/complete", (r, m) -> complete(m.group(1), r));
    on("POST", "/api/tasks/([^/]+)/move", (r, m) -> move(m.group(1), r));
  }

  @Override
  List<JsonObject> seed(Spec spec) {
    return tasksOf(spec.responseExample("/api/teams/{teamId}/tasks", "get", "200", null), null);
  }

  @Override
  Optional<Reply> authorize(Req r) {
    return requireBearer(r, () -> specError(TASK, "get", 401, "unauthorized", "Unauthorized"));
  }

  @Override
  Reply invalid(Req r, List<SpecCheck.Problem> problems) {
    return Reply.of(
        400, errorBody(400, "VALIDATION_ERROR", "Invalid request: " + messages(problems)));
  }

  @Override
  JsonElement errorBody(int status, String code, String message) {
    JsonObject o = new JsonObject();
    o.addProperty("error", message);
    o.addProperty("code", code.toUpperCase(java.util.Locale.ROOT));
    o.addProperty("statusCode", status);
    return o;
  }

  private Reply list(Req r) {
    Optional<String> status = r.param("status");
    Optional<String> project = r.param("projectId");
    Optional<String> agent = r.param("agentId");
    int limit = r.param("limit").map(Integer::parseInt).orElse(50);
    Optional<String> cursor = r.param("cursor");
    List<JsonObject> all = liveTasks();
    int start = 0;
    if (cursor.isPresent()) {
      start = all.size();
      for (int i = 0; i < all.size(); i++) {
        if (cursor.get().equals(idOf(all.get(i)))) {
          start = i + 1;
        }
      }
    }
    JsonArray page = new JsonArray();
    for (JsonObject t : all.subList(start, all.size())) {
      if (page.size() == limit) {
        break;
      }
      if (status.map(s -> s.equals(str(t, "status"))).orElse(true)
          && project.map(p -> p.equals(str(t, "projectId"))).orElse(true)
          && agent.map(a -> a.equals(str(t, "assignedAgentId"))).orElse(true)) {
        page.add(t);
      }
    }
    return Reply.ok(page);
  }

  private Reply create(Req r) {
    JsonObject in = r.json();
    JsonObject t = new JsonObject();
    t.addProperty("id", nextId());
    t.add("title", in.get("title"));
    t.add("description", in.has("description") ? in.get("description") : JsonNull.INSTANCE);
    t.addProperty("status", "todo");
    t.addProperty("priority", in.has("priority") ? in.get("priority").getAsString() : "normal");
    t.add(
        "assignedAgentId",
        in.has("assignedAgentId") ? in.get("assignedAgentId") : JsonNull.INSTANCE);
    t.add("projectId", in.get("projectId"));
    t.add("result", JsonNull.INSTANCE);
    t.addProperty("createdAt", nowSeconds());
    t.addProperty("updatedAt", nowSeconds());
    store.tasks.put(idOf(t), t);
    return Reply.of(201, t);
  }

  private Reply update(JsonObject t, Req r) {
    JsonObject in = r.json();
    for (String field :
        List.of("title", "description", "projectId", "assignedAgentId", "priority")) {
      if (in.has(field)) {
        t.add(field, in.get(field));
      }
    }
    touch(t);
    return Reply.ok(t);
  }

  private Reply claim(String id) {
    return withTask(
        id,
        "claim",
        t -> {
          String status = str(t, "status");
          if ("in_progress".equals(status)) {
            return specError(
                TASK + "/claim", "post", 409, "taskAlreadyClaimed", "Task already claimed");
          }
          if (!"todo".equals(status)) {
            return specError(
                TASK + "/claim", "post", 409, "taskNotClaimable", "Task is not claimable");
          }
          t.addProperty("status", "in_progress");
          t.addProperty("assignedAgentId", AGENT);
          touch(t);
          return Reply.ok(t);
        });
  }

  private Reply complete(String id, Req r) {
    return withTask(
        id,
        "complete",
        t -> {
          if (!"in_progress".equals(str(t, "status"))) {
            return specError(
                TASK + "/complete", "post", 409, "taskNotInProgress", "Task is not in progress");
          }
          if (!AGENT.equals(str(t, "assignedAgentId"))) {
            return specError(
                TASK + "/complete",
                "post",
                403,
                "notAssignedAgent",
                "You are not the assigned agent for this task");
          }
          JsonObject in = r.json();
          t.addProperty("status", "done");
          t.add("result", in.has("result") ? in.get("result") : JsonNull.INSTANCE);
          touch(t);
          return Reply.ok(t);
        });
  }

  private Reply move(String id, Req r) {
    return withTask(
        id,
        "move",
        t -> {
          t.add("status", r.json().get("status"));
          touch(t);
          return Reply.ok(t);
        });
  }

  private Reply withTask(String id, String op, java.util.function.Function<JsonObject, Reply> f) {
    return live(id)
        .map(f)
        .orElseGet(() -> specError(TASK, "get", 404, "notFound", "Resource not found"));
  }

  private void touch(JsonObject t) {
    t.addProperty("updatedAt", nowSeconds());
  }
}
