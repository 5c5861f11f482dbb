package dev.tasksdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreferInterceptorTest {
  private final MockWebServer server = new MockWebServer();
  private final PreferInterceptor prefer = PreferInterceptor.create();
  private final OkHttpClient http = new OkHttpClient.Builder().addInterceptor(prefer).build();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RecordedRequest send(Request.Builder request) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    try (Response r = http.newCall(request.url(server.url("/v1/tasks")).build()).execute()) {
      assertEquals(200, r.code());
    }
    return server.takeRequest();
  }

  @Test
  void intercept_whenInScope_sendsPreferHeader() throws Exception {
    try (PreferInterceptor.Scope s = prefer.withPrefer(Prefer.code(404).example("gone"))) {
      RecordedRequest r = send(new Request.Builder());
      assertEquals("code=404, example=gone", r.getHeaders().get("Prefer"));
      assertEquals("/v1/tasks", r.getTarget());
    }
  }

  @Test
  void intercept_whenNoScopeNoDefault_sendsNoPreferHeader() throws Exception {
    assertNull(send(new Request.Builder()).getHeaders().get("Prefer"));
  }

  @Test
  void intercept_whenScopeClosed_restoresPreviousValue() throws Exception {
    prefer.setDefault(Prefer.dynamic());
    try (PreferInterceptor.Scope outer = prefer.withPrefer(Prefer.code(500))) {
      try (PreferInterceptor.Scope inner = prefer.withPrefer(Prefer.code(429))) {
        assertEquals("code=429", send(new Request.Builder()).getHeaders().get("Prefer"));
      }
      assertEquals("code=500", send(new Request.Builder()).getHeaders().get("Prefer"));
    }
    assertEquals("dynamic=true", send(new Request.Builder()).getHeaders().get("Prefer"));
  }

  @Test
  void intercept_whenRequestHasPrefer_keepsRequestValue() throws Exception {
    try (PreferInterceptor.Scope s = prefer.withPrefer(Prefer.code(404))) {
      RecordedRequest r = send(new Request.Builder().header("Prefer", "code=401"));
      assertEquals("code=401", r.getHeaders().get("Prefer"));
    }
  }
}
