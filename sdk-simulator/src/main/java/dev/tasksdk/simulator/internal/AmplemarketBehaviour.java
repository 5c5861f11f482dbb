package dev.tasksdk.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.IdSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Amplemarket (specs/amplemarket.yaml): the tasks of one {@code user_id}, keyset paging with {@code
 * page[size]}/{@code page[after]}/{@code page[before]} and relative {@code _links}, complete only a
 * scheduled manual task (else 422 {@code unsupported_value}; completing a completed task is 200),
 * skip a scheduled task.
 */
final class AmplemarketBehaviour extends Behaviour {
  private static final String COMPLETE = "/tasks/{id}/complete";

  AmplemarketBehaviour(Store store, Clock clock, IdSource ids, Supplier<Spec> spec) {
    super(Vendor.AMPLEMARKET, store, clock, ids, spec);
    on("GET", "/tasks", (r, m) -> list(r));
    on("GET", "/tasks/statuses", (r, m) -> example("/tasks/statuses"));
    on("GET", "/tasks/types", (r, m) -> example("/tasks/types"));
    on("POST", "/tasks/([^/]+)/skip", (r, m) -> skip(m.group(1)));
    on("POST", "/tasks/([^/]+)/complete", (r, m) -> complete(m.group(1)));
  }

  @Override
  List<JsonObject> seed(Spec spec) {
    return tasksOf(spec.componentExample("TaskListPage"), "tasks");
  }

  @Override
  Optional<Reply> authorize(Req r) {
    return requireBearer(
        r, () -> Reply.of(401, spec().componentExample("Unauthorized").orElseThrow()));
  }

  @Override
  Reply invalid(Req r, List<SpecCheck.Problem> problems) {
    JsonArray errors = new JsonArray();
    for (SpecCheck.Problem p : problems) {
      JsonObject e = error(422, "unsupported_value", "Unsupported Value", p.message());
      errors.add(e);
    }
    JsonObject o = new JsonObject();
    o.add("_errors", errors);
    return Reply.of(422, o);
  }

  @Override
  JsonElement errorBody(int status, String code, String message) {
    JsonArray errors = new JsonArray();
    errors.add(error(status, code, message, message));
    JsonObject o = new JsonObject();
    o.add("_errors", errors);
    return o;
  }

  private static JsonObject error(int status, String code, String title, String detail) {
    JsonObject e = new JsonObject();
    e.addProperty("status", String.valueOf(status));
    e.addProperty("code", code);
    e.addProperty("title", title);
    e.addProperty("detail", detail);
    return e;
  }

  private Reply example(String path) {
    return Reply.ok(spec().responseExample(path, "get", "200", null).orElseThrow());
  }

  private Reply list(Req r) {
    String user = r.param("user_id").orElse(null);
    int size = r.param("page[size]").map(Integer::parseInt).orElse(20);
    List<JsonObject> matching = new ArrayList<>();
    for (JsonObject t : liveTasks()) {
      if (matches(t, r, user)) {
        matching.add(t);
      }
    }
    int from = 0;
    int to = matching.size();
    Optional<String> after = r.param("page[after]");
    Optional<String> before = r.param("page[before]");
    if (after.isPresent()) {
      from = indexOf(matching, after.get()) + 1;
      to = Math.min(matching.size(), from + size);
    } else if (before.isPresent()) {
      to = Math.max(0, indexOf(matching, before.get()));
      from = Math.max(0, to - size);
    } else {
      to = Math.min(matching.size(), size);
    }
    from = Math.max(0, Math.min(from, matching.size()));
    List<JsonObject> page = matching.subList(from, Math.max(from, to));
    JsonArray tasks = new JsonArray();
    page.forEach(tasks::add);
    JsonObject links = new JsonObject();
    links.add("self", href(r, null, null, size));
    if (!page.isEmpty() && to < matching.size()) {
      links.add("next", href(r, "page[after]", idOf(page.get(page.size() - 1)), size));
    }
    if (!page.isEmpty() && from > 0) {
      links.add("prev", href(r, "page[before]", idOf(page.get(0)), size));
    }
    JsonObject o = new JsonObject();
    o.add("tasks", tasks);
    o.add("_links", links);
    return Reply.ok(o);
  }

  private static int indexOf(List<JsonObject> tasks, String id) {
    for (int i = 0; i < tasks.size(); i++) {
      if (id.equals(str(tasks.get(i), "id"))) {
        return i;
      }
    }
    return tasks.size();
  }

  private static boolean matches(JsonObject t, Req r, String user) {
    if (user != null && !user.equals(str(t, "user_id"))) {
      return false;
    }
    Optional<String> automatic = r.param("automatic");
    if (automatic.isPresent()
        && Boolean.parseBoolean(automatic.get()) != t.get("automatic").getAsBoolean()) {
      return false;
    }
    for (String field : List.of("type", "status", "sequence_key")) {
      Optional<String> want = r.param(field);
      if (want.isPresent() && !want.get().equals(str(t, field))) {
        return false;
      }
    }
    Optional<String> keyword = r.param("keyword");
    if (keyword.isPresent()) {
      JsonElement c = t.get("contact");
      if (c == null || !c.isJsonObject()) {
        return false;
      }
      JsonObject contact = c.getAsJsonObject();
      return containsIgnoreCase(str(contact, "name"), keyword.get())
          || containsIgnoreCase(str(contact, "email"), keyword.get())
          || containsIgnoreCase(str(contact, "company"), keyword.get());
    }
    return true;
  }

  /** A relative link with the request's parameters and {@code cursor} set to {@code id}. */
  private static JsonObject href(Req r, String cursor, String id, int size) {
    StringBuilder sb = new StringBuilder("/tasks?");
    if (cursor != null) {
      sb.append(cursor).append('=').append(enc(id)).append('&');
    }
    sb.append("page[size]=").append(size);
    for (Map.Entry<String, List<String>> q : r.query().entrySet()) {
      if (q.getKey().startsWith("page[")) {
        continue;
      }
      for (String v : q.getValue()) {
        sb.append('&').append(q.getKey()).append('=').append(enc(v));
      }
    }
    JsonObject o = new JsonObject();
    o.addProperty("href", sb.toString());
    return o;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private Reply skip(String id) {
    JsonObject t = live(id).orElse(null);
    if (t == null) {
      return notFound();
    }
    String status = str(t, "status");
    if ("skipped".equals(status)) {
      return Reply.empty(200);
    }
    if (!"scheduled".equals(status)) {
      return unsupported();
    }
    t.addProperty("status", "skipped");
    t.addProperty("finished_on", nowSeconds());
    return Reply.empty(200);
  }

  private Reply complete(String id) {
    JsonObject t = live(id).orElse(null);
    if (t == null) {
      return notFound();
    }
    String status = str(t, "status");
    if ("completed".equals(status)) {
      return Reply.empty(200);
    }
    if (!"scheduled".equals(status) || t.get("automatic").getAsBoolean()) {
      return unsupported();
    }
    t.addProperty("status", "completed");
    t.addProperty("finished_on", nowSeconds());
    return Reply.empty(200);
  }

  private Reply notFound() {
    return Reply.of(404, spec().componentExample("NotFound").orElseThrow());
  }

  private Reply unsupported() {
    return specError(COMPLETE, "post", 422, "unsupportedValue", "Unsupported Value");
  }
}
