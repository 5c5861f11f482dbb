package dev.tasksdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.Vendor;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts Prism for every vendor through the backend in effect ({@code -Dtasksdk.prism.backend=...})
 * and makes one plain request per vendor that the spec answers with an example.
 */
@PrismMock({Vendor.AMPLEMARKET, Vendor.AMIGO, Vendor.AGENTTASKS, Vendor.STUUT, Vendor.VAMBE})
class PrismServerIT {
  private static final String WORKSPACE = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  private static final Map<Vendor, PrismServer> STARTED = new EnumMap<>(Vendor.class);
  private static long suiteStart;

  private final PreferInterceptor prefer = PreferInterceptor.create();
  private final OkHttpClient http = new OkHttpClient.Builder().addInterceptor(prefer).build();

  @PrismMock(Vendor.VAMBE)
  private static PrismServer vambeField;

  @BeforeAll
  static void startAll(@PrismMock(Vendor.AMIGO) PrismServer amigo) {
    suiteStart = System.nanoTime();
    assertNotNull(amigo);
  }

  @AfterAll
  static void report() {
    STARTED.forEach(
        (v, s) ->
            System.out.printf(
                Locale.ROOT,
                "[prism] %-11s %-14s started in %5d ms at %s%n",
                v,
                s.backend(),
                s.startupTime().toMillis(),
                s.baseUrl()));
    System.out.printf(
        Locale.ROOT,
        "[prism] PrismServerIT tests took %d ms after the servers were up%n",
        (System.nanoTime() - suiteStart) / 1_000_000);
  }

  private String get(PrismServer prism, String path, String header, String value, int expected)
      throws IOException {
    STARTED.put(prism.vendor(), prism);
    assertFalse(prism.baseUrl().endsWith("/"), prism.baseUrl());
    assertTrue(prism.baseUrl().startsWith("http://127.0.0.1:"), prism.baseUrl());
    Request request =
        new Request.Builder().url(prism.baseUrl() + path).header(header, value).build();
    try (Response r = http.newCall(request).execute()) {
      String body = r.body().string();
      assertEquals(expected, r.code(), prism.vendor() + " " + path + ": " + body);
      assertTrue(r.header("Content-Type", "").contains("json"), r.header("Content-Type"));
      return body;
    }
  }

  @Test
  void amplemarket_whenGetStatuses_returnsSpecExample(@PrismMock(Vendor.AMPLEMARKET) PrismServer p)
      throws IOException {
    assertTrue(
        get(p, "/tasks/statuses", "Authorization", "Bearer test", 200).contains("scheduled"));
  }

  @Test
  void amigo_whenTasksByCall_returnsSpecExample(@PrismMock(Vendor.AMIGO) PrismServer p)
      throws IOException {
    String body =
        get(
            p,
            "/v1/" + WORKSPACE + "/tasks/by-call/CA1234567890abcdef1234567890abcdef",
            "Authorization",
            "Bearer test",
            200);
    assertTrue(body.contains("\"tasks\""), body);
  }

  @Test
  void amigo_whenPreferCode404_returnsDeclared404(@PrismMock(Vendor.AMIGO) PrismServer p)
      throws IOException {
    try (PreferInterceptor.Scope s = prefer.withPrefer(Prefer.code(404))) {
      get(p, "/v1/" + WORKSPACE + "/tasks/task_1", "Authorization", "Bearer test", 404);
    }
  }

  @Test
  void agenttasks_whenGetTask_returnsSpecExample(@PrismMock(Vendor.AGENTTASKS) PrismServer p)
      throws IOException {
    assertTrue(
        get(p, "/api/tasks/cmabc123", "Authorization", "Bearer test", 200).contains("\"status\""));
  }

  @Test
  void stuut_whenListTasks_returnsSpecExample(@PrismMock(Vendor.STUUT) PrismServer p)
      throws IOException {
    assertTrue(get(p, "/v1/tasks", "Authorization", "Bearer test", 200).contains("\"data\""));
  }

  @Test
  void vambe_whenTeamMembers_returnsSpecExample(@PrismMock(Vendor.VAMBE) PrismServer p)
      throws IOException {
    assertSame(p, vambeField, "field and parameter share one server");
    assertTrue(get(p, "/api/public/team-members/all", "x-api-key", "test", 200).startsWith("["));
  }

  @Test
  void proxy_whenUpstreamAnswers_forwardsAndValidates() throws Exception {
    try (MockWebServer upstream = new MockWebServer()) {
      upstream.start();
      upstream.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(
                  "[{\"id\":\"228d7a0d-9072-4ca8-939b-959b75cc606a\",\"name\":\"Ana\","
                      + "\"first_name\":\"Ana\",\"last_name\":\"Diaz\",\"email\":\"a@example.com\","
                      + "\"phone\":\"+56912345678\"}]")
              .build());
      String upstreamUrl = "http://127.0.0.1:" + upstream.getPort();
      try (PrismServer proxy = PrismServer.start(Vendor.VAMBE, PrismOptions.proxy(upstreamUrl))) {
        Request request =
            new Request.Builder()
                .url(proxy.baseUrl() + "/api/public/team-members/all")
                .header("x-api-key", "test")
                .build();
        try (Response r = http.newCall(request).execute()) {
          assertEquals(200, r.code());
          assertTrue(r.body().string().contains("Ana"));
        }
        RecordedRequest seen = upstream.takeRequest();
        assertEquals("/api/public/team-members/all", seen.getTarget());
        assertEquals("test", seen.getHeaders().get("x-api-key"));
      }
    }
  }
}
