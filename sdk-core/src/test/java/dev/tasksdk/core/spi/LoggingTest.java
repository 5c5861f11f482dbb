package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.NotFoundException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

class LoggingTest {
  private MockWebServer server;

  interface TokenApi {
    @GET("things")
    Call<String> list(@Query("access_token") String token, @Query("limit") int limit);
  }

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientRuntime runtime(Fixtures.CapturingLogger logger) {
    return ClientRuntime.create(
        Fixtures.profile().build(),
        Fixtures.options(server).header("X-Session-Token", "tok-SENTINEL").build(),
        Fixtures.hooks(new Fixtures.RecordingSleeper(), logger));
  }

  @Test
  void log_whenDebug_writesOneLinePerAttemptWithoutSecrets() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    Fixtures.CapturingLogger logger = new Fixtures.CapturingLogger(Level.DEBUG);
    ClientRuntime rt = runtime(logger);

    rt.execute("list", rt.service(TokenApi.class).list(Fixtures.KEY, 5));

    List<String> lines = new ArrayList<>(logger.lines);
    String base = server.url("/v1/things").toString();
    assertEquals(
        List.of(
            "DEBUG --> GET " + base + "?access_token=[redacted]&limit=5 (attempt 1)",
            "DEBUG <-- 503 GET " + base,
            "DEBUG --> GET " + base + "?access_token=[redacted]&limit=5 (attempt 2)",
            "DEBUG <-- 200 GET " + base),
        lines.stream().map(l -> l.replaceAll(" \\(\\d+ ms\\)$", "")).toList());
    lines.forEach(l -> assertFalse(l.contains(Fixtures.KEY), l));
  }

  @Test
  void log_whenTrace_headersAreRedacted() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Set-Cookie", "sid=SENTINEL-COOKIE")
            .body("{}")
            .build());
    Fixtures.CapturingLogger logger = new Fixtures.CapturingLogger(Level.TRACE);
    ClientRuntime rt = runtime(logger);

    assertThrows(
        NotFoundException.class,
        () -> rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)));

    String all = String.join("\n", logger.lines);
    assertTrue(all.contains("TRACE > Authorization: [redacted]"), all);
    assertTrue(all.contains("TRACE > X-Session-Token: [redacted]"), all);
    assertTrue(all.contains("TRACE < Set-Cookie: [redacted]"), all);
    assertTrue(all.contains("TRACE > Accept: application/json"), all);
    assertFalse(all.contains(Fixtures.KEY));
    assertFalse(all.contains("SENTINEL"));
  }

  @Test
  void log_whenFailure_logsFailedLine() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    Fixtures.CapturingLogger logger = new Fixtures.CapturingLogger(Level.DEBUG);
    ClientRuntime rt =
        ClientRuntime.create(
            Fixtures.profile().build(),
            Fixtures.options(server).maxRetries(0).build(),
            Fixtures.hooks(new Fixtures.RecordingSleeper(), logger));

    assertThrows(
        ConnectionException.class,
        () -> rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)));
    assertTrue(logger.lines.stream().anyMatch(l -> l.startsWith("DEBUG <-- FAILED GET ")));
  }

  @Test
  void log_whenLoggerOff_logsNothing() {
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    Fixtures.CapturingLogger logger = new Fixtures.CapturingLogger(Level.INFO);
    ClientRuntime rt = runtime(logger);

    rt.execute("list", rt.service(TokenApi.class).list("x", 1));
    assertTrue(logger.lines.isEmpty());
  }
}
