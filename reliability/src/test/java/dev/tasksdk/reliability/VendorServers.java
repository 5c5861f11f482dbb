package dev.tasksdk.reliability;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tasksdk.core.Vendor;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * One loopback MockWebServer per vendor answering that vendor's operations with its spec examples,
 * and injecting faults at given rates: 429 with {@code Retry-After: 0}, 503, and connection resets
 * (after the request was read the socket is closed with {@code SO_LINGER 0}: the kernel sends a
 * RST, the client sees "Connection reset" or "unexpected end of stream").
 */
final class VendorServers implements AutoCloseable {
  /** Fault rates, each in [0, 1]. */
  record Rates(double rateLimited, double unavailable, double reset) {
    static final Rates NONE = new Rates(0, 0, 0);
  }

  /** What a server did, counted. */
  static final class Counts {
    final LongAdder requests = new LongAdder();
    final LongAdder injected429 = new LongAdder();
    final LongAdder injected503 = new LongAdder();
    final LongAdder injectedResets = new LongAdder();
  }

  private final Map<Vendor, MockWebServer> servers = new EnumMap<>(Vendor.class);
  final Counts counts = new Counts();
  private volatile Rates rates = Rates.NONE;

  VendorServers() throws Exception {
    route(Vendor.AGENTTASKS, VendorServers::agentTasks);
    route(Vendor.AMIGO, VendorServers::amigo);
    route(Vendor.AMPLEMARKET, VendorServers::amplemarket);
    route(Vendor.STUUT, VendorServers::stuut);
    route(Vendor.VAMBE, VendorServers::vambe);
  }

  void rates(Rates rates) {
    this.rates = rates;
  }

  String url(Vendor v) {
    return servers.get(v).url("/").toString();
  }

  MockWebServer server(Vendor v) {
    return servers.get(v);
  }

  private void route(Vendor vendor, Function<RecordedRequest, MockResponse> routes)
      throws Exception {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            counts.requests.increment();
            Rates r = rates;
            double x = ThreadLocalRandom.current().nextDouble();
            if (x < r.rateLimited()) {
              counts.injected429.increment();
              return json(429, "{\"message\":\"slow down\"}")
                  .newBuilder()
                  .setHeader("Retry-After", "0")
                  .build();
            }
            x -= r.rateLimited();
            if (x < r.unavailable()) {
              counts.injected503.increment();
              return json(503, "{\"message\":\"unavailable\"}");
            }
            x -= r.unavailable();
            if (x < r.reset()) {
              counts.injectedResets.increment();
              // the request was read; closing with SO_LINGER 0 makes the kernel send a RST
              return new MockResponse.Builder()
                  .onResponseStart(new SocketEffect.CloseSocket())
                  .build();
            }
            return routes.apply(request);
          }
        });
    server.setServerSocketFactory(new ResettingServerSockets());
    server.start();
    servers.put(vendor, server);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static final String AT_TASK = Support.example(Vendor.AGENTTASKS, "ok-getTask-200.json");
  private static final String AT_LIST = Support.example(Vendor.AGENTTASKS, "ok-listTasks-200.json");
  private static final String AT_CLAIM =
      Support.example(Vendor.AGENTTASKS, "ok-claimTask-200.json");
  private static final String AT_MOVE = Support.example(Vendor.AGENTTASKS, "ok-moveTask-200.json");
  private static final String AMIGO_TASK =
      Support.example(Vendor.AMIGO, "getTask-200-completed.json");
  private static final String AMIGO_LIST =
      Support.example(Vendor.AMIGO, "listTasksByCall-200-two_tasks.json");
  private static final String AMPLE_PAGE =
      lastPage(Vendor.AMPLEMARKET, "ok-listTasks-200-page.json");
  private static final String STUUT_PAGE =
      lastPage(Vendor.STUUT, "ok-listTasks-200-openTasks.json");
  private static final String VAMBE_LIST =
      Support.example(Vendor.VAMBE, "listTasks-200-tasks.json");
  private static final String VAMBE_UPDATED =
      Support.example(Vendor.VAMBE, "updateTask-200-updated.json");

  /** The example page with its link to a next page removed (the load test lists one page). */
  private static String lastPage(Vendor v, String file) {
    JsonObject page = JsonParser.parseString(Support.example(v, file)).getAsJsonObject();
    if (page.has("_links")) {
      page.getAsJsonObject("_links").remove("next");
    }
    if (page.has("next_page")) {
      page.add("next_page", com.google.gson.JsonNull.INSTANCE);
    }
    return page.toString();
  }

  private static MockResponse agentTasks(RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    if (r.getMethod().equals("GET") && path.matches("/api/teams/[^/]+/tasks")) {
      return json(200, AT_LIST);
    }
    if (r.getMethod().equals("GET") && path.matches("/api/tasks/[^/]+")) {
      return json(200, AT_TASK);
    }
    if (r.getMethod().equals("POST") && path.endsWith("/claim")) {
      return json(200, AT_CLAIM);
    }
    if (r.getMethod().equals("POST") && path.endsWith("/move")) {
      return json(200, AT_MOVE);
    }
    return notFound(r);
  }

  private static MockResponse amigo(RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    if (path.contains("/tasks/by-call/")) {
      return json(200, AMIGO_LIST);
    }
    if (path.matches("/v1/[^/]+/tasks/[^/]+")) {
      return json(200, AMIGO_TASK);
    }
    return notFound(r);
  }

  private static MockResponse amplemarket(RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    if (r.getMethod().equals("GET") && path.equals("/tasks")) {
      return json(200, AMPLE_PAGE);
    }
    if (r.getMethod().equals("POST") && path.endsWith("/complete")) {
      return new MockResponse.Builder().code(200).build();
    }
    return notFound(r);
  }

  private static MockResponse stuut(RecordedRequest r) {
    if (r.getUrl().encodedPath().equals("/v1/tasks")) {
      return json(200, STUUT_PAGE);
    }
    return notFound(r);
  }

  private static MockResponse vambe(RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    if (r.getMethod().equals("GET") && path.equals("/api/public/tasks")) {
      return json(200, VAMBE_LIST);
    }
    if (r.getMethod().equals("PUT") && path.startsWith("/api/public/tasks/")) {
      return json(200, VAMBE_UPDATED);
    }
    return notFound(r);
  }

  private static MockResponse notFound(RecordedRequest r) {
    return json(404, "{\"message\":\"no route for " + r.getMethod() + " " + r.getTarget() + "\"}");
  }

  @Override
  public void close() {
    servers.values().forEach(MockWebServer::close);
  }
}
