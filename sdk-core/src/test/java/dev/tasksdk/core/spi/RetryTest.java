package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.TimeoutException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  private MockWebServer server;
  private Fixtures.RecordingSleeper sleeper;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    sleeper = new Fixtures.RecordingSleeper();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientRuntime runtime(ClientOptions options) {
    return ClientRuntime.create(
        Fixtures.profile().build(),
        options,
        RuntimeHooks.builder()
            .sleeper(sleeper)
            .jitter(() -> 1.0)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .logger(new Fixtures.CapturingLogger(Level.OFF))
            .build());
  }

  private ClientRuntime runtime() {
    return runtime(Fixtures.options(server).build());
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{}").build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body("{\"id\":\"t1\"}")
        .build();
  }

  private static MockResponse disconnect() {
    return new MockResponse.Builder()
        .code(200)
        .body("{}")
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  private ApiResponse<TestApi.Thing> get(ClientRuntime rt) {
    return rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 502, 503, 504})
  void get_whenRetryableStatus_retriesAndSucceeds(int code) {
    // with a Retry-After OkHttp itself never repeats a 408, so every attempt is ours
    server.enqueue(new MockResponse.Builder().code(code).addHeader("Retry-After", "1").build());
    server.enqueue(ok());
    ClientRuntime rt = runtime();

    assertEquals("t1", get(rt).body().id);
    assertEquals(2, server.getRequestCount());
    assertEquals(1, rt.retryCount());
    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 409, 422, 500, 501})
  void get_whenOtherStatus_doesNotRetry(int code) {
    server.enqueue(status(code));
    server.enqueue(ok());
    ClientRuntime rt = runtime();

    ServiceException e = assertThrows(ServiceException.class, () -> get(rt));
    assertEquals(code, e.statusCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void get_whenRetriesRunOut_surfacesLastStatusWithExponentialBackoff() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(3).build());

    assertThrows(ServerErrorException.class, () -> get(rt));
    assertEquals(4, server.getRequestCount());
    assertEquals(
        List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)),
        sleeper.sleeps);
  }

  @Test
  void get_whenBackoffWouldExceedMax_isCapped() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(status(502));
    }
    server.enqueue(ok());
    ClientRuntime rt =
        runtime(
            Fixtures.options(server)
                .maxRetries(6)
                .initialBackoff(Duration.ofMillis(500))
                .maxBackoff(Duration.ofSeconds(2))
                .build());

    get(rt);
    assertEquals(
        List.of(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2)),
        sleeper.sleeps);
  }

  @Test
  void get_whenConnectionDrops_retries() {
    server.enqueue(disconnect());
    server.enqueue(ok());
    ClientRuntime rt = runtime();

    assertEquals("t1", get(rt).body().id);
    assertTrue(rt.retryCount() >= 1);
  }

  @Test
  void get_whenConnectionAlwaysDrops_throwsConnectionException() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(disconnect());
    }
    ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(1).build());

    ConnectionException e = assertThrows(ConnectionException.class, () -> get(rt));
    assertEquals("getThing", e.operation());
    assertTrue(e.getMessage().startsWith("AgentTasks getThing failed: connection failed"));
  }

  @Test
  void post_whenRetryableStatus_isNotRetried() {
    server.enqueue(status(503));
    server.enqueue(ok());
    ClientRuntime rt = runtime();

    assertThrows(
        ServerErrorException.class,
        () ->
            rt.execute(
                "createThing",
                rt.service(TestApi.class).createThing(new TestApi.Thing(null, "x"))));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void post_whenConnectionDrops_isNotRetriedBySdk() {
    server.enqueue(disconnect());
    server.enqueue(disconnect());
    server.enqueue(ok());
    ClientRuntime rt = runtime();

    assertThrows(
        ConnectionException.class,
        () ->
            rt.execute(
                "createThing",
                rt.service(TestApi.class).createThing(new TestApi.Thing(null, "x"))));
    assertEquals(0, rt.retryCount());
  }

  @Test
  void post_whenIdempotencyKey_isRetried() throws Exception {
    server.enqueue(status(503));
    server.enqueue(ok());
    ClientRuntime rt = runtime();
    RequestOptions ro = RequestOptions.builder().idempotencyKey("k-1").build();

    rt.execute(
        "createThing", rt.service(TestApi.class, ro).createThing(new TestApi.Thing(null, "x")));

    assertEquals(2, server.getRequestCount());
    assertEquals("k-1", server.takeRequest().getHeaders().get("Idempotency-Key"));
    assertEquals("k-1", server.takeRequest().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void post_whenRetrySafeOperation_isRetried() {
    server.enqueue(status(502));
    server.enqueue(ok());
    ClientRuntime rt = runtime();

    assertEquals("t1", rt.execute("act", rt.service(TestApi.class).act("t1")).body().id);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retry_whenRetryAfterSeconds_waitsThatLong() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
    server.enqueue(ok());

    get(runtime());
    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps);
  }

  @Test
  void retry_whenRetryAfterHttpDate_waitsUntilThen() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(NOW.plusSeconds(7), ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", date).build());
    server.enqueue(ok());

    get(runtime());
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps);
  }

  @Test
  void retry_whenRetryAfterMs_winsOverRetryAfter() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After-Ms", "250")
            .addHeader("Retry-After", "9")
            .build());
    server.enqueue(ok());

    get(runtime());
    assertEquals(List.of(Duration.ofMillis(250)), sleeper.sleeps);
  }

  @Test
  void retry_whenRateLimitResetEpochOrDelta_waitsUntilReset() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 4))
            .build());
    server.enqueue(
        new MockResponse.Builder().code(429).addHeader("X-RateLimit-Reset", "2").build());
    server.enqueue(ok());

    get(runtime());
    assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(2)), sleeper.sleeps);
  }

  @Test
  void retry_whenHintExceedsBudget_surfacesRateLimitedWithRetryAfter() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "120")
            .addHeader("Content-Type", "application/json")
            .body("{\"code\":\"rate_limited\",\"message\":\"Slow down\"}")
            .build());
    server.enqueue(ok());
    ClientRuntime rt =
        runtime(Fixtures.options(server).retryBudget(Duration.ofSeconds(60)).build());

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> get(rt));

    assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
    assertEquals("rate_limited", e.errorCode().orElseThrow());
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.sleeps.isEmpty());
  }

  @Test
  void retry_whenBudgetSpentOnConnectionFailures_throwsTimeoutException() {
    server.enqueue(disconnect());
    server.enqueue(disconnect());
    server.enqueue(ok());
    ClientRuntime rt =
        runtime(
            Fixtures.options(server)
                .retryBudget(Duration.ofMillis(50))
                .initialBackoff(Duration.ofMillis(100))
                .build());

    TimeoutException e = assertThrows(TimeoutException.class, () -> get(rt));
    assertTrue(e.getMessage().contains("retry budget"), e.getMessage());
  }

  @Test
  void retry_whenInterruptedWhileWaiting_throwsConnectionExceptionAndKeepsFlag() {
    server.enqueue(status(503));
    server.enqueue(ok());
    ClientRuntime rt =
        ClientRuntime.create(
            Fixtures.profile().build(),
            Fixtures.options(server).build(),
            RuntimeHooks.builder()
                .sleeper(
                    (d, canceled) -> {
                      throw new InterruptedException("test");
                    })
                .logger(new Fixtures.CapturingLogger(Level.OFF))
                .build());

    ConnectionException e = assertThrows(ConnectionException.class, () -> get(rt));
    try {
      assertTrue(Thread.currentThread().isInterrupted());
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
      assertInstanceOf(InterruptedException.class, e.getCause().getCause());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void retry_whenRealSleeper_waitsForReal() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After-Ms", "150").build());
    server.enqueue(ok());
    ClientRuntime rt =
        ClientRuntime.create(
            Fixtures.profile().build(),
            Fixtures.options(server).build(),
            RuntimeHooks.builder().logger(new Fixtures.CapturingLogger(Level.OFF)).build());
    long start = System.nanoTime();

    get(rt);
    assertTrue(System.nanoTime() - start >= 150_000_000L);
  }

  @Test
  void get_whenConnectionResetInTheMiddleOfTheBody_retriesAndSucceeds() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"id\":\"t1\", \"padding\":\"" + "x".repeat(64 * 1024) + "\"}")
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok());

    ApiResponse<TestApi.Thing> r = get(runtime());

    assertEquals("t1", r.body().id);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void get_whenGzipBodyIsCorrupt_retriesAndSucceeds() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("Content-Encoding", "gzip")
            .body("this is not gzip at all")
            .build());
    server.enqueue(ok());

    ApiResponse<TestApi.Thing> r = get(runtime());

    assertEquals("t1", r.body().id);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void post_whenBodyBreaksOffAndOperationIsUnsafe_isNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Encoding", "gzip")
            .body("this is not gzip at all")
            .build());
    server.enqueue(ok());
    ClientRuntime rt = runtime();

    assertThrows(
        TaskSdkException.class,
        () ->
            rt.execute(
                "createThing",
                rt.service(TestApi.class).createThing(new TestApi.Thing(null, "x"))));
    assertEquals(1, server.getRequestCount());
  }

  /**
   * A keep-alive connection the server closed while it sat idle in the pool (Node closes one after
   * 5 s, OkHttp checks an idle connection only after 10 s): the next request on it fails before any
   * byte of a response. A request safe to repeat goes out again on a new connection, even with
   * retries off; one that is not is never sent twice.
   */
  @Nested
  class StaleConnections {
    private static MockResponse okWith(String id) {
      return new MockResponse.Builder()
          .code(200)
          .addHeader("Content-Type", "application/json")
          .body("{\"id\":\"" + id + "\"}")
          .build();
    }

    /** An answer after which the server closes the connection, as it does one idle too long. */
    private static MockResponse okThenClosed(String id) {
      return okWith(id)
          .newBuilder()
          .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
          .build();
    }

    private static String getId(ClientRuntime rt, String id) {
      return rt.execute("getThing", rt.service(TestApi.class).getThing(id, null)).body().id;
    }

    private static String create(ClientRuntime rt, RequestOptions ro) {
      return rt.execute(
              "createThing",
              rt.service(TestApi.class, ro).createThing(new TestApi.Thing(null, "x")))
          .body()
          .id;
    }

    private RecordedRequest taken() throws InterruptedException {
      return server.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void get_whenPooledConnectionWasClosed_isSentAgainOnANewConnectionWithRetriesOff()
        throws Exception {
      server.enqueue(okThenClosed("t1"));
      server.enqueue(okWith("t2"));
      ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(0).build());

      assertEquals("t1", getId(rt, "t1"));
      assertEquals("t2", getId(rt, "t2"));

      RecordedRequest first = taken();
      RecordedRequest resent = taken();
      assertEquals("/v1/things/t1", first.getTarget());
      assertEquals("/v1/things/t2", resent.getTarget());
      assertEquals("GET", resent.getMethod());
      assertEquals(first.getConnectionIndex() + 1, resent.getConnectionIndex());
      assertEquals(0, resent.getExchangeIndex());
      assertEquals("Bearer " + Fixtures.KEY, resent.getHeaders().get("Authorization"));
      assertNull(taken(), "sent once more, not twice");
      assertEquals(1, rt.retryCount());
      assertEquals(List.of(), sleeper.sleeps, "no backoff: nothing reached the server");
      rt.close();
    }

    @Test
    void post_whenPooledConnectionWasClosed_isNotSentAgain() throws Exception {
      server.enqueue(okThenClosed("t1"));
      server.enqueue(okWith("t3"));
      ClientRuntime rt = runtime(Fixtures.options(server).build());

      assertEquals("t1", create(rt, RequestOptions.none()));
      ConnectionException e =
          assertThrows(ConnectionException.class, () -> create(rt, RequestOptions.none()));

      assertEquals("createThing", e.operation());
      assertEquals(0, rt.retryCount());
      assertEquals("/v1/things", taken().getTarget());
      assertNull(taken(), "the create that failed was not sent again");
      // the response queued for a resend is still there: the next call gets it
      assertEquals("t3", getId(rt, "t3"));
      rt.close();
    }

    @Test
    void post_withIdempotencyKey_whenPooledConnectionWasClosed_isSentAgainWithTheSameKey()
        throws Exception {
      server.enqueue(okThenClosed("t1"));
      server.enqueue(okWith("t2"));
      ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(0).build());
      RequestOptions keyed = RequestOptions.builder().idempotencyKey("k-7").build();

      assertEquals("t1", create(rt, RequestOptions.none()));
      assertEquals("t2", create(rt, keyed));

      taken();
      RecordedRequest resent = taken();
      assertEquals("POST", resent.getMethod());
      assertEquals("k-7", resent.getHeaders().get("Idempotency-Key"));
      assertEquals("{\"name\":\"x\"}", resent.getBody().utf8());
      rt.close();
    }

    @Test
    void get_whenFreshConnectionIsClosed_isNotSentAgainWithRetriesOff() {
      server.enqueue(
          okWith("t1")
              .newBuilder()
              .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
              .build());
      ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(0).build());

      // a new connection that fails is the server's answer, not a stale pool entry
      assertThrows(ConnectionException.class, () -> getId(rt, "t1"));
      assertEquals(0, rt.retryCount());
      rt.close();
    }

    @Test
    void get_whenReusedConnectionTimesOut_isNotSentAgain() throws Exception {
      server.enqueue(okWith("t1"));
      server.enqueue(
          new MockResponse.Builder()
              .headersDelay(2, TimeUnit.SECONDS)
              .addHeader("Content-Type", "application/json")
              .body("{\"id\":\"late\"}")
              .build());
      ClientRuntime rt =
          runtime(
              Fixtures.options(server).maxRetries(0).readTimeout(Duration.ofMillis(200)).build());

      assertEquals("t1", getId(rt, "t1"));
      // the server has this request and is slow: sending it again would not be a repair
      assertThrows(TimeoutException.class, () -> getId(rt, "t2"));
      taken();
      assertEquals("/v1/things/t2", taken().getTarget());
      assertNull(taken());
      assertEquals(0, rt.retryCount());
      rt.close();
    }

    @Test
    void get_whenResendMeetsA503_stillHasItsRetries() throws Exception {
      server.enqueue(okThenClosed("t1"));
      server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
      server.enqueue(okWith("t2"));
      ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(1).build());

      assertEquals("t1", getId(rt, "t1"));
      assertEquals("t2", getId(rt, "t2"));

      // the resend did not use up maxRetries(1): the 503 was retried after the first backoff step
      assertEquals(List.of(Duration.ofMillis(100)), sleeper.sleeps);
      assertEquals(2, rt.retryCount());
      rt.close();
    }
  }
}
