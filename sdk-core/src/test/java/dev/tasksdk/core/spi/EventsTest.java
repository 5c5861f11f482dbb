package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.AttemptEvent;
import dev.tasksdk.core.event.CallContext;
import dev.tasksdk.core.event.CallEvent;
import dev.tasksdk.core.event.ListingEvent;
import dev.tasksdk.core.event.Outcome;
import dev.tasksdk.core.event.TaskSdkListener;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventsTest {
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Keeps every event, in order, as text and as objects. */
  static final class Recorder implements TaskSdkListener {
    final List<String> order = Collections.synchronizedList(new ArrayList<>());
    final List<AttemptEvent> attempts = Collections.synchronizedList(new ArrayList<>());
    final List<CallEvent> calls = Collections.synchronizedList(new ArrayList<>());
    final List<ListingEvent> listings = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void callStarted(CallContext call) {
      order.add("callStarted " + call.operation());
    }

    @Override
    public void attemptStarted(CallContext call, int attempt, BiConsumer<String, String> headers) {
      order.add("attemptStarted " + attempt);
      headers.accept("traceparent", "00-trace-" + attempt);
    }

    @Override
    public void attemptFinished(AttemptEvent attempt) {
      order.add("attemptFinished " + attempt.attempt() + " " + attempt.statusCode());
      attempts.add(attempt);
    }

    @Override
    public void callFinished(CallEvent call) {
      order.add("callFinished " + call.statusCode());
      calls.add(call);
    }

    @Override
    public void listingFinished(ListingEvent listing) {
      listings.add(listing);
    }
  }

  private ClientRuntime runtime(ClientOptions.Builder options) {
    return ClientRuntime.create(
        Fixtures.profile().build(),
        options.build(),
        RuntimeHooks.builder()
            .jitter(() -> 1.0)
            .logger(new Fixtures.CapturingLogger(Level.OFF))
            .build());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void execute_whenSuccessful_reportsCallAndAttemptWithTemplateNotUrl() throws Exception {
    Recorder r = new Recorder();
    server.enqueue(json(200, "{\"id\":\"t-123\",\"name\":\"n\"}"));
    try (ClientRuntime rt = runtime(Fixtures.options(server).addListener(r))) {
      rt.execute("getThing", rt.service(TestApi.class).getThing("t-123", "all"));
    }
    RecordedRequest wire = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/v1/things/t-123?expand=all", wire.getTarget());
    assertEquals("00-trace-1", wire.getHeaders().get("traceparent"));
    assertEquals(
        List.of(
            "callStarted getThing",
            "attemptStarted 1",
            "attemptFinished 1 200",
            "callFinished 200"),
        r.order);
    CallEvent call = r.calls.get(0);
    CallContext c = call.call();
    assertEquals(Vendor.AGENTTASKS, c.vendor());
    assertEquals("GET", c.method());
    assertEquals("/v1/things/{id}", c.urlTemplate());
    assertEquals(server.getHostName(), c.serverAddress());
    assertEquals(server.getPort(), c.serverPort());
    assertEquals(1, call.attempts());
    assertEquals(0, call.retries());
    assertEquals(Outcome.SUCCESS, call.outcome());
    assertNull(call.errorType());
    assertEquals(0, call.requestBytes());
    assertEquals(25, call.responseBytes());
    assertTrue(call.duration().compareTo(r.attempts.get(0).duration()) >= 0);
    assertEquals(false, c.toString().contains("t-123"));
  }

  @Test
  void execute_whenRetriedTwice_reportsThreeAttemptsAndTheBackoffBetweenThem() throws Exception {
    Recorder r = new Recorder();
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    try (ClientRuntime rt =
        runtime(
            Fixtures.options(server)
                .initialBackoff(Duration.ofMillis(40))
                .maxBackoff(Duration.ofMillis(80))
                .addListener(r))) {
      rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));
      assertEquals(2, rt.retryCount());
    }
    assertEquals(3, server.getRequestCount());
    for (int i = 1; i <= 3; i++) {
      assertEquals("00-trace-" + i, server.takeRequest().getHeaders().get("traceparent"));
    }
    assertEquals(
        List.of(503, 503, 200), r.attempts.stream().map(AttemptEvent::statusCode).toList());
    assertEquals(
        List.of(Outcome.SERVER_ERROR, Outcome.SERVER_ERROR, Outcome.SUCCESS),
        r.attempts.stream().map(AttemptEvent::outcome).toList());
    assertEquals(Duration.ZERO, r.attempts.get(0).backoffBefore());
    assertTrue(r.attempts.get(1).backoffBefore().toMillis() >= 40, r.attempts.toString());
    assertTrue(r.attempts.get(2).backoffBefore().toMillis() >= 80, r.attempts.toString());
    CallEvent call = r.calls.get(0);
    assertEquals(3, call.attempts());
    assertEquals(2, call.retries());
    assertEquals(
        r.attempts.get(1).backoffBefore().plus(r.attempts.get(2).backoffBefore()), call.backoff());
  }

  @Test
  void execute_when404_reportsClientErrorWithTheExceptionClass() {
    Recorder r = new Recorder();
    server.enqueue(json(404, "{\"code\":\"nf\",\"message\":\"no\"}"));
    try (ClientRuntime rt = runtime(Fixtures.options(server).addListener(r))) {
      assertThrows(
          NotFoundException.class,
          () -> rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)));
    }
    CallEvent call = r.calls.get(0);
    assertEquals(404, call.statusCode());
    assertEquals(Outcome.CLIENT_ERROR, call.outcome());
    assertEquals("NotFoundException", call.errorType());
  }

  @Test
  void execute_whenAListenerThrows_theCallAndTheOtherListenersGoOn() {
    TaskSdkListener broken =
        new TaskSdkListener() {
          @Override
          public void callStarted(CallContext call) {
            throw new IllegalStateException("boom " + Fixtures.KEY);
          }

          @Override
          public void attemptFinished(AttemptEvent attempt) {
            throw new IllegalStateException("boom");
          }

          @Override
          public void callFinished(CallEvent call) {
            throw new IllegalStateException("boom");
          }
        };
    Recorder r = new Recorder();
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    try (ClientRuntime rt = runtime(Fixtures.options(server).addListener(broken).addListener(r))) {
      assertEquals(
          "t1", rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)).body().id);
    }
    assertEquals(1, r.calls.size());
  }

  @Test
  void rateLimitWaited_whenReportedByAnInterceptor_isInTheAttemptAndCallNotInBackoff() {
    Recorder r = new Recorder();
    OkHttpClient limiter =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  EventHooks.rateLimitWaited(chain.call(), Duration.ofMillis(70));
                  return chain.proceed(chain.request());
                })
            .build();
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    try (ClientRuntime rt =
        runtime(Fixtures.options(server).okHttpClient(limiter).addListener(r))) {
      rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));
    }
    assertEquals(Duration.ofMillis(70), r.attempts.get(0).rateLimitWait());
    assertEquals(Duration.ofMillis(70), r.calls.get(0).rateLimitWait());
    assertEquals(Duration.ZERO, r.calls.get(0).backoff());
  }

  @Test
  void executeAsync_whenPostSucceeds_reportsMethodAndRequestBytes() throws Exception {
    Recorder r = new Recorder();
    server.enqueue(json(201, "{\"id\":\"t1\"}"));
    try (ClientRuntime rt = runtime(Fixtures.options(server).addListener(r))) {
      rt.executeAsync(
              "createThing", rt.service(TestApi.class).createThing(new TestApi.Thing(null, "abc")))
          .get(5, TimeUnit.SECONDS);
    }
    assertEquals("{\"name\":\"abc\"}", server.takeRequest().getBody().utf8());
    CallEvent call = r.calls.get(0);
    assertEquals("POST", call.call().method());
    assertEquals("/v1/things", call.call().urlTemplate());
    assertEquals(201, call.statusCode());
    assertEquals(14, call.requestBytes());
  }

  @Test
  void observeListing_whenThreePagesAreFetched_reportsOneListingWithPagesAndItems() {
    Recorder r = new Recorder();
    server.enqueue(json(200, "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"next\":\"c2\"}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"c\"}],\"next\":\"c3\"}"));
    server.enqueue(json(200, "{\"items\":[]}"));
    List<String> ids = new ArrayList<>();
    try (ClientRuntime rt = runtime(Fixtures.options(server).addListener(r))) {
      TestApi api = rt.service(TestApi.class);
      AutoPager.<TestApi.Thing>of(
              rt.listeners()
                  .observeListing(
                      "client",
                      rt.vendor(),
                      "listThings",
                      (PageToken t) -> {
                        TestApi.ThingPage p =
                            rt.execute("listThings", api.listThings(t == null ? null : t.value()))
                                .body();
                        return Page.of(p.items, p.next == null ? null : PageToken.of(p.next));
                      }))
          .forEach(t -> ids.add(t.id));
    }
    assertEquals(List.of("a", "b", "c"), ids);
    assertEquals(3, server.getRequestCount());
    assertEquals(3, r.calls.size());
    ListingEvent listing = r.listings.get(0);
    assertEquals(1, r.listings.size());
    assertEquals(3, listing.pages());
    assertEquals(3, listing.items());
    assertEquals("listThings", listing.operation());
    assertEquals(Outcome.SUCCESS, listing.outcome());
  }

  @Test
  void addListener_whenNull_namesTheParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ClientOptions.builder().addListener(null));
    assertEquals("listener == null", e.getMessage());
  }
}
