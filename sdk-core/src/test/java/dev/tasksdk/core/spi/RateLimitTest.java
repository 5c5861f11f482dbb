package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.Secret;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.CallEvent;
import dev.tasksdk.core.ratelimit.LocalRateLimitStore;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.core.ratelimit.RateLimitBucket;
import dev.tasksdk.core.ratelimit.RateLimitEvent;
import dev.tasksdk.core.ratelimit.RateLimitEvent.Outcome;
import dev.tasksdk.core.ratelimit.RateLimiter;
import dev.tasksdk.core.ratelimit.RateLimiting;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * The client-side limiter on an injected clock: the sleeper moves the clock, nothing really waits.
 */
class RateLimitTest {
  /** A minute boundary, so the aligned window of a per-minute limit starts with the test. */
  private static final long T0_MS = 1_700_000_040_000L;

  /** Paths of the AgentTasks spec (task endpoints) and one that no operation names (other). */
  interface AgentTasksPaths {
    @GET("api/tasks/{id}")
    Call<String> getTask(@Path("id") String id);

    @GET("api/projects")
    Call<String> listProjects();
  }

  private final AtomicLong clockNanos = new AtomicLong(T0_MS * 1_000_000L);
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
  private final List<RateLimitEvent> events = Collections.synchronizedList(new ArrayList<>());
  private MockWebServer server;
  private LocalRateLimitStore store;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    store = LocalRateLimitStore.withClock(clockNanos::get);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private final Sleeper movingClock =
      (Duration d, BooleanSupplier canceled) -> {
        sleeps.add(d);
        clockNanos.addAndGet(d.toNanos());
        return true;
      };

  private ClientRuntime runtime(Vendor vendor, ClientOptions.Builder options) {
    return ClientRuntime.create(
        Fixtures.profile().vendor(vendor).build(),
        options.build(),
        RuntimeHooks.builder()
            .sleeper(movingClock)
            .nanoTime(clockNanos::get)
            .clock(Clock.fixed(Instant.ofEpochMilli(T0_MS), ZoneOffset.UTC))
            .jitter(() -> 1.0)
            .logger(new Fixtures.CapturingLogger(Level.OFF))
            .build());
  }

  private ClientOptions.Builder options(RateLimiting.Builder rl) {
    return Fixtures.options(server).rateLimiting(rl.store(store).listener(events::add).build());
  }

  private ClientOptions.Builder documented() {
    return options(RateLimiting.builder());
  }

  private void enqueueOk(int n) {
    for (int i = 0; i < n; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    }
  }

  private static ApiResponse<String> getTask(ClientRuntime rt, String id) {
    return rt.execute("getTask", rt.service(AgentTasksPaths.class).getTask(id));
  }

  @Test
  void agentTasks_whenTaskEndpointsExceed120PerMinute_the121stWaitsForTheNextWindow()
      throws Exception {
    ClientRuntime rt = runtime(Vendor.AGENTTASKS, documented());
    enqueueOk(121);
    for (int i = 0; i < 120; i++) {
      assertEquals(Duration.ZERO, getTask(rt, "t" + i).rateLimitWait(), "call " + i);
    }
    assertEquals(List.of(), sleeps);

    ApiResponse<String> r = getTask(rt, "t120");

    assertEquals(Duration.ofMinutes(1), r.rateLimitWait());
    assertEquals(List.of(Duration.ofMinutes(1)), sleeps);
    assertEquals(
        List.of(
            new RateLimitEvent(
                Vendor.AGENTTASKS, "getTask", "tasks", Outcome.WAITED, r.rateLimitWait())),
        events);
    assertEquals(121, server.getRequestCount());
    RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("/v1/api/tasks/t0", first.getUrl().encodedPath());
  }

  @Test
  void agentTasks_otherEndpoints_haveTheirOwn60PerMinuteBucket() {
    ClientRuntime rt = runtime(Vendor.AGENTTASKS, documented());
    enqueueOk(181);
    for (int i = 0; i < 120; i++) {
      getTask(rt, "t" + i);
    }
    AgentTasksPaths api = rt.service(AgentTasksPaths.class);
    for (int i = 0; i < 60; i++) {
      assertEquals(Duration.ZERO, rt.execute("listProjects", api.listProjects()).rateLimitWait());
    }
    assertEquals(List.of(), sleeps);

    assertEquals(
        Duration.ofMinutes(1), rt.execute("listProjects", api.listProjects()).rateLimitWait());
  }

  @Test
  void amplemarket_documented500PerMinute_isHonoured() throws Exception {
    // straight on the limiter: 500 HTTP round trips would only slow the test down
    RateLimiter limiter =
        RateLimiter.create(
            Vendor.AMPLEMARKET,
            Secret.of(Fixtures.KEY),
            "api.amplemarket.com:443",
            RateLimiting.builder().store(store).build());
    assertEquals(Map.of("all", RateLimit.parse("500/min")), limiter.limits());
    RateLimitBucket bucket = limiter.bucketFor("GET", "/tasks", null).bucket();
    for (int i = 0; i < 500; i++) {
      assertTrue(bucket.tryAcquire(0, n -> sleeps.add(Duration.ofNanos(n))), "permit " + i);
    }
    assertFalse(bucket.tryAcquire(Duration.ofSeconds(59).toNanos(), n -> {}));
    assertTrue(
        bucket.tryAcquire(Duration.ofSeconds(60).toNanos(), n -> sleeps.add(Duration.ofNanos(n))));
    assertEquals(List.of(Duration.ofMinutes(1)), sleeps);
  }

  @Test
  void stuutAndVambe_publishNoLimit_soNothingWaits() {
    for (Vendor v : List.of(Vendor.STUUT, Vendor.VAMBE)) {
      ClientRuntime rt = runtime(v, documented());
      enqueueOk(70);
      for (int i = 0; i < 70; i++) {
        getTask(rt, "t" + i);
      }
    }
    assertEquals(List.of(), sleeps);
    assertEquals(List.of(), events);
  }

  @Test
  void http429_pausesTheSharedBucketForEveryClientOfTheKey() {
    ClientRuntime first = runtime(Vendor.AGENTTASKS, documented().maxRetries(0));
    ClientRuntime second = runtime(Vendor.AGENTTASKS, documented());
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("Retry-After", "5").body("{}").build());
    enqueueOk(1);

    assertThrows(RateLimitedException.class, () -> getTask(first, "t1"));
    ApiResponse<String> r = getTask(second, "t2");

    // the pause is a debt of 5 s of refill (10 permits at 120/min) in both bandwidths: the aligned
    // window's debt holds the next permit until the window ends (the test starts on a boundary)
    assertEquals(Duration.ofMinutes(1), r.rateLimitWait());
    assertEquals(
        List.of(
            new RateLimitEvent(
                Vendor.AGENTTASKS, "getTask", "tasks", Outcome.PAUSED, Duration.ofSeconds(5)),
            new RateLimitEvent(
                Vendor.AGENTTASKS, "getTask", "tasks", Outcome.WAITED, Duration.ofMinutes(1))),
        events);
  }

  @Test
  void wait_whenLongerThanWhatIsLeftOfTheDeadline_failsAtOnceWithoutSending() {
    ClientRuntime rt =
        runtime(
            Vendor.AGENTTASKS,
            options(RateLimiting.builder().limit(RateLimit.parse("1/min")))
                .callTimeout(Duration.ofSeconds(2)));
    enqueueOk(2);
    getTask(rt, "t1");

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> getTask(rt, "t2"));

    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeps);
    assertEquals("CLIENT_RATE_LIMITED", e.errorCode().orElseThrow());
    assertTrue(e.getMessage().contains("1/min"), e.getMessage());
    assertEquals(Outcome.REJECTED, events.get(0).outcome());
    assertEquals(Duration.ofSeconds(2), events.get(0).duration());
  }

  @Test
  void wait_whenWithinTheDeadline_waitsAndSends() {
    ClientRuntime rt =
        runtime(
            Vendor.AGENTTASKS,
            options(RateLimiting.builder().limit(RateLimit.parse("2/s")))
                .callTimeout(Duration.ofSeconds(2)));
    enqueueOk(3);
    getTask(rt, "t1");
    getTask(rt, "t2");

    assertEquals(Duration.ofSeconds(1), getTask(rt, "t3").rateLimitWait());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void amigo_whenRemainingIsZero_pausesUntilTheReset() {
    ClientRuntime rt = runtime(Vendor.AMIGO, documented());
    long resetEpochSeconds = T0_MS / 1000 + 30;
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("X-RateLimit-Limit", "100")
            .addHeader("X-RateLimit-Remaining", "0")
            .addHeader("X-RateLimit-Reset", Long.toString(resetEpochSeconds))
            .body("ok")
            .build());
    enqueueOk(1);
    assertEquals(Duration.ZERO, getTask(rt, "t1").rateLimitWait());

    assertEquals(Duration.ofSeconds(30), getTask(rt, "t2").rateLimitWait());
    assertEquals("organization", events.get(0).endpointClass());
    assertEquals(Outcome.PAUSED, events.get(0).outcome());
  }

  @Test
  void remainingHeader_lowersTheBucketButNeverRaisesIt() {
    ClientRuntime rt =
        runtime(
            Vendor.AGENTTASKS, options(RateLimiting.builder().limit(RateLimit.parse("10/min"))));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("X-RateLimit-Remaining", "1")
            .body("ok")
            .build());
    enqueueOk(2);
    getTask(rt, "t1");
    assertEquals(Duration.ZERO, getTask(rt, "t2").rateLimitWait());

    assertEquals(Duration.ofMinutes(1), getTask(rt, "t3").rateLimitWait());
  }

  @Test
  void off_sendsEverythingAtOnce() {
    ClientRuntime rt =
        runtime(Vendor.AMPLEMARKET, options(RateLimiting.builder().limit(RateLimit.off())));
    enqueueOk(70);
    for (int i = 0; i < 70; i++) {
      getTask(rt, "t" + i);
    }
    assertEquals(List.of(), sleeps);
    assertFalse(events.iterator().hasNext());
  }

  @Test
  void sameKey_atAnotherServer_hasItsOwnBudget() throws Exception {
    ClientRuntime rt =
        runtime(Vendor.AGENTTASKS, options(RateLimiting.builder().limit(RateLimit.parse("1/min"))));
    enqueueOk(1);
    getTask(rt, "t1");
    try (MockWebServer other = new MockWebServer()) {
      other.start();
      other.enqueue(new MockResponse.Builder().code(200).body("ok").build());
      ClientRuntime elsewhere =
          runtime(
              Vendor.AGENTTASKS,
              options(RateLimiting.builder().limit(RateLimit.parse("1/min")))
                  .baseUrl(other.url("/v1/")));
      assertEquals(Duration.ZERO, getTask(elsewhere, "t1").rateLimitWait());
    }
  }

  @Test
  void listenerEvents_whenTheLimiterWaits_showTheWaitInAttemptAndCallNotAsBackoff()
      throws Exception {
    EventsTest.Recorder listener = new EventsTest.Recorder();
    ClientRuntime rt =
        runtime(
            Vendor.AGENTTASKS,
            options(RateLimiting.builder().limit(RateLimit.parse("1/min"))).addListener(listener));
    enqueueOk(2);

    ApiResponse<String> first = getTask(rt, "t1");
    ApiResponse<String> second = getTask(rt, "t2");

    assertEquals("/v1/api/tasks/t1", server.takeRequest(1, TimeUnit.SECONDS).getTarget());
    RecordedRequest waited = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("/v1/api/tasks/t2", waited.getTarget());
    assertEquals("00-trace-1", waited.getHeaders().get("traceparent"));
    assertEquals(Duration.ZERO, first.rateLimitWait());
    assertEquals(Duration.ofMinutes(1), second.rateLimitWait());
    assertEquals(2, listener.attempts.size());
    assertEquals(Duration.ZERO, listener.attempts.get(0).rateLimitWait());
    assertEquals(Duration.ofMinutes(1), listener.attempts.get(1).rateLimitWait());
    assertEquals(Duration.ZERO, listener.attempts.get(1).backoffBefore());
    assertTrue(
        listener.attempts.get(1).duration().compareTo(Duration.ofMinutes(1)) < 0,
        "the wait is not part of the request's duration: " + listener.attempts.get(1));
    assertEquals(Duration.ZERO, listener.calls.get(0).rateLimitWait());
    assertEquals(Duration.ofMinutes(1), listener.calls.get(1).rateLimitWait());
    assertEquals(Duration.ZERO, listener.calls.get(1).backoff());
    assertEquals(1, listener.calls.get(1).attempts());
  }

  @Test
  void listenerEvents_whenARetryWaitsForAPermit_keepBackoffAndWaitApart() throws Exception {
    // real time: the event times come from the system clock, not from the injected one
    EventsTest.Recorder listener = new EventsTest.Recorder();
    ClientRuntime rt =
        ClientRuntime.create(
            Fixtures.profile().vendor(Vendor.AGENTTASKS).build(),
            Fixtures.options(server)
                .initialBackoff(Duration.ofMillis(40))
                .maxBackoff(Duration.ofMillis(40))
                .rateLimiting(
                    RateLimiting.builder()
                        .limit(RateLimit.parse("1/s"))
                        .store(LocalRateLimitStore.create())
                        .build())
                .addListener(listener)
                .build(),
            Fixtures.hooks(Sleeper.system(), new Fixtures.CapturingLogger(Level.OFF)));
    server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
    enqueueOk(1);

    ApiResponse<String> r = getTask(rt, "t1");

    assertEquals(
        "00-trace-1", server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("traceparent"));
    RecordedRequest retry = server.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("/v1/api/tasks/t1", retry.getTarget());
    assertEquals("00-trace-2", retry.getHeaders().get("traceparent"));
    assertEquals(List.of(503, 200), listener.attempts.stream().map(a -> a.statusCode()).toList());
    var firstAttempt = listener.attempts.get(0);
    var secondAttempt = listener.attempts.get(1);
    assertEquals(Duration.ZERO, firstAttempt.rateLimitWait());
    // the retry slept 40 ms, then waited for the permit the first attempt took (1 s after it)
    assertTrue(secondAttempt.backoffBefore().toMillis() >= 40, secondAttempt.toString());
    assertTrue(secondAttempt.backoffBefore().toMillis() < 300, secondAttempt.toString());
    assertTrue(secondAttempt.rateLimitWait().toMillis() >= 300, secondAttempt.toString());
    assertTrue(
        secondAttempt.duration().compareTo(secondAttempt.rateLimitWait()) < 0,
        secondAttempt.toString());
    CallEvent call = listener.calls.get(0);
    assertEquals(secondAttempt.backoffBefore(), call.backoff());
    assertEquals(secondAttempt.rateLimitWait(), call.rateLimitWait());
    assertEquals(r.rateLimitWait(), call.rateLimitWait());
  }
}
