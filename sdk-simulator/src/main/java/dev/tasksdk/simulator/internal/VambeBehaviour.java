package dev.tasksdk.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.IdSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Vambe (specs/vambe.yaml): create with priority {@code "0"/"1"/"2"} in and words out, a due date
 * with time and timezone or all day; PUT updates only the fields sent ({@code dueDate: null} clears
 * the due date; the status by {@code newStatusName} or {@code newStatusPosition}, never both); soft
 * delete, after which the task answers 404; the list's date window (whole days, UTC), {@code
 * includeTasksWithoutDates} and {@code searchFilter}, ordered by priority then id.
 *
 * <p>Assumed where the docs are silent: the organisation's timezone is {@code America/Santiago}
 * (the examples'), and besides the two statuses of the examples there is a third, {@code
 * Completada} ({@code done}, position 3).
 */
final class VambeBehaviour extends Behaviour {
  private static final String TASK = "/api/public/tasks/{id}";
  private static final String ORG_TIMEZONE = "America/Santiago";
  private static final String CREATOR = "user-uuid-456";
  private static final List<String> PRIORITIES = List.of("low", "medium", "high");

  private Map<String, JsonObject> statuses;

  VambeBehaviour(Store store, Clock clock, IdSource ids, Supplier<Spec> spec) {
    super(Vendor.VAMBE, store, clock, ids, spec);
    on("GET", "/api/public/tasks", (r, m) -> list(r));
    on("POST", "/api/public/tasks", (r, m) -> create(r));
    on("PUT", "/api/public/tasks/([^/]+)", (r, m) -> update(m.group(1), r));
    on("DELETE", "/api/public/tasks/([^/]+)", (r, m) -> delete(m.group(1)));
    on("GET", "/api/public/team-members/all", (r, m) -> Reply.ok(members()));
  }

  @Override
  List<JsonObject> seed(Spec spec) {
    return tasksOf(spec.responseExample("/api/public/tasks", "get", "200", "tasks"), null);
  }

  @Override
  Optional<Reply> authorize(Req r) {
    return r.header("x-api-key").filter(k -> !k.isBlank()).isPresent()
        ? Optional.empty()
        : Optional.of(specError(TASK, "put", 401, "unauthorized", "Unauthorized"));
  }

  @Override
  Reply invalid(Req r, List<SpecCheck.Problem> problems) {
    return badRequest(
        problems.stream().map(SpecCheck.Problem::message).collect(Collectors.toList()));
  }

  @Override
  JsonElement errorBody(int status, String code, String message) {
    JsonObject o = new JsonObject();
    o.addProperty("statusCode", status);
    o.addProperty("message", message);
    return o;
  }

  private static Reply badRequest(List<String> messages) {
    JsonObject o = new JsonObject();
    o.addProperty("statusCode", 400);
    JsonArray m = new JsonArray();
    messages.forEach(m::add);
    o.add("message", m);
    o.addProperty("error", "Bad Request");
    return Reply.of(400, o);
  }

  private Reply notFound() {
    return specError(TASK, "put", 404, "not_found", "Task not found");
  }

  private Reply list(Req r) {
    Optional<LocalDate> from = r.param("fromDate").flatMap(VambeBehaviour::date);
    Optional<LocalDate> to = r.param("toDate").flatMap(VambeBehaviour::date);
    boolean withoutDates =
        r.param("includeTasksWithoutDates").map(Boolean::parseBoolean).orElse(true);
    List<String> responsibles = r.params("responsibleIds[]");
    Optional<String> search = r.param("searchFilter").filter(s -> !s.isBlank());
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject t : liveTasks()) {
      String due = str(t, "due_at");
      boolean inWindow;
      if (due == null) {
        inWindow = withoutDates;
      } else {
        Instant at = Instant.parse(due);
        inWindow =
            from.map(f -> !at.isBefore(f.atStartOfDay(ZoneOffset.UTC).toInstant())).orElse(true)
                && to.map(d -> at.isBefore(d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .orElse(true);
      }
      boolean responsible =
          responsibles.isEmpty()
              || t.getAsJsonArray("task_responsibles").asList().stream()
                  .anyMatch(e -> responsibles.contains(str(e.getAsJsonObject(), "responsible_id")));
      boolean text =
          search
              .map(
                  s ->
                      containsIgnoreCase(str(t, "title"), s)
                          || containsIgnoreCase(str(t, "description"), s))
              .orElse(true);
      if (inWindow && responsible && text) {
        out.add(t);
      }
    }
    out.sort(
        Comparator.comparingInt((JsonObject t) -> -PRIORITIES.indexOf(str(t, "priority")))
            .thenComparing(t -> str(t, "id")));
    JsonArray a = new JsonArray();
    out.forEach(a::add);
    return Reply.ok(a);
  }

  private Reply create(Req r) {
    JsonObject in = r.json();
    List<String> problems = new ArrayList<>();
    JsonObject t = new JsonObject();
    t.addProperty("id", nextId());
    t.add("title", in.get("title"));
    if (in.has("description") && !in.get("description").isJsonNull()) {
      t.add("description", in.get("description")); // the spec's Task.description is not nullable
    }
    t.add("due_timezone", JsonNull.INSTANCE);
    t.add("due_at", JsonNull.INSTANCE);
    t.addProperty("is_all_day", false);
    t.addProperty("created_at", nowMillis());
    t.add("ai_contact_id", orNull(in, "aiContactId"));
    t.add("ai_customer_id", orNull(in, "aiCustomerId"));
    JsonObject initial = statuses().values().iterator().next();
    t.addProperty("task_status_config_id", str(initial, "id"));
    t.addProperty("priority", PRIORITIES.get(Integer.parseInt(in.get("priority").getAsString())));
    t.addProperty("creator_id", CREATOR);
    t.add("task_responsibles", responsibles(in.getAsJsonArray("responsibleIds"), problems));
    t.add("status_config", initial.deepCopy());
    if (in.has("dueDate") && !in.get("dueDate").isJsonNull()) {
      due(t, in, problems);
    } else if (in.has("dueTime") && !in.get("dueTime").isJsonNull()) {
      problems.add("dueTime requires dueDate");
    }
    if (!problems.isEmpty()) {
      store.sequence--;
      return badRequest(problems);
    }
    store.tasks.put(idOf(t), t);
    return Reply.of(201, t);
  }

  private Reply update(String id, Req r) {
    JsonObject current = live(id).orElse(null);
    if (current == null) {
      return notFound();
    }
    JsonObject in = r.json();
    JsonObject t = current.deepCopy();
    List<String> problems = new ArrayList<>();
    if (in.has("newStatusName") && in.has("newStatusPosition")) {
      problems.add("newStatusPosition and newStatusName cannot be sent together");
    }
    if (in.has("title")) {
      t.add("title", in.get("title"));
    }
    if (in.has("description")) {
      if (in.get("description").isJsonNull()) {
        t.remove("description");
      } else {
        t.add("description", in.get("description"));
      }
    }
    if (in.has("priority")) {
      t.addProperty("priority", PRIORITIES.get(Integer.parseInt(in.get("priority").getAsString())));
    }
    if (in.has("aiContactId")) {
      t.add("ai_contact_id", in.get("aiContactId"));
    }
    if (in.has("aiCustomerId")) {
      t.add("ai_customer_id", in.get("aiCustomerId"));
    }
    if (in.has("responsibleIds")) {
      t.add("task_responsibles", responsibles(in.getAsJsonArray("responsibleIds"), problems));
    }
    if (in.has("dueDate")) {
      if (in.get("dueDate").isJsonNull()) {
        t.add("due_at", JsonNull.INSTANCE);
        t.add("due_timezone", JsonNull.INSTANCE);
        t.addProperty("is_all_day", false);
      } else {
        due(t, in, problems);
      }
    }
    JsonObject status = null;
    if (in.has("newStatusName")) {
      String name = in.get("newStatusName").getAsString();
      status =
          statuses().values().stream()
              .filter(s -> name.equalsIgnoreCase(str(s, "name")))
              .findFirst()
              .orElse(null);
      if (status == null) {
        problems.add("newStatusName: no status named " + name);
      }
    } else if (in.has("newStatusPosition")) {
      double position = in.get("newStatusPosition").getAsDouble();
      status =
          statuses().values().stream()
              .filter(s -> s.get("order").getAsDouble() == position)
              .findFirst()
              .orElse(null);
      if (status == null) {
        problems.add("newStatusPosition: no status at position " + in.get("newStatusPosition"));
      }
    }
    if (status != null) {
      t.addProperty("task_status_config_id", str(status, "id"));
      t.add("status_config", status.deepCopy());
    }
    if (!problems.isEmpty()) {
      return badRequest(problems);
    }
    store.tasks.put(id, t);
    return Reply.ok(t);
  }

  private Reply delete(String id) {
    if (live(id).isEmpty()) {
      return notFound();
    }
    store.deleted.add(id);
    return Reply.ok(spec().responseExample(TASK, "delete", "200", "success").orElseThrow());
  }

  private void due(JsonObject t, JsonObject in, List<String> problems) {
    String dueDate = in.get("dueDate").getAsString();
    String time =
        in.has("dueTime") && !in.get("dueTime").isJsonNull()
            ? in.get("dueTime").getAsString()
            : null;
    String zone =
        in.has("timezone") && !in.get("timezone").isJsonNull()
            ? in.get("timezone").getAsString()
            : Optional.ofNullable(str(t, "due_timezone")).orElse(null);
    try {
      if (dueDate.length() > 10) {
        t.addProperty("due_at", millis(Instant.parse(dueDate)));
        t.addProperty("is_all_day", false);
        t.addProperty("due_timezone", zone == null ? ORG_TIMEZONE : zone);
        return;
      }
      LocalDate date = LocalDate.parse(dueDate);
      if (time == null) {
        t.addProperty("due_at", millis(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        t.addProperty("is_all_day", true);
        t.addProperty("due_timezone", zone == null ? ORG_TIMEZONE : zone);
      } else if (zone == null) {
        problems.add("timezone is required when dueTime is given");
      } else {
        Instant at = date.atTime(LocalTime.parse(time)).atZone(ZoneId.of(zone)).toInstant();
        t.addProperty("due_at", millis(at));
        t.addProperty("is_all_day", false);
        t.addProperty("due_timezone", zone);
      }
    } catch (java.time.DateTimeException e) {
      problems.add("dueDate must be a valid ISO 8601 date string");
    }
  }

  private JsonArray responsibles(JsonArray ids, List<String> problems) {
    JsonArray out = new JsonArray();
    java.util.Set<String> known =
        members().asList().stream()
            .map(m -> str(m.getAsJsonObject(), "id"))
            .collect(Collectors.toSet());
    for (JsonElement e : ids) {
      if (!known.contains(e.getAsString())) {
        problems.add("responsibleIds: " + e.getAsString() + " is not a team member");
      }
      JsonObject o = new JsonObject();
      o.add("responsible_id", e);
      out.add(o);
    }
    return out;
  }

  private JsonArray members() {
    return spec()
        .responseExample("/api/public/team-members/all", "get", "200", "members")
        .orElseThrow()
        .getAsJsonArray();
  }

  /** The status configurations of the examples, by id, in their order, plus a done status. */
  private Map<String, JsonObject> statuses() {
    if (statuses == null) {
      statuses = new LinkedHashMap<>();
      List<JsonElement> examples = new ArrayList<>();
      spec()
          .responseExample("/api/public/tasks", "get", "200", "tasks")
          .ifPresent(a -> a.getAsJsonArray().forEach(examples::add));
      spec().responseExample(TASK, "put", "200", "updated").ifPresent(examples::add);
      for (JsonElement e : examples) {
        JsonElement s = e.getAsJsonObject().get("status_config");
        if (s != null && s.isJsonObject()) {
          statuses.putIfAbsent(str(s.getAsJsonObject(), "id"), s.getAsJsonObject());
        }
      }
      JsonObject done = new JsonObject();
      done.addProperty("id", "status-uuid-791");
      done.addProperty("name", "Completada");
      done.addProperty("color", "#4ade80");
      done.addProperty("type", "done");
      done.addProperty("order", 3);
      statuses.putIfAbsent("status-uuid-791", done);
    }
    return statuses;
  }

  private static JsonElement orNull(JsonObject in, String name) {
    return in.has(name) ? in.get(name) : JsonNull.INSTANCE;
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String millis(Instant at) {
    return String.format(
        Locale.ROOT,
        "%s.%03dZ",
        at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().substring(0, 19),
        at.getNano() / 1_000_000);
  }
}
