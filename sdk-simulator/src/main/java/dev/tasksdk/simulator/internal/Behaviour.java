package dev.tasksdk.simulator.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.IdSource;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One vendor's documented rules over a {@link Store}: how it authenticates, routes, answers and
 * words its errors. Called with the engine's lock held.
 */
abstract class Behaviour {
  final Vendor vendor;
  final Store store;
  final Clock clock;
  final IdSource ids;
  private final Supplier<Spec> spec;
  private final List<Route> routes = new ArrayList<>();

  Behaviour(Vendor vendor, Store store, Clock clock, IdSource ids, Supplier<Spec> spec) {
    this.vendor = vendor;
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.spec = spec;
  }

  /** The seeded tasks, from the spec's examples. */
  abstract List<JsonObject> seed(Spec spec);

  /** The id of a task in wire format: its {@code id}, unless the vendor names it otherwise. */
  String idOf(JsonObject task) {
    return str(task, "id");
  }

  /** The vendor's 401 when the request lacks its credentials, else empty. */
  abstract Optional<Reply> authorize(Req r);

  /** The vendor's answer to a request the spec rejected. */
  abstract Reply invalid(Req r, List<SpecCheck.Problem> problems);

  /** A body in the vendor's error format for an error without a documented example. */
  abstract JsonElement errorBody(int status, String code, String message);

  Spec spec() {
    return spec.get();
  }

  interface Handler {
    Reply handle(Req r, Matcher m);
  }

  private record Route(String method, Pattern pattern, Handler handler) {}

  /** Registers {@code handler} for {@code method} and a path regex with groups for parameters. */
  void on(String method, String regex, Handler handler) {
    routes.add(new Route(method, Pattern.compile(regex), handler));
  }

  Reply route(Req r) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Matcher m = route.pattern.matcher(r.path());
      if (m.matches()) {
        pathKnown = true;
        if (route.method.equals(r.method())) {
          return route.handler.handle(r, m);
        }
      }
    }
    return pathKnown
        ? Reply.of(405, errorBody(405, "method_not_allowed", "Method Not Allowed"))
        : Reply.of(404, errorBody(404, "not_found", "Not Found"));
  }

  /** The spec's example for this error, or {@link #errorBody} when it has none. */
  Reply specError(String path, String method, int status, String example, String fallback) {
    JsonElement body =
        spec()
            .responseExample(path, method, String.valueOf(status), example)
            .orElseGet(() -> errorBody(status, "error", fallback));
    return Reply.of(status, body);
  }

  /**
   * The tasks of a spec example: the objects of its array {@code field}, or of the example itself
   * when {@code field} is null; none when the spec has no such example.
   */
  static List<JsonObject> tasksOf(Optional<JsonElement> example, String field) {
    List<JsonObject> out = new ArrayList<>();
    example.ifPresent(
        e ->
            (field == null ? e.getAsJsonArray() : e.getAsJsonObject().getAsJsonArray(field))
                .forEach(t -> out.add(t.getAsJsonObject())));
    return out;
  }

  /** Empty when the request has a bearer token, else the vendor's {@code unauthorized} reply. */
  static Optional<Reply> requireBearer(Req r, Supplier<Reply> unauthorized) {
    return bearer(r).isPresent() ? Optional.empty() : Optional.of(unauthorized.get());
  }

  /** The problems' messages, joined by {@code "; "}. */
  static String messages(List<SpecCheck.Problem> problems) {
    return problems.stream().map(SpecCheck.Problem::message).collect(Collectors.joining("; "));
  }

  /** The request's bearer token, if it has one in the {@code Bearer <token>} form. */
  static Optional<String> bearer(Req r) {
    return r.header("authorization")
        .filter(
            h -> h.regionMatches(true, 0, "Bearer ", 0, 7) && h.substring(7).trim().length() > 0)
        .map(h -> h.substring(7).trim());
  }

  String nextId() {
    return ids.next(vendor, ++store.sequence);
  }

  Instant now() {
    return clock.instant();
  }

  /** Now with whole seconds, as {@code 2025-01-15T10:00:00Z}. */
  String nowSeconds() {
    return now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Now with milliseconds, as {@code 2025-10-20T10:30:00.000Z}. */
  String nowMillis() {
    Instant t = now().truncatedTo(ChronoUnit.MILLIS);
    return String.format(
        Locale.ROOT, "%s.%03dZ", t.toString().substring(0, 19), t.getNano() / 1_000_000);
  }

  Optional<JsonObject> live(String id) {
    return store.deleted.contains(id) ? Optional.empty() : Optional.ofNullable(store.tasks.get(id));
  }

  List<JsonObject> liveTasks() {
    List<JsonObject> out = new ArrayList<>();
    store.tasks.forEach(
        (id, t) -> {
          if (!store.deleted.contains(id)) {
            out.add(t);
          }
        });
    return out;
  }

  static String str(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  static boolean containsIgnoreCase(String haystack, String needle) {
    return haystack != null
        && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }
}
