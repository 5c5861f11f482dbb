package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.agenttasks.WebhookVerificationException;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials never follow a redirect to another host or port, plain http is refused off loopback
 * unless opted in, and webhook signatures are checked in constant time.
 */
class SecretsAndTransportTest {
  private static final String MEMBERS =
      Support.example(Vendor.VAMBE, "listTeamMembers-200-members.json");
  private static final String TASK = Support.example(Vendor.AGENTTASKS, "ok-getTask-200.json");

  private final OkHttpClient shared = Support.sharedHttpClient();

  /**
   * Where the redirect points: same host other port, or other host ("127.0.0.1" vs "localhost").
   */
  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.0.0.1"})
  void vambe_whenRedirectedToAnotherOrigin_doesNotSendTheApiKeyHeader(String targetHost)
      throws Exception {
    try (MockWebServer origin = Support.server();
        MockWebServer elsewhere = Support.server()) {
      origin.start();
      elsewhere.start();
      String target =
          "http://" + targetHost + ":" + elsewhere.getPort() + "/api/public/team-members/all";
      origin.enqueue(new MockResponse.Builder().code(302).setHeader("Location", target).build());
      elsewhere.enqueue(VendorServers.json(200, MEMBERS));
      VambeClient c = Support.vambe(Support.options(origin.url("/").toString(), shared, 0).build());

      assertEquals(2, c.listTeamMembers().size());

      RecordedRequest first = origin.takeRequest();
      RecordedRequest redirected = elsewhere.takeRequest();
      assertEquals(Support.SENTINEL, first.getHeaders().get("x-api-key"));
      assertNull(redirected.getHeaders().get("x-api-key"), redirected.getHeaders().toString());
      assertNull(redirected.getHeaders().get("Authorization"));
      assertFalse(redirected.getHeaders().toString().contains(Support.SENTINEL));
      Figures.record("redirect.vambe_x_api_key_to_" + targetHost, "not sent");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.0.0.1"})
  void agentTasks_whenRedirectedToAnotherOrigin_doesNotSendTheAuthorizationHeader(String targetHost)
      throws Exception {
    try (MockWebServer origin = Support.server();
        MockWebServer elsewhere = Support.server()) {
      origin.start();
      elsewhere.start();
      origin.enqueue(
          new MockResponse.Builder()
              .code(307)
              .setHeader(
                  "Location",
                  "http://" + targetHost + ":" + elsewhere.getPort() + "/api/tasks/cmabc123")
              .build());
      elsewhere.enqueue(VendorServers.json(200, TASK));
      AgentTasksClient c =
          Support.agentTasks(
              Support.options(origin.url("/").toString(), shared, 0)
                  .header("X-Custom-Token", Support.SENTINEL)
                  .build());

      assertEquals("cmabc123", c.getTask("cmabc123").getId());

      assertEquals(
          "Bearer " + Support.SENTINEL, origin.takeRequest().getHeaders().get("Authorization"));
      RecordedRequest redirected = elsewhere.takeRequest();
      assertNull(redirected.getHeaders().get("Authorization"));
      assertFalse(
          redirected.getHeaders().toString().contains(Support.SENTINEL),
          redirected.getHeaders().toString());
      Figures.record("redirect.agenttasks_authorization_to_" + targetHost, "not sent");
    }
  }

  @Test
  void vambe_whenRedirectedWithinTheSameOrigin_keepsTheApiKey() throws Exception {
    try (MockWebServer origin = Support.server()) {
      origin.start();
      origin.enqueue(
          new MockResponse.Builder()
              .code(301)
              .setHeader("Location", origin.url("/api/public/team-members/all?v=2").toString())
              .build());
      origin.enqueue(VendorServers.json(200, MEMBERS));
      VambeClient c = Support.vambe(Support.options(origin.url("/").toString(), shared, 0).build());
      c.listTeamMembers();
      origin.takeRequest();
      assertEquals(Support.SENTINEL, origin.takeRequest().getHeaders().get("x-api-key"));
    }
  }

  private static final Map<String, Function<String, Object>> BUILDERS =
      Map.of(
          "agenttasks",
              url ->
                  AgentTasksClient.builder()
                      .apiKey(Support.SENTINEL)
                      .baseUrl(url)
                      .teamId("t")
                      .build(),
          "amigo",
              url ->
                  AmigoClient.builder()
                      .apiKey(Support.SENTINEL)
                      .baseUrl(url)
                      .workspaceId(Support.AMIGO_WORKSPACE)
                      .build(),
          "amplemarket",
              url -> AmplemarketClient.builder().apiKey(Support.SENTINEL).baseUrl(url).build(),
          "stuut", url -> StuutClient.builder().apiKey(Support.SENTINEL).baseUrl(url).build(),
          "vambe", url -> VambeClient.builder().apiKey(Support.SENTINEL).baseUrl(url).build());

  @ParameterizedTest
  @ValueSource(strings = {"agenttasks", "amigo", "amplemarket", "stuut", "vambe"})
  void builder_whenBaseUrlIsPlainHttpOffLoopback_refusesIt(String vendor) {
    for (String url :
        List.of(
            "http://tasks.example.com/",
            "http://10.0.0.7:8080/",
            "http://127.0.0.1.nip.io/",
            "http://localhost.example.com/",
            "http://0.0.0.0/")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> BUILDERS.get(vendor).apply(url), url);
      assertTrue(e.getMessage().startsWith("baseUrl "), e.getMessage());
      assertTrue(e.getMessage().contains("allowInsecureHttp(true)"), e.getMessage());
      assertFalse(e.getMessage().contains(Support.SENTINEL));
    }
    for (String url :
        List.of(
            "http://localhost:1234/",
            "http://127.0.0.1/",
            "http://[::1]:99/",
            "https://tasks.example.com/")) {
      assertDoesNotThrow(() -> BUILDERS.get(vendor).apply(url), url);
    }
  }

  @Test
  void options_whenTheUserOptsIn_acceptsPlainHttpOffLoopback() {
    ClientOptions o =
        ClientOptions.builder()
            .apiKey(Support.SENTINEL)
            .baseUrl("http://tasks.example.com/")
            .allowInsecureHttp(true)
            .build();
    assertDoesNotThrow(() -> VambeClient.builder().options(o).build());
    assertFalse(o.toString().contains(Support.SENTINEL), o.toString());
  }

  @Test
  void fromEnv_whenBaseUrlIsPlainHttpOffLoopback_refusesIt() {
    Map<String, String> env =
        Map.of("VAMBE_API_KEY", Support.SENTINEL, "VAMBE_BASE_URL", "http://tasks.example.com/");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VambeClient.fromEnv(env));
    assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
  }

  // ---- webhooks ---------------------------------------------------------------------------

  private static final String WEBHOOK_SECRET = "whsec-SENTINEL-rel";
  private static final byte[] EVENT =
      ("{\"event\":\"task.claimed\",\"timestamp\":\"2025-01-15T10:05:00Z\",\"teamId\":\"team_1\","
              + "\"task\":"
              + TASK
              + ",\"agent\":{\"id\":\"cm_agent_xyz\",\"name\":\"Researcher\"}}")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void webhooks_whenSignatureIsWrongMissingOrTheBodyWasAltered_rejectThem() {
    String good = AgentTasksWebhooks.sign(EVENT, WEBHOOK_SECRET);
    assertEquals("task.claimed", AgentTasksWebhooks.parse(EVENT, good, WEBHOOK_SECRET).event());

    byte[] altered =
        new String(EVENT, StandardCharsets.UTF_8)
            .replace("cm_agent_xyz", "cm_agent_evil")
            .getBytes(StandardCharsets.UTF_8);
    String wrongSecret = AgentTasksWebhooks.sign(EVENT, "another-secret");
    String flipped = good.substring(0, good.length() - 1) + (good.endsWith("0") ? "1" : "0");
    Map<String, Runnable> cases = new java.util.LinkedHashMap<>();
    cases.put("missing", () -> AgentTasksWebhooks.parse(EVENT, (String) null, WEBHOOK_SECRET));
    cases.put("blank", () -> AgentTasksWebhooks.parse(EVENT, " ", WEBHOOK_SECRET));
    cases.put("wrong secret", () -> AgentTasksWebhooks.parse(EVENT, wrongSecret, WEBHOOK_SECRET));
    cases.put("last digit flipped", () -> AgentTasksWebhooks.parse(EVENT, flipped, WEBHOOK_SECRET));
    cases.put(
        "replayed with altered body",
        () -> AgentTasksWebhooks.parse(altered, good, WEBHOOK_SECRET));
    cases.put("malformed", () -> AgentTasksWebhooks.parse(EVENT, "sha1=abc", WEBHOOK_SECRET));
    cases.put(
        "not hex",
        () -> AgentTasksWebhooks.parse(EVENT, "sha256=" + "Z".repeat(64), WEBHOOK_SECRET));
    cases.forEach(
        (name, call) -> {
          WebhookVerificationException e =
              assertThrows(WebhookVerificationException.class, call::run, name);
          assertFalse(Support.everything(e).contains(WEBHOOK_SECRET), name);
          Figures.record("webhook.rejected." + name.replace(' ', '_'), e.getMessage());
        });
  }

  @Test
  void webhooks_compareSignaturesWithMessageDigestIsEqual() throws IOException {
    byte[] bytecode;
    try (InputStream in =
        AgentTasksWebhooks.class.getResourceAsStream("AgentTasksWebhooks.class")) {
      bytecode = in.readAllBytes();
    }
    String constants = new String(bytecode, StandardCharsets.ISO_8859_1);
    assertTrue(constants.contains("java/security/MessageDigest"), "MessageDigest not referenced");
    assertTrue(constants.contains("isEqual"), "MessageDigest.isEqual not referenced");
    assertFalse(constants.contains("contentEquals"), "a String comparison of signatures");
  }

  @Test
  void webhooks_takeAsLongToRejectAnEarlyMismatchAsALateOne() {
    String good = AgentTasksWebhooks.sign(EVENT, WEBHOOK_SECRET);
    String hex = good.substring("sha256=".length());
    String early = "sha256=" + (hex.charAt(0) == 'a' ? 'b' : 'a') + hex.substring(1);
    String late = "sha256=" + hex.substring(0, 63) + (hex.charAt(63) == 'a' ? 'b' : 'a');
    for (int i = 0; i < 20_000; i++) { // warm up
      reject(early);
      reject(late);
    }
    long[] e = new long[30_001];
    long[] l = new long[30_001];
    for (int i = 0; i < e.length; i++) {
      long t0 = System.nanoTime();
      reject(early);
      long t1 = System.nanoTime();
      reject(late);
      long t2 = System.nanoTime();
      e[i] = t1 - t0;
      l[i] = t2 - t1;
    }
    Arrays.sort(e);
    Arrays.sort(l);
    long medianEarly = e[e.length / 2];
    long medianLate = l[l.length / 2];
    double ratio = (double) medianLate / medianEarly;
    Figures.record("webhook.median_reject_ns_first_byte_wrong", medianEarly);
    Figures.record("webhook.median_reject_ns_last_byte_wrong", medianLate);
    Figures.record("webhook.timing_ratio", String.format(java.util.Locale.ROOT, "%.3f", ratio));
    assertTrue(ratio > 0.5 && ratio < 2.0, "ratio " + ratio);
  }

  private static void reject(String signature) {
    try {
      AgentTasksWebhooks.verify(EVENT, signature, WEBHOOK_SECRET);
      throw new AssertionError("accepted");
    } catch (WebhookVerificationException expected) {
      // rejected
    }
  }
}
