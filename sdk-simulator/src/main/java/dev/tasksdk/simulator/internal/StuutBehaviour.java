package dev.tasksdk.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.IdSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stuut (specs/stuut.yaml): 0-indexed {@code page}/{@code limit} with {@code total_records} and
 * {@code next_page} over the filtered tasks, the documented filters and sorts, and set-assignee to
 * a user the simulator knows (the assignees of the spec's examples; another id is a 422).
 */
final class StuutBehaviour extends Behaviour {
  private Map<String, JsonObject> users;

  StuutBehaviour(Store store, Clock clock, IdSource ids, Supplier<Spec> spec) {
    super(Vendor.STUUT, store, clock, ids, spec);
    on("GET", "/v1/tasks", (r, m) -> list(r));
    on("POST", "/v1/tasks/([^/]+)/set-assignee", (r, m) -> assign(m.group(1), r));
  }

  @Override
  List<JsonObject> seed(Spec spec) {
    return tasksOf(spec.componentExample("OpenTasks"), "data");
  }

  @Override
  Optional<Reply> authorize(Req r) {
    return requireBearer(
        r, () -> specError("/v1/tasks", "get", 401, "unauthorized", "Unauthorized"));
  }

  @Override
  Reply invalid(Req r, List<SpecCheck.Problem> problems) {
    return Reply.of(422, errorBody(422, "validation_error", messages(problems)));
  }

  @Override
  JsonElement errorBody(int status, String code, String message) {
    JsonObject o = new JsonObject();
    o.addProperty(status >= 500 ? "message" : "detail", message);
    return o;
  }

  private Reply list(Req r) {
    int page = r.param("page").map(Integer::parseInt).orElse(0);
    int limit = r.param("limit").map(Integer::parseInt).orElse(50);
    List<String> statuses = r.params("status");
    List<String> classifications = r.params("classification");
    List<JsonObject> matching = new ArrayList<>();
    for (JsonObject t : liveTasks()) {
      if ((statuses.isEmpty() || statuses.contains(str(t, "status")))
          && (classifications.isEmpty() || classifications.contains(str(t, "classification")))
          && r.param("type").map(v -> v.equals(str(t, "type"))).orElse(true)
          && r.param("partner_id").map(v -> v.equals(str(t, "partner_id"))).orElse(true)
          && r.param("assignee").map(v -> v.equals(str(t, "assignee_id"))).orElse(true)
          && r.param("is_automated").map(v -> v.equals(str(t, "is_automated"))).orElse(true)) {
        matching.add(t);
      }
    }
    Optional<String> sortBy = r.param("sort_by");
    if (sortBy.isPresent()) {
      Comparator<JsonObject> c = Comparator.comparing(t -> String.valueOf(str(t, sortBy.get())));
      if ("desc".equals(r.param("sort_order").orElse("asc"))) {
        c = c.reversed();
      }
      matching.sort(c);
    }
    int from = Math.min(matching.size(), page * limit);
    int to = Math.min(matching.size(), from + limit);
    JsonArray data = new JsonArray();
    matching.subList(from, to).forEach(data::add);
    JsonObject o = new JsonObject();
    o.add("data", data);
    o.addProperty("current_page", page);
    o.addProperty("total_records", matching.size());
    if (to < matching.size()) {
      o.addProperty("next_page", page + 1);
    } else {
      o.add("next_page", JsonNull.INSTANCE);
    }
    return Reply.ok(o);
  }

  private Reply assign(String id, Req r) {
    JsonObject t = live(id).orElse(null);
    if (t == null) {
      return specError(
          "/v1/tasks/{task_id}/set-assignee", "post", 404, "notFound", "Task not found");
    }
    String userId = r.json().get("assignee").getAsString();
    JsonObject user = users().get(userId);
    if (user == null) {
      return Reply.of(422, errorBody(422, "unknown_user", "assignee: unknown user " + userId));
    }
    t.add("assignee", user.deepCopy());
    t.addProperty("assignee_id", userId);
    t.addProperty("modified_at", nowSeconds());
    return Reply.ok(t);
  }

  private Map<String, JsonObject> users() {
    if (users == null) {
      users = new LinkedHashMap<>();
      for (String example : List.of("OpenTasks", "AssignedTask")) {
        spec()
            .componentExample(example)
            .ifPresent(
                v -> {
                  JsonObject o = v.getAsJsonObject();
                  JsonArray tasks = o.has("data") ? o.getAsJsonArray("data") : new JsonArray();
                  if (!o.has("data")) {
                    tasks.add(o);
                  }
                  for (JsonElement e : tasks) {
                    JsonElement a = e.getAsJsonObject().get("assignee");
                    if (a != null && a.isJsonObject()) {
                      users.putIfAbsent(str(a.getAsJsonObject(), "id"), a.getAsJsonObject());
                    }
                  }
                });
      }
    }
    return users;
  }
}
