package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.TimeoutException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.vambe.VambeClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every fault a user can meet, with the exception class and message the user sees; with debug (and
 * trace) logging on, the sentinel key appears in no log line, message, cause or stack trace.
 */
class FaultsTest {
  private static final String TASK = Support.example(Vendor.AGENTTASKS, "ok-getTask-200.json");

  private final OkHttpClient shared = Support.sharedHttpClient();
  private final MockWebServer server = Support.server();
  private LogCapture log;

  @BeforeEach
  void start() throws IOException {
    server.start();
    log = Support.httpLog();
  }

  @AfterEach
  void stop() {
    for (String line : log.lines()) {
      assertFalse(line.contains(Support.SENTINEL), "log line with the key: " + line);
    }
    log.close();
    server.close();
  }

  private AgentTasksClient agentTasks(String baseUrl, Consumer<ClientOptions.Builder> tweak) {
    ClientOptions.Builder o = Support.options(baseUrl, shared, 2);
    tweak.accept(o);
    AgentTasksClient c = Support.agentTasks(o.build());
    assertFalse(c.toString().contains(Support.SENTINEL), c.toString());
    return c;
  }

  private AgentTasksClient agentTasks() {
    return agentTasks(server.url("/").toString(), o -> {});
  }

  /** Records and checks what the user sees: class, message; never the key. */
  private static <T extends TaskSdkException> T seen(String name, Class<T> type, Runnable call) {
    TaskSdkException e = assertThrows(TaskSdkException.class, call::run);
    Figures.record("fault." + name, e.getClass().getSimpleName() + ": " + e.getMessage());
    assertFalse(Support.everything(e).contains(Support.SENTINEL), Support.everything(e));
    return assertInstanceOf(type, e, Support.everything(e));
  }

  private static void assertMessage(String regex, Throwable e) {
    assertTrue(
        Pattern.compile(regex, Pattern.DOTALL).matcher(e.getMessage()).matches(),
        "message <" + e.getMessage() + "> does not match " + regex);
  }

  @Test
  void getTask_whenConnectionRefused_throwsConnectionExceptionAfterRetries() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    AgentTasksClient c = agentTasks("http://127.0.0.1:" + port + "/", o -> {});
    ConnectionException e =
        seen("connection_refused", ConnectionException.class, () -> c.getTask("cmabc123"));
    assertEquals(ConnectionException.class, e.getClass());
    assertMessage(
        "AgentTasks getTask failed: connection failed \\(ConnectException: Failed to connect to"
            + " /127\\.0\\.0\\.1:"
            + port
            + "\\)",
        e);
    assertEquals(Vendor.AGENTTASKS, e.vendor());
  }

  @Test
  void getTask_whenResetBeforeTheBody_retriesThenThrowsConnectionException() throws Exception {
    try (RawServer raw = new RawServer((s, head) -> RawServer.reset(s))) {
      AgentTasksClient c = agentTasks(raw.url(), o -> {});
      ConnectionException e =
          seen("reset_before_body", ConnectionException.class, () -> c.getTask("cmabc123"));
      assertMessage("AgentTasks getTask failed: connection failed \\(.*\\)", e);
      assertEquals(3, raw.requests.get(), "1 attempt + 2 retries");
    }
  }

  @Test
  void getTask_whenResetInTheMiddleOfTheBody_throwsConnectionException() throws Exception {
    try (RawServer raw =
        new RawServer(
            (s, head) -> {
              OutputStream out = s.getOutputStream();
              out.write(
                  ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + TASK.length()
                          + "\r\n\r\n"
                          + TASK.substring(0, TASK.length() / 2))
                      .getBytes(StandardCharsets.UTF_8));
              out.flush();
              sleep(50);
              RawServer.reset(s);
            })) {
      AgentTasksClient c = agentTasks(raw.url(), o -> {});
      ConnectionException e =
          seen("reset_mid_body", ConnectionException.class, () -> c.getTask("cmabc123"));
      assertMessage("AgentTasks getTask failed: connection failed \\(.*\\)", e);
    }
  }

  @Test
  void getTask_whenJsonIsTruncated_throwsInvalidResponseException() {
    server.enqueue(VendorServers.json(200, TASK.substring(0, 60)));
    InvalidResponseException e =
        seen("truncated_json", InvalidResponseException.class, () -> agentTasks().getTask("x"));
    assertEquals(200, e.statusCode());
    assertMessage(
        "AgentTasks getTask returned an unreadable body: HTTP 200 application/json \\(.*\\) body"
            + " starts: \".*\"",
        e);
  }

  @Test
  void getTask_whenA200CarriesAnHtmlErrorPage_throwsInvalidResponseException() {
    String html =
        "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/html")
            .body(html)
            .build());
    InvalidResponseException e =
        seen("html_200", InvalidResponseException.class, () -> agentTasks().getTask("x"));
    assertEquals("text/html", e.contentType());
    assertEquals(html, e.excerpt());
    assertTrue(
        e.getMessage()
            .startsWith("AgentTasks getTask returned an unreadable body: HTTP 200 text/html"),
        e.getMessage());
  }

  @Test
  void getTask_whenGzipIsInvalid_throwsATypedException() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .setHeader("Content-Encoding", "gzip")
            .body("this is not gzip at all")
            .build());
    TaskSdkException e =
        seen("invalid_gzip", TaskSdkException.class, () -> agentTasks().getTask("x"));
    assertTrue(
        e instanceof InvalidResponseException || e instanceof ConnectionException,
        e.getClass().getName());
  }

  @Test
  void getTask_whenBodyIsFarLargerThanExpected_throwsInvalidResponseExceptionWithoutReadingItAll() {
    // 64 MiB of a syntactically valid task
    Buffer body = new Buffer().writeUtf8("{\"id\":\"cmabc123\",\"title\":\"");
    byte[] chunk = new byte[1024 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'a');
    for (int i = 0; i < 64; i++) {
      body.write(chunk);
    }
    body.writeUtf8("\"}");
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
    InvalidResponseException e =
        seen("huge_body", InvalidResponseException.class, () -> agentTasks().getTask("x"));
    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    assertTrue(e.excerpt().length() <= 201, "excerpt only");
  }

  @Test
  void getTask_whenTheBodyIsSlowerThanTheReadTimeout_throwsTimeoutException() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body(TASK)
            .throttleBody(8, 1, TimeUnit.SECONDS)
            .build());
    AgentTasksClient c =
        agentTasks(server.url("/").toString(), o -> o.readTimeout(Duration.ofMillis(300)));
    TimeoutException e = seen("slow_body", TimeoutException.class, () -> c.getTask("x"));
    assertMessage("AgentTasks getTask failed: timed out \\(SocketTimeoutException: .*\\)", e);
  }

  @Test
  void getTask_whenTheServerNeverAnswers_throwsTimeoutExceptionAtTheCallTimeout() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    }
    AgentTasksClient c =
        agentTasks(
            server.url("/").toString(),
            o -> o.callTimeout(Duration.ofMillis(700)).readTimeout(Duration.ofSeconds(30)));
    long start = System.nanoTime();
    TimeoutException e = seen("never_answers", TimeoutException.class, () -> c.getTask("x"));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals("AgentTasks getTask failed: call timeout elapsed", e.getMessage());
    assertTrue(ms < 5_000, "took " + ms + " ms");
  }

  @Test
  void getTask_whenTheCertificateIsSelfSigned_rejectsItWithoutRetrying() throws Exception {
    HeldCertificate cert =
        new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    okhttp3.tls.HandshakeCertificates serverCerts =
        new okhttp3.tls.HandshakeCertificates.Builder().heldCertificate(cert).build();
    try (MockWebServer tls = Support.server()) {
      tls.useHttps(serverCerts.sslSocketFactory());
      tls.start();
      AgentTasksClient c = agentTasks(tls.url("/").toString(), o -> {});
      ConnectionException e =
          seen("self_signed_tls", ConnectionException.class, () -> c.getTask("x"));
      assertInstanceOf(SSLHandshakeException.class, e.getCause(), Support.everything(e));
      assertMessage(
          "AgentTasks getTask failed: connection failed \\(SSLHandshakeException: .*\\)", e);
      assertEquals(0, tls.getRequestCount(), "no request reached the untrusted server");
    }
  }

  @Test
  void getTask_whenTheHostDoesNotResolve_throwsConnectionException() {
    AgentTasksClient c = agentTasks("https://tasks.example.invalid/", o -> {});
    ConnectionException e = seen("dns_failure", ConnectionException.class, () -> c.getTask("x"));
    assertEquals(
        "AgentTasks getTask failed: connection failed (UnknownHostException:"
            + " tasks.example.invalid: Name or service not known)",
        e.getMessage());
  }

  @Test
  void getTask_whenA429StormOutlastsTheRetries_throwsRateLimitedException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          VendorServers.json(429, "{\"error\":\"Too many requests\",\"code\":\"RATE_LIMITED\"}")
              .newBuilder()
              .setHeader("Retry-After", "0")
              .build());
    }
    RateLimitedException e =
        seen("429_storm", RateLimitedException.class, () -> agentTasks().getTask("x"));
    assertEquals(3, server.getRequestCount(), "1 attempt + 2 retries");
    assertEquals(Duration.ZERO, e.retryAfter().orElseThrow());
    assertEquals(
        "AgentTasks getTask failed: HTTP 429 (RATE_LIMITED: Too many requests) GET /api/tasks/x",
        e.getMessage());
  }

  @Test
  void getTask_whenTheBasePathIsWrong_messageShowsThePathSoItReadsUnlikeAMissingTask() {
    server.enqueue(VendorServers.json(404, "{\"error\":\"Not found\",\"code\":\"NOT_FOUND\"}"));
    server.enqueue(VendorServers.json(404, "{\"error\":\"Not found\",\"code\":\"NOT_FOUND\"}"));
    AgentTasksClient wrongBase = agentTasks(server.url("/v2/").toString(), o -> {});

    NotFoundException wrong =
        assertThrows(NotFoundException.class, () -> wrongBase.getTask("cmabc123"));
    NotFoundException missing =
        assertThrows(NotFoundException.class, () -> agentTasks().getTask("cmabc123"));

    assertEquals(
        "AgentTasks getTask failed: HTTP 404 (NOT_FOUND: Not found) GET /v2/api/tasks/cmabc123",
        wrong.getMessage());
    assertEquals(
        "AgentTasks getTask failed: HTTP 404 (NOT_FOUND: Not found) GET /api/tasks/cmabc123",
        missing.getMessage());
  }

  @Test
  void getTask_whenRetryAfterExceedsTheRetryBudget_throwsRateLimitedExceptionAtOnce() {
    server.enqueue(
        VendorServers.json(429, "{\"error\":\"Too many requests\"}")
            .newBuilder()
            .setHeader("Retry-After", "30")
            .build());
    AgentTasksClient c =
        agentTasks(server.url("/").toString(), o -> o.retryBudget(Duration.ofSeconds(1)));
    RateLimitedException e =
        seen("429_beyond_budget", RateLimitedException.class, () -> c.getTask("x"));
    assertEquals(1, server.getRequestCount());
    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
  }

  @Test
  void claimTask_whenTheConnectionResetsAfterTheRequestWasRead_isNotReplayed() throws Exception {
    try (RawServer raw = new RawServer((s, head) -> RawServer.reset(s))) {
      AgentTasksClient c = agentTasks(raw.url(), o -> {});
      seen("claim_reset", ConnectionException.class, () -> c.claimTask("cmabc123"));
      assertEquals(1, raw.requests.get(), "a claim that may have been processed is never resent");
    }
  }

  @Test
  void claimTask_whenAReusedConnectionResetsAfterTheRequestWasRead_isNotReplayed()
      throws Exception {
    try (MockWebServer rst = Support.server()) {
      rst.setServerSocketFactory(new ResettingServerSockets());
      rst.start();
      rst.enqueue(VendorServers.json(200, TASK));
      rst.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      rst.enqueue(VendorServers.json(200, TASK));
      AgentTasksClient c = agentTasks(rst.url("/").toString(), o -> {});
      c.getTask("cmabc123"); // leaves a pooled keep-alive connection the claim reuses

      ConnectionException e =
          seen("claim_reset_pooled", ConnectionException.class, () -> c.claimTask("cmabc123"));

      assertMessage("AgentTasks claimTask failed: connection failed \\(.*\\)", e);
      assertEquals(2, rst.getRequestCount(), "the claim the server read was sent again");
    }
  }

  @Test
  void errors_whenTheServerEchoesTheKey_neverShowIt() {
    server.enqueue(
        VendorServers.json(
                401,
                "{\"error\":\"bad key "
                    + Support.SENTINEL
                    + "\",\"code\":\""
                    + Support.SENTINEL
                    + "\"}")
            .newBuilder()
            .setHeader("WWW-Authenticate", "Bearer " + Support.SENTINEL)
            .build());
    UnauthorizedException e =
        seen("401_echoing_key", UnauthorizedException.class, () -> agentTasks().getTask("x"));
    assertFalse(e.rawBody().contains(Support.SENTINEL), e.rawBody());
    assertFalse(e.headers().toString().contains(Support.SENTINEL), e.headers().toString());
  }

  @Test
  void vambe_whenAFaultHappens_neverShowsTheApiKeyHeader() {
    server.enqueue(VendorServers.json(500, "{\"statusCode\":500,\"message\":\"boom\"}"));
    server.enqueue(VendorServers.json(500, "{\"statusCode\":500,\"message\":\"boom\"}"));
    server.enqueue(VendorServers.json(500, "{\"statusCode\":500,\"message\":\"boom\"}"));
    VambeClient c = Support.vambe(Support.options(server, shared, 2).build());
    assertFalse(c.toString().contains(Support.SENTINEL));
    seen("vambe_500", dev.tasksdk.core.ServerErrorException.class, c::listTeamMembers);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
