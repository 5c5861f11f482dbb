package dev.tasksdk.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.IdSource;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Amigo (specs/amigo.yaml): read-only. A task is visible only in its own workspace (else 404 "Task
 * not found or expired"); listing by call returns the call's tasks of the workspace. Tasks come
 * from the seed (the list example) or {@code Simulator.put}.
 */
final class AmigoBehaviour extends Behaviour {
  private static final String GET = "/v1/{workspace_id}/tasks/{task_id}";

  AmigoBehaviour(Store store, Clock clock, IdSource ids, Supplier<Spec> spec) {
    super(Vendor.AMIGO, store, clock, ids, spec);
    on("GET", "/v1/([^/]+)/tasks/by-call/([^/]+)", (r, m) -> byCall(m.group(1), m.group(2)));
    on("GET", "/v1/([^/]+)/tasks/([^/]+)", (r, m) -> get(m.group(1), m.group(2)));
  }

  @Override
  List<JsonObject> seed(Spec spec) {
    return tasksOf(
        spec.responseExample(
            "/v1/{workspace_id}/tasks/by-call/{call_sid}", "get", "200", "two_tasks"),
        "tasks");
  }

  @Override
  String idOf(JsonObject task) {
    return str(task, "task_id");
  }

  @Override
  Optional<Reply> authorize(Req r) {
    return requireBearer(
        r, () -> withRequestId(specError(GET, "get", 401, "invalid_token", "Invalid token")));
  }

  @Override
  Reply invalid(Req r, List<SpecCheck.Problem> problems) {
    JsonArray detail = new JsonArray();
    for (SpecCheck.Problem p : problems) {
      JsonObject d = new JsonObject();
      d.addProperty("type", "value_error");
      JsonArray loc = new JsonArray();
      loc.add(p.key().contains("path") ? "path" : p.key().contains("query") ? "query" : "request");
      d.add("loc", loc);
      d.addProperty("msg", p.message());
      detail.add(d);
    }
    JsonObject o = new JsonObject();
    o.add("detail", detail);
    return withRequestId(Reply.of(422, o));
  }

  @Override
  JsonElement errorBody(int status, String code, String message) {
    JsonObject o = new JsonObject();
    o.addProperty("detail", message);
    o.addProperty("error_code", code);
    return o;
  }

  private Reply get(String workspace, String id) {
    return live(id)
        .filter(t -> workspace.equals(str(t, "workspace_id")))
        .map(t -> withRequestId(Reply.ok(t)))
        .orElseGet(
            () -> withRequestId(specError(GET, "get", 404, "task_not_found", "Task not found")));
  }

  private Reply byCall(String workspace, String call) {
    JsonArray tasks = new JsonArray();
    for (JsonObject t : liveTasks()) {
      if (workspace.equals(str(t, "workspace_id")) && call.equals(str(t, "call_sid"))) {
        tasks.add(t);
      }
    }
    JsonObject o = new JsonObject();
    o.add("tasks", tasks);
    return withRequestId(Reply.ok(o));
  }

  private Reply withRequestId(Reply r) {
    return r.header("x-request-id", String.format("req_sim%08d", ++requests));
  }

  private long requests;
}
