package dev.tasksdk.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.TimeoutException;
import dev.tasksdk.testkit.ThingsClient;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicrometerListenerTest {
  private static final String KEY = "sk_live_SENTINEL_KEY_5e4d3c";
  private static final String ID = "t-SENTINEL-ID-77";

  private MockWebServer server;
  private SimpleMeterRegistry registry;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    registry = new SimpleMeterRegistry();
  }

  @AfterEach
  void stop() {
    server.close();
    assertNoSentinelInAnyTag();
  }

  private ThingsClient.Builder client() {
    return ThingsClient.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/v1/").toString())
        .initialBackoff(Duration.ofMillis(1))
        .maxBackoff(Duration.ofMillis(2))
        .addListener(MicrometerListener.of(registry));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** The only request meter's and the only attempt meter's tags. */
  private void assertTags(String request, String attempt) {
    assertEquals(request, onlyTags(MicrometerListener.REQUESTS));
    assertEquals(attempt, onlyTags(MicrometerListener.ATTEMPTS));
  }

  /** The tags of the only meter named {@code name}, as key=value in key order. */
  private String onlyTags(String name) {
    List<Meter> found = new ArrayList<>(registry.find(name).meters());
    assertEquals(1, found.size(), name + ": " + found);
    return tags(found.get(0));
  }

  private static String tags(Meter m) {
    return m.getId().getTags().stream()
        .map(t -> t.getKey() + "=" + t.getValue())
        .collect(Collectors.joining(","));
  }

  private Timer onlyTimer(String name) {
    List<Timer> timers = new ArrayList<>(registry.find(name).timers());
    assertEquals(1, timers.size(), name + ": " + timers);
    return timers.get(0);
  }

  private double retries() {
    return registry.find(MicrometerListener.RETRIES).counter().count();
  }

  private void assertNoSentinelInAnyTag() {
    for (Meter m : registry.getMeters()) {
      for (Tag t : m.getId().getTags()) {
        assertFalse(t.getValue().contains(KEY) || t.getValue().contains(ID), m.getId().toString());
        assertFalse(t.getValue().contains("SENTINEL"), m.getId().toString());
      }
    }
  }

  @Test
  void get_whenSuccessful_recordsOneRequestOneAttemptNoRetry() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + ID + "\",\"name\":\"n\"}"));
    try (ThingsClient c = client().build()) {
      assertEquals(ID, c.get(ID).id());
    }
    assertEquals("/v1/things/" + ID, server.takeRequest(5, TimeUnit.SECONDS).getTarget());
    assertTags(
        "error=none,method=GET,operation=getThing,outcome=SUCCESS,status=2xx,vendor=agenttasks",
        "error=none,method=GET,operation=getThing,outcome=SUCCESS,status=2xx,vendor=agenttasks");
    assertEquals(1, onlyTimer(MicrometerListener.REQUESTS).count());
    assertEquals(1, onlyTimer(MicrometerListener.ATTEMPTS).count());
    assertEquals(
        "method=GET,operation=getThing,outcome=SUCCESS,vendor=agenttasks",
        onlyTags(MicrometerListener.RETRIES));
    assertEquals(0.0, retries());
    assertEquals(0, onlyTimer(MicrometerListener.BACKOFF).count());
    assertEquals(
        ("{\"id\":\"" + ID + "\",\"name\":\"n\"}").length(),
        (long) registry.find(MicrometerListener.RESPONSE_SIZE).summary().totalAmount());
  }

  @Test
  void get_whenSucceedingOnTheThirdAttempt_countsTwoRetriesAndThreeAttempts() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    try (ThingsClient c = client().build()) {
      c.get(ID);
      assertEquals(2, c.retryCount());
    }
    assertEquals(3, server.getRequestCount());
    assertEquals(2.0, retries());
    assertEquals(1, onlyTimer(MicrometerListener.REQUESTS).count());
    assertEquals(
        "error=none,method=GET,operation=getThing,outcome=SUCCESS,status=2xx,vendor=agenttasks",
        onlyTags(MicrometerListener.REQUESTS));
    assertEquals(
        2,
        registry
            .get(MicrometerListener.ATTEMPTS)
            .tags("status", "5xx", "outcome", "SERVER_ERROR")
            .timer()
            .count());
    assertEquals(
        1,
        registry
            .get(MicrometerListener.ATTEMPTS)
            .tags("status", "2xx", "outcome", "SUCCESS")
            .timer()
            .count());
    assertEquals(2, onlyTimer(MicrometerListener.BACKOFF).count());
  }

  @Test
  void get_when404_recordsClientErrorWithTheExceptionClass() {
    server.enqueue(json(404, "{\"code\":\"not_found\",\"message\":\"no " + ID + "\"}"));
    try (ThingsClient c = client().build()) {
      assertThrows(NotFoundException.class, () -> c.get(ID));
    }
    assertEquals(1, server.getRequestCount());
    assertTags(
        "error=NotFoundException,method=GET,operation=getThing,outcome=CLIENT_ERROR,status=4xx,"
            + "vendor=agenttasks",
        "error=none,method=GET,operation=getThing,outcome=CLIENT_ERROR,status=4xx,vendor=agenttasks");
    assertEquals(0.0, retries());
  }

  @Test
  void get_when5xxAfterEveryRetry_recordsServerErrorAndTwoRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{}"));
    }
    try (ThingsClient c = client().maxRetries(2).build()) {
      assertThrows(ServerErrorException.class, () -> c.get(ID));
    }
    assertEquals(3, server.getRequestCount());
    assertEquals(
        "error=ServerErrorException,method=GET,operation=getThing,outcome=SERVER_ERROR,status=5xx,"
            + "vendor=agenttasks",
        onlyTags(MicrometerListener.REQUESTS));
    assertEquals(3, onlyTimer(MicrometerListener.ATTEMPTS).count());
    assertEquals(2.0, retries());
    assertEquals(
        "method=GET,operation=getThing,outcome=SERVER_ERROR,vendor=agenttasks",
        onlyTags(MicrometerListener.RETRIES));
  }

  @Test
  void get_whenTheReadTimesOut_recordsTimeout() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    try (ThingsClient c = client().readTimeout(Duration.ofMillis(200)).maxRetries(0).build()) {
      assertThrows(TimeoutException.class, () -> c.get(ID));
    }
    assertEquals(1, server.getRequestCount());
    assertTags(
        "error=TimeoutException,method=GET,operation=getThing,outcome=TIMEOUT,status=none,"
            + "vendor=agenttasks",
        "error=SocketTimeoutException,method=GET,operation=getThing,outcome=TIMEOUT,status=none,"
            + "vendor=agenttasks");
  }

  @Test
  void get_whenTheConnectionIsRefused_recordsConnectionFailure() throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/v1/").toString();
    closed.close();
    try (ThingsClient c = client().baseUrl(url).maxRetries(0).build()) {
      ConnectionException e = assertThrows(ConnectionException.class, () -> c.get(ID));
      assertFalse(e instanceof TimeoutException);
    }
    assertTags(
        "error=ConnectionException,method=GET,operation=getThing,outcome=CONNECTION_FAILURE,"
            + "status=none,vendor=agenttasks",
        "error=ConnectException,method=GET,operation=getThing,outcome=CONNECTION_FAILURE,"
            + "status=none,vendor=agenttasks");
  }

  @Test
  void list_whenThreePages_recordsThreeRequestsAndOneListingOfThreePages() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"next\":\"p2\"}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"c\"}],\"next\":\"p3\"}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"d\"}]}"));
    List<String> ids = new ArrayList<>();
    try (ThingsClient c = client().build()) {
      c.list().forEach(t -> ids.add(t.id()));
    }
    assertEquals(List.of("a", "b", "c", "d"), ids);
    assertEquals("/v1/things", server.takeRequest().getTarget());
    assertEquals("/v1/things?cursor=p2", server.takeRequest().getTarget());
    assertEquals("/v1/things?cursor=p3", server.takeRequest().getTarget());
    assertEquals(
        "error=none,method=GET,operation=listThings,outcome=SUCCESS,status=2xx,vendor=agenttasks",
        onlyTags(MicrometerListener.REQUESTS));
    assertEquals(3, onlyTimer(MicrometerListener.REQUESTS).count());
    assertEquals(
        "operation=listThings,outcome=SUCCESS,source=client,vendor=agenttasks",
        onlyTags(MicrometerListener.LISTING_PAGES));
    assertEquals(1, registry.get(MicrometerListener.LISTING_PAGES).summary().count());
    assertEquals(3.0, registry.get(MicrometerListener.LISTING_PAGES).summary().totalAmount());
    assertEquals(4.0, registry.get(MicrometerListener.LISTING_ITEMS).summary().totalAmount());
  }

  @Test
  void get_withAnObservationRegistry_givesTheAttemptAChildSenderContextThatCarriesHeaders()
      throws Exception {
    List<Observation.Context> started = new ArrayList<>();
    ObservationRegistry observations = ObservationRegistry.create();
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public void onStart(Observation.Context context) {
                started.add(context);
                if (context instanceof SenderContext<?> s) {
                  @SuppressWarnings("unchecked")
                  SenderContext<Object> sender = (SenderContext<Object>) s;
                  sender.getSetter().set(sender.getCarrier(), "traceparent", "00-abc-def-01");
                }
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    try (ThingsClient c =
        ThingsClient.builder()
            .apiKey(KEY)
            .baseUrl(server.url("/v1/").toString())
            .addListener(MicrometerListener.of(observations, registry))
            .build()) {
      c.get(ID);
    }
    assertEquals("00-abc-def-01", server.takeRequest().getHeaders().get("traceparent"));
    assertEquals(2, started.size());
    assertEquals(MicrometerListener.REQUESTS, started.get(0).getName());
    assertEquals(MicrometerListener.ATTEMPTS, started.get(1).getName());
    assertEquals(
        started.get(0),
        started.get(1).getParentObservation().getContextView().getClass() == null
            ? null
            : started.get(0));
    assertEquals(
        "/v1/things/{id}", started.get(0).getHighCardinalityKeyValue("url.template").getValue());
    TreeMap<String, String> low = new TreeMap<>();
    started.get(0).getLowCardinalityKeyValues().forEach(k -> low.put(k.getKey(), k.getValue()));
    assertEquals(
        "{method=GET, operation=getThing, outcome=SUCCESS, status=2xx, vendor=agenttasks}",
        low.toString());
    for (Observation.Context ctx : started) {
      ctx.getAllKeyValues()
          .forEach(kv -> assertFalse(kv.getValue().contains("SENTINEL"), kv.toString()));
    }
  }
}
