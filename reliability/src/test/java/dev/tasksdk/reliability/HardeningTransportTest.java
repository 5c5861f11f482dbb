package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.TimeoutException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.vambe.VambeClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, classes 3, 5, 6, 7 and 8: server hints clamped before arithmetic, every response
 * closed, headers and idempotency keys for the base URL's origin only, a POST never replayed
 * elsewhere, a deadline per call and a budget that counts the attempts, deterministic failures not
 * retried, header names and values checked when built.
 */
class HardeningTransportTest {
  private static final String TASK = Support.example(Vendor.AGENTTASKS, "ok-getTask-200.json");
  private static final String CLAIMED = Support.example(Vendor.AGENTTASKS, "ok-claimTask-200.json");
  private static final String MEMBERS =
      Support.example(Vendor.VAMBE, "listTeamMembers-200-members.json");

  private final OkHttpClient shared = Support.sharedHttpClient();
  private final MockWebServer server = Support.server();
  private final MockWebServer elsewhere = Support.server();
  private final MockWebServer pinged = Support.server();
  private LogCapture okhttpLog;

  @BeforeEach
  void start() throws IOException {
    pinged.setDispatcher(
        new mockwebserver3.Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            return new MockResponse.Builder().code(200).body("ok").build();
          }
        });
    Support.start(server, elsewhere, pinged);
    okhttpLog = LogCapture.of("okhttp3.OkHttpClient", Level.ALL);
  }

  @AfterEach
  void stop() throws InterruptedException {
    int leaks = Leaks.awaitWarnings(shared, pinged.url("/ping").toString(), okhttpLog);
    int held =
        shared.connectionPool().connectionCount() - shared.connectionPool().idleConnectionCount();
    okhttpLog.close();
    server.close();
    elsewhere.close();
    pinged.close();
    assertEquals(0, leaks, "OkHttp leak warnings");
    assertEquals(0, held, "connections still allocated");
  }

  private AgentTasksClient agentTasks(int retries) {
    return Support.agentTasks(Support.options(server, shared, retries).build());
  }

  private AgentTasksClient agentTasks(int retries, Duration retryBudget, Duration callTimeout) {
    return Support.agentTasks(
        Support.options(server, shared, retries)
            .retryBudget(retryBudget)
            .callTimeout(callTimeout)
            .build());
  }

  private static MockResponse json(int code, String body, String... headers) {
    return Support.json(code, body, headers);
  }

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).setHeader("Location", location).build();
  }

  // ---- 3. hints clamped; a hint past the budget ends the call at once ---------------------

  static Stream<Arguments> hugeHints() {
    return Stream.of(
        Arguments.of("Retry-After", "9999999999"),
        Arguments.of("Retry-After", "99999999999999999999999999"),
        Arguments.of("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"),
        Arguments.of("retry-after", "9223372036854775807"),
        Arguments.of("Retry-After-Ms", "1e300"),
        Arguments.of("RETRY-AFTER-MS", "9223372036854775807"),
        Arguments.of("X-RateLimit-Reset", "1e20"),
        Arguments.of("x-ratelimit-reset", "1.7976931348623157E308"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hugeHints")
  void getTask_whenA429HintIsHuge_throwsRateLimitedAtOnceWithTheHintClamped(
      String header, String value) {
    server.enqueue(json(429, "{\"error\":{\"code\":\"RATE_LIMITED\"}}", header, value));
    long t0 = System.nanoTime();

    RateLimitedException e =
        assertThrows(RateLimitedException.class, () -> agentTasks(2).getTask("x"));

    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(1, server.getRequestCount(), "no retry");
    assertEquals(Duration.ofHours(24), e.retryAfter().orElseThrow(), "clamped");
    assertTrue(ms < 3000, ms + " ms");
    Figures.record(
        "hardening.hint." + header.toLowerCase() + "_" + value.replaceAll("[^0-9A-Za-z]+", "_"),
        "1 request, " + ms + " ms, retryAfter=" + e.retryAfter().orElseThrow());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hugeHints")
  void vambe_whenA503HintIsHuge_throwsServerErrorAtOnce(String header, String value) {
    server.enqueue(json(503, "{\"message\":\"busy\"}", header, value));
    VambeClient c = Support.vambe(Support.options(server, shared, 3).build());

    assertThrows(ServerErrorException.class, c::listTeamMembers);

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void getTask_whenTheHintIsLongerThanTheDeadlineLeft_throwsRateLimitedAtOnce() {
    server.enqueue(json(429, "{}", "Retry-After", "5"));
    AgentTasksClient c = agentTasks(3, Duration.ofSeconds(60), Duration.ofSeconds(2));
    long t0 = System.nanoTime();

    RateLimitedException e = assertThrows(RateLimitedException.class, () -> c.getTask("x"));

    assertEquals(Duration.ofSeconds(5), e.retryAfter().orElseThrow());
    assertEquals(1, server.getRequestCount());
    assertTrue((System.nanoTime() - t0) / 1_000_000 < 1500);
  }

  // ---- 5. origins: headers, idempotency keys, replays ---------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY"})
  void getTask_whenRedirectedToAnotherOrigin_perRequestHeadersAndKeyStayBehind(String spelling)
      throws Exception {
    server.enqueue(redirect(302, elsewhere.url("/api/tasks/x").toString()));
    elsewhere.enqueue(json(200, TASK));
    RequestOptions ro =
        RequestOptions.builder()
            .header("X-Tenant", "tenant-7")
            .header(spelling, "idem-from-header")
            .build();

    agentTasks(0).getTask("x", ro);

    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = elsewhere.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("tenant-7", first.getHeaders().get("X-Tenant"));
    assertEquals("idem-from-header", first.getHeaders().get("Idempotency-Key"));
    assertNull(second.getHeaders().get("X-Tenant"), second.getHeaders().toString());
    assertNull(second.getHeaders().get("Idempotency-Key"), second.getHeaders().toString());
    assertNull(second.getHeaders().get("Authorization"));
    Figures.record("hardening.redirect.headers_" + spelling, "not sent to the other origin");
  }

  @Test
  void vambe_whenRedirectedToAnotherOrigin_theIdempotencyKeyStaysBehind() throws Exception {
    server.enqueue(redirect(301, elsewhere.url("/api/public/team-members").toString()));
    elsewhere.enqueue(json(200, MEMBERS));
    VambeClient c = Support.vambe(Support.options(server, shared, 0).build());

    c.listTeamMembers(
        RequestOptions.builder().idempotencyKey("idem-1").header("X-Trace", "t").build());

    RecordedRequest second = elsewhere.takeRequest(5, TimeUnit.SECONDS);
    assertNull(second.getHeaders().get("Idempotency-Key"));
    assertNull(second.getHeaders().get("X-Trace"));
    assertNull(second.getHeaders().get("x-api-key"));
  }

  @ParameterizedTest
  @ValueSource(ints = {307, 308})
  void claimTask_whenRedirectedToAnotherOrigin_isRefusedAndNeverReplayed(int code) {
    server.enqueue(redirect(code, elsewhere.url("/api/tasks/x/claim").toString()));
    elsewhere.enqueue(json(200, CLAIMED));

    ConnectionException e =
        assertThrows(ConnectionException.class, () -> agentTasks(2).claimTask("x"));

    assertEquals(0, elsewhere.getRequestCount(), "the claim reached the other origin");
    assertEquals(1, server.getRequestCount());
    assertTrue(e.getMessage().contains("redirected a POST to another origin"), e.getMessage());
    Figures.record(
        "hardening.redirect.claim_" + code, e.getMessage().replaceAll(":\\d+", ":<port>"));
  }

  @Test
  void amplemarketComplete_whenRedirectedToAnotherOrigin_isRefused() {
    server.enqueue(redirect(307, elsewhere.url("/tasks/t1/complete").toString()));
    elsewhere.enqueue(json(200, "{}"));
    AmplemarketClient c = Support.amplemarket(Support.options(server, shared, 2).build());

    assertThrows(ConnectionException.class, () -> c.completeTask("t1"));

    assertEquals(0, elsewhere.getRequestCount());
  }

  @Test
  void claimTask_whenRedirectedWithinTheOrigin_isFollowedWithItsKey() throws Exception {
    server.enqueue(redirect(307, server.url("/api/tasks/y/claim").toString()));
    server.enqueue(json(200, CLAIMED));

    agentTasks(0).claimTask("x", RequestOptions.builder().idempotencyKey("k-1").build());

    server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/api/tasks/y/claim", second.getUrl().encodedPath());
    assertEquals("k-1", second.getHeaders().get("Idempotency-Key"));
  }

  // ---- 6. deadline and budget ------------------------------------------------------------

  @Test
  void defaults_whenNothingIsSet_everyCallHasADeadline() {
    assertEquals(Duration.ofMinutes(2), ClientOptions.defaults().callTimeout());
    Figures.record("hardening.default_call_timeout", ClientOptions.defaults().callTimeout());
  }

  @Test
  void getTask_whenTheServerTricklesOneBytePerSecond_endsAtTheDeadline() {
    server.enqueue(Support.trickling(TASK));
    AgentTasksClient c =
        Support.agentTasks(
            Support.options(server, shared, 0).callTimeout(Duration.ofMillis(1500)).build());
    long t0 = System.nanoTime();

    assertThrows(TimeoutException.class, () -> c.getTask("x"));

    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 4000, ms + " ms");
    Figures.record("hardening.trickle_deadline_ms", ms);
  }

  @Test
  void getTask_whenARetryTricklesPastTheBudget_isCutAtTheBudget() {
    server.enqueue(json(503, "{}"));
    server.enqueue(Support.trickling(TASK));
    AgentTasksClient c = agentTasks(2, Duration.ofSeconds(1), Duration.ofSeconds(30));
    long t0 = System.nanoTime();

    TimeoutException e = assertThrows(TimeoutException.class, () -> c.getTask("x"));

    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 3000, ms + " ms: the retry ran past the 1 s budget");
    assertTrue(e.getMessage().contains("retry budget"), e.getMessage());
    assertEquals(2, server.getRequestCount());
    Figures.record("hardening.budget_cut_ms", ms);
  }

  // ---- 7. deterministic failures are not retried -----------------------------------------

  @Test
  void getTask_whenTheServerRedirectsInALoop_failsWithoutRetrying() {
    for (int i = 0; i < 100; i++) {
      server.enqueue(redirect(302, server.url("/loop/" + i).toString()));
    }

    ConnectionException e =
        assertThrows(ConnectionException.class, () -> agentTasks(2).getTask("x"));

    assertEquals(21, server.getRequestCount(), "one follow-up chain, no retries of it");
    assertTrue(e.getMessage().contains("Too many follow-up requests"), e.getMessage());
    Figures.record("hardening.redirect_loop_requests", server.getRequestCount());
  }

  @Test
  void getTask_whenTheStatusLineIsGarbage_failsWithoutRetrying() throws Exception {
    try (RawServer raw =
        new RawServer(
            (s, head) -> {
              OutputStream out = s.getOutputStream();
              out.write("HTTP/1.1 OK-ish\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
              out.flush();
              s.close();
            })) {
      AgentTasksClient c = Support.agentTasks(Support.options(raw.url(), shared, 2).build());

      assertThrows(ConnectionException.class, () -> c.getTask("x"));

      assertEquals(1, raw.requests.get());
    }
  }

  @Test
  void getTask_whenTheTlsHandshakeFails_failsWithoutRetrying() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread t =
          new Thread(
              () -> {
                while (!plain.isClosed()) {
                  try (Socket s = plain.accept()) {
                    connections.incrementAndGet();
                    s.getOutputStream()
                        .write("HTTP/1.1 400 Bad\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                  } catch (IOException e) {
                    // closed
                  }
                }
              });
      t.setDaemon(true);
      t.start();
      AgentTasksClient c =
          Support.agentTasks(
              Support.options("https://127.0.0.1:" + plain.getLocalPort() + "/", shared, 2)
                  .build());

      ConnectionException e = assertThrows(ConnectionException.class, () -> c.getTask("x"));

      assertEquals(1, connections.get(), e.getMessage());
      Figures.record("hardening.tls_failure_connections", connections.get());
    }
  }

  // ---- 8. header names and values checked when built ---------------------------------------

  static Stream<Arguments> badHeaderNames() {
    return Stream.of(
        Arguments.of("X-A\r\nX-Injected"),
        Arguments.of("X-A\nB"),
        Arguments.of("X A"),
        Arguments.of("X-A:"),
        Arguments.of("X-Ä"),
        Arguments.of("(X)"),
        Arguments.of(""));
  }

  @ParameterizedTest
  @MethodSource("badHeaderNames")
  void requestOptions_whenTheHeaderNameIsBad_refusesItWhenBuilt(String name) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().header(name, "v").build());
    assertTrue(e.getMessage().startsWith("header name"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ClientOptions.builder().header(name, "v").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nX-Injected: 1", "a\nb", "a\rb", "a\u0000b", "sk-é", "\u00a0k"})
  void requestOptions_whenAValueOrIdempotencyKeyIsBad_refusesItWhenBuilt(String value) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().header("X-Ok", value).build());
    assertFalse(e.getMessage().contains(value), e.getMessage());
    IllegalArgumentException k =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().idempotencyKey(value).build());
    assertTrue(k.getMessage().startsWith("idempotencyKey"), k.getMessage());
    assertFalse(k.getMessage().contains(value), k.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  // ---- 3. every response closed on every path --------------------------------------------

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("429 huge Retry-After", 429, "Retry-After", "9999999999"),
        Arguments.of("503 huge Retry-After-Ms", 503, "Retry-After-Ms", "1e300"),
        Arguments.of("429 year 9999", 429, "Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"),
        Arguments.of("429 reset 1e20", 429, "X-RateLimit-Reset", "1e20"),
        Arguments.of("200 JSON null", 200, "X-Body", "null"),
        Arguments.of("200 undecodable", 200, "X-Body", "{\"id\":"),
        Arguments.of("204 no body", 204, "X-Body", ""),
        Arguments.of("500 error", 500, "X-Body", "{}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void getTask_onEveryFault_closesEveryResponse(String name, int code, String header, String v) {
    for (int i = 0; i < 5; i++) {
      MockResponse.Builder b = new MockResponse.Builder().code(code);
      if (header.equals("X-Body")) {
        if (code != 204) {
          b.setHeader("Content-Type", "application/json").body(v);
        }
      } else {
        b.setHeader(header, v).setHeader("Content-Type", "application/json").body("{}");
      }
      server.enqueue(b.build());
    }
    AgentTasksClient c = agentTasks(2);
    for (int i = 0; i < 3; i++) {
      TaskSdkException e = assertThrows(TaskSdkException.class, () -> c.getTask("x"));
      assertFalse(e instanceof ServiceException && code == 200, e.toString());
    }
    // the @AfterEach counts leaked responses (OkHttp's warnings) and allocated connections
    Figures.record("hardening.leaks." + name.replace(' ', '_'), "checked after 3 calls");
  }

  @Test
  void getTaskAsync_whenTheHintIsHuge_failsTheFutureAndClosesTheResponse() {
    server.enqueue(json(429, "{}", "Retry-After", "9999999999"));

    Throwable e =
        assertThrows(
            java.util.concurrent.CompletionException.class,
            () -> agentTasks(2).getTaskAsync("x").join());

    assertInstanceOf(RateLimitedException.class, e.getCause());
  }
}
