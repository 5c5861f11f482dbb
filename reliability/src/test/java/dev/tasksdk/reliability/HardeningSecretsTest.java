package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.vambe.VambeClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Cache;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, classes 1 and 2: one tenant's response is never served to another, a key is validated
 * (and trimmed) when the client is built, and no echo of it (as sent, JSON-escaped, in a decoder's
 * reason, in a cause) reaches a message, a body, a header, a log line.
 */
class HardeningSecretsTest {
  private static final String TASK = Support.example(Vendor.AGENTTASKS, "ok-getTask-200.json");
  private static final String MEMBERS =
      Support.example(Vendor.VAMBE, "listTeamMembers-200-members.json");

  private final MockWebServer server = Support.server();
  private LogCapture log;

  @BeforeEach
  void start() throws IOException {
    server.start();
    log = Support.httpLog();
  }

  @AfterEach
  void stop() {
    log.close();
    server.close();
  }

  private String url() {
    return server.url("/").toString();
  }

  private static MockResponse json(int code, String body, String... headers) {
    return Support.json(code, body, headers);
  }

  // ---- 1. shared cache ---------------------------------------------------------------------

  static Stream<Arguments> cacheHeaders() {
    return Stream.of(
        Arguments.of("private, max-age=600"),
        Arguments.of("public, max-age=600"),
        Arguments.of("max-age=600, immutable"));
  }

  @ParameterizedTest
  @MethodSource("cacheHeaders")
  void agentTasks_whenTwoKeysShareOneCachingClient_eachKeyReachesTheServer(String cacheControl)
      throws Exception {
    File dir = Files.createTempDirectory("tasksdk-cache").toFile();
    OkHttpClient caching =
        Support.sharedHttpClient().newBuilder().cache(new Cache(dir, 1 << 20)).build();
    server.enqueue(json(200, TASK, "Cache-Control", cacheControl));
    server.enqueue(json(200, TASK, "Cache-Control", cacheControl));
    AgentTasksClient tenantA =
        Support.agentTasks(Support.options(url(), caching, 0).apiKey("sk-tenant-A-111").build());
    AgentTasksClient tenantB =
        Support.agentTasks(Support.options(url(), caching, 0).apiKey("sk-tenant-B-222").build());

    tenantA.getTask("cmabc123");
    tenantB.getTask("cmabc123");

    assertEquals(2, server.getRequestCount(), "tenant B must not get tenant A's cached answer");
    assertEquals("Bearer sk-tenant-A-111", takeRequest().getHeaders().get("Authorization"));
    assertEquals("Bearer sk-tenant-B-222", takeRequest().getHeaders().get("Authorization"));
    assertEquals(0, caching.cache().hitCount());
    Figures.record("hardening.cache." + cacheControl.replaceAll("[^a-z0-9]+", "_"), "2 requests");
    caching.cache().delete();
  }

  @Test
  void vambe_whenTwoKeysShareOneCachingClient_eachKeyReachesTheServer() throws Exception {
    File dir = Files.createTempDirectory("tasksdk-cache").toFile();
    OkHttpClient caching =
        Support.sharedHttpClient().newBuilder().cache(new Cache(dir, 1 << 20)).build();
    server.enqueue(json(200, MEMBERS, "Cache-Control", "private, max-age=600"));
    server.enqueue(json(200, MEMBERS, "Cache-Control", "private, max-age=600"));
    VambeClient a = Support.vambe(Support.options(url(), caching, 0).apiKey("vk-A").build());
    VambeClient b = Support.vambe(Support.options(url(), caching, 0).apiKey("vk-B").build());

    a.listTeamMembers();
    b.listTeamMembers();

    assertEquals(2, server.getRequestCount());
    assertEquals("vk-A", takeRequest().getHeaders().get("x-api-key"));
    assertEquals("vk-B", takeRequest().getHeaders().get("x-api-key"));
    caching.cache().delete();
  }

  private RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertTrue(r != null, "no request");
    return r;
  }

  // ---- 2. keys validated at build time -----------------------------------------------------

  /** Characters a pasted key may carry that cannot be sent in a header. */
  static Stream<Arguments> unsendableKeys() {
    String k = Support.SENTINEL;
    return Stream.of(
        Arguments.of("inner no-break space", k.substring(0, 5) + "\u00a0" + k.substring(5)),
        Arguments.of("zero-width space", k + "\u200b"),
        Arguments.of("byte order mark inside", k.substring(0, 3) + "\ufeff" + k.substring(3)),
        Arguments.of("accented letter", k + "é"),
        Arguments.of("line separator inside", k.substring(0, 4) + "\u2028" + k.substring(4)),
        Arguments.of("inner space", k.substring(0, 6) + " " + k.substring(6)),
        Arguments.of("inner tab", k.substring(0, 6) + "\t" + k.substring(6)),
        Arguments.of("DEL", k + "\u007f"),
        Arguments.of("emoji", k + "\uD83D\uDD11"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsendableKeys")
  void everyVendor_whenTheKeyCannotBeSent_buildRefusesItWithoutShowingIt(String what, String key) {
    List<Function<ClientOptions, Object>> vendors =
        List.of(
            Support::agentTasks,
            Support::amigo,
            Support::amplemarket,
            Support::stuut,
            Support::vambe);
    for (Function<ClientOptions, Object> vendor : vendors) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> vendor.apply(Support.options(url(), null, 0).apiKey(key).build()));
      String all = Support.everything(e);
      assertTrue(e.getMessage().startsWith("apiKey "), e.getMessage());
      assertFalse(all.contains(Support.SENTINEL), all);
      assertFalse(all.contains(Support.SENTINEL.substring(0, 10)), all);
    }
    assertEquals(0, server.getRequestCount());
    Figures.record(
        "hardening.key." + what.replace(' ', '_'),
        "refused at build: "
            + assertThrows(
                    IllegalArgumentException.class,
                    () -> ClientOptions.builder().apiKey(key).build())
                .getMessage());
  }

  static Stream<Arguments> paddedKeys() {
    String k = Support.SENTINEL;
    return Stream.of(
        Arguments.of("spaces", "  " + k + "  "),
        Arguments.of("tab and newline", "\t" + k + "\n"),
        Arguments.of("crlf", k + "\r\n"),
        Arguments.of("no-break spaces", "\u00a0" + k + "\u00a0\u202f"),
        Arguments.of("ideographic space", k + "\u3000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paddedKeys")
  void vambe_whenTheKeyHasSurroundingWhitespace_sendsItTrimmedAndRedactsEveryEcho(
      String what, String key) throws Exception {
    String escaped = jsonUnicodeEscaped(Support.SENTINEL);
    server.enqueue(
        json(
            401,
            "{\"statusCode\":401,\"message\":\"bad key "
                + Support.SENTINEL
                + " ("
                + escaped
                + ")\",\"error\":\"Unauthorized "
                + escaped
                + "\"}",
            "WWW-Authenticate",
            "ApiKey error=\"" + Support.SENTINEL + "\""));
    VambeClient c = Support.vambe(Support.options(url(), null, 0).apiKey(key).build());

    ServiceException e = assertThrows(ServiceException.class, c::listTeamMembers);

    assertEquals(Support.SENTINEL, takeRequest().getHeaders().get("x-api-key"), "trimmed");
    assertSafe(e);
    assertFalse(String.valueOf(e.rawBody()).contains(escaped), e.rawBody());
    assertFalse(e.headers().toString().contains(Support.SENTINEL), e.headers().toString());
    assertFalse(String.valueOf(e.error()).contains(Support.SENTINEL), String.valueOf(e.error()));
    for (String line : log.lines()) {
      assertFalse(line.contains(Support.SENTINEL) || line.contains(escaped), line);
    }
    Figures.record("hardening.padded_key." + what.replace(' ', '_'), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sk/Alt+key=9", "sk-\"quoted\"-key", "sk\\back\\slash"})
  void agentTasks_whenTheErrorBodyEchoesTheKeyJsonEscaped_parsedAndRawBodiesAreRedacted(String key)
      throws Exception {
    String jsonEscaped = key.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
    server.enqueue(
        json(
            401,
            "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"bad key "
                + jsonEscaped
                + " / "
                + jsonUnicodeEscaped(key)
                + "\"}}"));
    AgentTasksClient c = Support.agentTasks(Support.options(url(), null, 0).apiKey(key).build());

    ServiceException e = assertThrows(ServiceException.class, () -> c.getTask("x"));

    String all = Support.everything(e) + e.rawBody() + e.error() + e.detail() + e.headers();
    assertFalse(all.contains(key), all);
    assertFalse(all.contains(jsonEscaped), all);
  }

  @Test
  void agentTasks_whenTheDecoderRejectsAnEchoedKey_theReasonAndTheCauseAreRedacted() {
    server.enqueue(
        json(
            200,
            TASK.replaceFirst(
                "\"createdAt\"\\s*:\\s*\"[^\"]*\"", "\"createdAt\":\"" + Support.SENTINEL + "\"")));
    AgentTasksClient c = Support.agentTasks(Support.options(url(), null, 0).build());

    InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> c.getTask("x"));

    assertSafe(e);
    Figures.record("hardening.decode_reason", e.getMessage());
  }

  @Test
  void agentTasksAsync_whenAnInterceptorThrows_theFutureFailsAndNothingIsUncaught()
      throws Exception {
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, x) -> uncaught.add(x));
    try {
      OkHttpClient throwing =
          Support.sharedHttpClient()
              .newBuilder()
              .addNetworkInterceptor(
                  chain -> {
                    throw new IllegalStateException(
                        "header check failed: " + chain.request().header("Authorization"));
                  })
              .build();
      AgentTasksClient c = Support.agentTasks(Support.options(url(), throwing, 0).build());

      CompletionException e =
          assertThrows(CompletionException.class, () -> c.getTaskAsync("x").join());

      assertInstanceOf(TaskSdkException.class, e.getCause());
      assertSafe(e.getCause());
      assertThrows(TaskSdkException.class, () -> c.getTask("x"));
      Thread.sleep(200);
      assertEquals(List.of(), uncaught, "uncaught on the dispatcher");
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  private static void assertSafe(Throwable e) {
    String all = Support.everything(e);
    assertFalse(all.contains(Support.SENTINEL), all);
    assertFalse(all.contains(jsonUnicodeEscaped(Support.SENTINEL)), all);
  }

  /** The text with every character written as a JSON unicode escape. */
  static String jsonUnicodeEscaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }
}
