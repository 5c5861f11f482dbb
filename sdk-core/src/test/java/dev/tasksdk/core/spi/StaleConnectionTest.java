package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.TimeoutException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A keep-alive connection the server closed while it sat idle in the pool (Node closes one after 5
 * s, OkHttp checks an idle connection only after 10 s): the next request on it fails before any
 * byte of a response. A request safe to repeat goes out again on a new connection, even with
 * retries off; one that is not is never sent twice.
 */
class StaleConnectionTest {
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

  private ClientRuntime runtime(ClientOptions.Builder options) {
    return ClientRuntime.create(
        Fixtures.profile().build(),
        options.build(),
        RuntimeHooks.builder()
            .sleeper(sleeper)
            .jitter(() -> 1.0)
            .logger(new Fixtures.CapturingLogger(Level.OFF))
            .build());
  }

  private static MockResponse ok(String id) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body("{\"id\":\"" + id + "\"}")
        .build();
  }

  /** An answer after which the server closes the connection, as it does one idle too long. */
  private static MockResponse okThenClosed(String id) {
    return ok(id).newBuilder().onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  private static String get(ClientRuntime rt, String id) {
    return rt.execute("getThing", rt.service(TestApi.class).getThing(id, null)).body().id;
  }

  private static String create(ClientRuntime rt, RequestOptions ro) {
    return rt.execute(
            "createThing", rt.service(TestApi.class, ro).createThing(new TestApi.Thing(null, "x")))
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
    server.enqueue(ok("t2"));
    ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(0));

    assertEquals("t1", get(rt, "t1"));
    assertEquals("t2", get(rt, "t2"));

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
    server.enqueue(ok("t3"));
    ClientRuntime rt = runtime(Fixtures.options(server));

    assertEquals("t1", create(rt, RequestOptions.none()));
    ConnectionException e =
        assertThrows(ConnectionException.class, () -> create(rt, RequestOptions.none()));

    assertEquals("createThing", e.operation());
    assertEquals(0, rt.retryCount());
    assertEquals("/v1/things", taken().getTarget());
    assertNull(taken(), "the create that failed was not sent again");
    // the response queued for a resend is still there: the next call gets it
    assertEquals("t3", get(rt, "t3"));
    rt.close();
  }

  @Test
  void post_withIdempotencyKey_whenPooledConnectionWasClosed_isSentAgainWithTheSameKey()
      throws Exception {
    server.enqueue(okThenClosed("t1"));
    server.enqueue(ok("t2"));
    ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(0));
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
        ok("t1").newBuilder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(0));

    // a new connection that fails is the server's answer, not a stale pool entry
    assertThrows(ConnectionException.class, () -> get(rt, "t1"));
    assertEquals(0, rt.retryCount());
    rt.close();
  }

  @Test
  void get_whenReusedConnectionTimesOut_isNotSentAgain() throws Exception {
    server.enqueue(ok("t1"));
    server.enqueue(
        new MockResponse.Builder()
            .headersDelay(2, TimeUnit.SECONDS)
            .addHeader("Content-Type", "application/json")
            .body("{\"id\":\"late\"}")
            .build());
    ClientRuntime rt =
        runtime(Fixtures.options(server).maxRetries(0).readTimeout(Duration.ofMillis(200)));

    assertEquals("t1", get(rt, "t1"));
    // the server has this request and is slow: sending it again would not be a repair
    assertThrows(TimeoutException.class, () -> get(rt, "t2"));
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
    server.enqueue(ok("t2"));
    ClientRuntime rt = runtime(Fixtures.options(server).maxRetries(1));

    assertEquals("t1", get(rt, "t1"));
    assertEquals("t2", get(rt, "t2"));

    // the resend did not use up maxRetries(1): the 503 was retried after the first backoff step
    assertEquals(List.of(Duration.ofMillis(100)), sleeper.sleeps);
    assertEquals(2, rt.retryCount());
    rt.close();
  }
}
