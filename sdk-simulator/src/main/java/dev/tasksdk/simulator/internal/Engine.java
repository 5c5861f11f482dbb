package dev.tasksdk.simulator.internal;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.Fault;
import dev.tasksdk.simulator.IdSource;
import dev.tasksdk.simulator.ReceivedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The HTTP side of a simulator: records each request, applies the next fault, checks credentials
 * and the spec, lets the vendor's {@link Behaviour} answer and checks the answer against the spec.
 */
public final class Engine implements AutoCloseable {
  private final Vendor vendor;
  private final Store store = new Store();
  private final Behaviour behaviour;
  private final SpecCheck check;
  private final Supplier<Optional<Fault>> faults;
  private final List<ReceivedRequest> received = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Starts a simulator of {@code vendor} on 127.0.0.1:{@code port} (0 for any free port).
   *
   * @param faults gives the fault for the next request, if any
   */
  public Engine(
      Vendor vendor,
      int port,
      Clock clock,
      IdSource ids,
      boolean validate,
      Supplier<Optional<Fault>> faults) {
    this.vendor = vendor;
    this.faults = faults;
    Supplier<Spec> spec = memo(() -> Spec.load(vendor));
    this.behaviour = behaviour(vendor, store, clock, ids, spec);
    this.check = validate ? SpecCheck.of(vendor) : SpecCheck.none();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "tasksdk-simulator-" + vendor.id());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
  }

  /** Whether this engine checks the spec. */
  public boolean validates() {
    return check.enabled();
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Replaces every task with the seeded ones (the spec's examples); the id sequence restarts. */
  public synchronized void reset() {
    store.tasks.clear();
    store.deleted.clear();
    store.sequence = 0;
    for (JsonObject t : behaviour.seed(behaviour.spec())) {
      store.tasks.put(behaviour.idOf(t), t);
    }
  }

  /** Removes every task. */
  public synchronized void clear() {
    store.tasks.clear();
    store.deleted.clear();
  }

  /** Adds or replaces a task given in the vendor's wire format. */
  public synchronized void put(JsonObject task) {
    String id = behaviour.idOf(task);
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("task has no id: " + task);
    }
    store.deleted.remove(id);
    store.tasks.put(id, task.deepCopy());
  }

  /** The live tasks (not deleted), copied, in creation order. */
  public synchronized List<JsonObject> tasks() {
    List<JsonObject> out = new ArrayList<>();
    behaviour.liveTasks().forEach(t -> out.add(t.deepCopy()));
    return out;
  }

  /** The live task {@code id}, copied. */
  public synchronized Optional<JsonObject> task(String id) {
    return behaviour.live(id).map(JsonObject::deepCopy);
  }

  /** The whole state as JSON. */
  public synchronized JsonObject snapshot() {
    return store.toJson();
  }

  /** Replaces the whole state with one {@link #snapshot} returned. */
  public synchronized void restore(JsonObject snapshot) {
    store.load(snapshot, behaviour);
  }

  /** Every request received so far. */
  public synchronized List<ReceivedRequest> received() {
    return List.copyOf(received);
  }

  /** Forgets the received requests and spec violations. */
  public synchronized void clearReceived() {
    received.clear();
    violations.clear();
  }

  /** The answers of this simulator the spec rejected (each was replaced by a 500). */
  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      ex.getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
      String rawQuery = ex.getRequestURI().getRawQuery();
      Req req =
          new Req(
              ex.getRequestMethod().toUpperCase(Locale.ROOT),
              ex.getRequestURI().getPath(),
              query(rawQuery),
              headers,
              body);
      synchronized (this) {
        received.add(
            new ReceivedRequest(
                req.method(), req.path(), rawQuery == null ? "" : rawQuery, headers, body));
      }
      Optional<Fault> fault = faults.get();
      if (fault.isPresent() && fault.get().kind() == Fault.Kind.LATENCY) {
        try {
          Thread.sleep(fault.get().duration().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        fault = Optional.empty();
      }
      if (fault.isPresent() && fault.get().kind() == Fault.Kind.CONNECTION_RESET) {
        // an exception out of the handler makes the JDK server drop the connection unanswered
        throw new IOException("connection reset by fault injection");
      }
      Reply reply = fault.map(this::faultReply).orElseGet(() -> answer(req));
      send(ex, reply);
    }
  }

  private Reply faultReply(Fault f) {
    synchronized (this) {
      String code = f.status() == 429 ? "rate_limited" : "server_error";
      Reply r = Reply.of(f.status(), behaviour.errorBody(f.status(), code, "Injected fault"));
      if (f.kind() == Fault.Kind.RATE_LIMITED) {
        r.header("Retry-After", String.valueOf(f.duration().toSeconds()));
      }
      return r;
    }
  }

  private synchronized Reply answer(Req req) {
    Optional<Reply> denied = behaviour.authorize(req);
    if (denied.isPresent()) {
      return denied.get();
    }
    List<SpecCheck.Problem> problems = check.request(req);
    if (!problems.isEmpty()) {
      if (problems.stream().anyMatch(p -> p.key().equals("validation.request.path.missing"))) {
        return behaviour.route(req); // the behaviour's 404 in the vendor's words
      }
      if (problems.stream()
          .anyMatch(p -> p.key().equals("validation.request.operation.notAllowed"))) {
        return behaviour.route(req);
      }
      return behaviour.invalid(req, problems);
    }
    Reply reply = behaviour.route(req);
    List<SpecCheck.Problem> wrong = check.response(req, reply);
    if (!wrong.isEmpty()) {
      String message =
          vendor.displayName()
              + " simulator answered "
              + req.method()
              + " "
              + req.path()
              + " with "
              + reply.status()
              + " outside its spec: "
              + wrong;
      violations.add(message);
      return Reply.of(500, behaviour.errorBody(500, "simulator_spec_violation", message));
    }
    return reply;
  }

  private static void send(HttpExchange ex, Reply reply) throws IOException {
    reply.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    if (reply.body() == null) {
      ex.sendResponseHeaders(reply.status(), -1);
      return;
    }
    byte[] bytes = reply.bodyText().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static <T> Supplier<T> memo(Supplier<T> s) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = s.get();
        }
        return value;
      }
    };
  }

  private static Behaviour behaviour(
      Vendor v, Store store, Clock clock, IdSource ids, Supplier<Spec> spec) {
    return switch (v) {
      case AGENTTASKS -> new AgentTasksBehaviour(store, clock, ids, spec);
      case AMPLEMARKET -> new AmplemarketBehaviour(store, clock, ids, spec);
      case AMIGO -> new AmigoBehaviour(store, clock, ids, spec);
      case STUUT -> new StuutBehaviour(store, clock, ids, spec);
      case VAMBE -> new VambeBehaviour(store, clock, ids, spec);
    };
  }
}
