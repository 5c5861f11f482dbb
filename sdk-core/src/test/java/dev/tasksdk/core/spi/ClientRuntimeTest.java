package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.TimeoutException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;

class ClientRuntimeTest {
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

  private ClientRuntime runtime(VendorProfile profile, ClientOptions options) {
    return ClientRuntime.create(
        profile, options, Fixtures.hooks(sleeper, new Fixtures.CapturingLogger(Level.OFF)));
  }

  private ClientRuntime runtime() {
    return runtime(Fixtures.profile().build(), Fixtures.options(server).build());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void execute_whenGet_sendsExactRequestAndParsesBody() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req-42")
            .addHeader("Set-Cookie", "session=abc")
            .body("{\"id\":\"t1\",\"name\":\"Call Ana\"}")
            .build());
    ClientRuntime rt =
        runtime(
            Fixtures.profile().build(),
            Fixtures.options(server).userAgentSuffix("my-app/1.2").header("X-Team", "ops").build());

    ApiResponse<TestApi.Thing> response =
        rt.execute("getThing", rt.service(TestApi.class).getThing("t 1", "notes"));

    assertEquals(200, response.statusCode());
    assertEquals("t1", response.body().id);
    assertEquals("Call Ana", response.body().name);
    assertEquals("req-42", response.requestId().orElseThrow());
    assertNull(response.headers().get("Set-Cookie"));
    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/v1/things/t%201?expand=notes", request.getTarget());
    assertEquals("Bearer " + Fixtures.KEY, request.getHeaders().get("Authorization"));
    assertEquals(
        "tasksdk-agenttasks/9.9.9 java/" + System.getProperty("java.version") + " my-app/1.2",
        request.getHeaders().get("User-Agent"));
    assertEquals("application/json", request.getHeaders().get("Accept"));
    assertEquals("ops", request.getHeaders().get("X-Team"));
    assertNull(request.getHeaders().get("Idempotency-Key"));
  }

  @Test
  void execute_whenPostWithBody_sendsJson() throws Exception {
    server.enqueue(json(201, "{\"id\":\"t9\",\"name\":\"New\"}"));
    ClientRuntime rt = runtime();

    ApiResponse<TestApi.Thing> response =
        rt.execute(
            "createThing", rt.service(TestApi.class).createThing(new TestApi.Thing(null, "New")));

    assertEquals(201, response.statusCode());
    assertEquals("t9", response.body().id);
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/v1/things", request.getTarget());
    assertEquals("{\"name\":\"New\"}", request.getBody().utf8());
    assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
  }

  @Test
  void execute_whenApiKeyHeaderStyle_sendsKeyInNamedHeaderOnly() throws Exception {
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    ClientRuntime rt =
        runtime(
            Fixtures.profile().apiKeyHeader("x-api-key").build(), Fixtures.options(server).build());

    rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));

    RecordedRequest request = server.takeRequest();
    assertEquals(Fixtures.KEY, request.getHeaders().get("x-api-key"));
    assertNull(request.getHeaders().get("Authorization"));
    assertEquals("/v1/things/t1", request.getTarget());
  }

  @Test
  void execute_whenStringAndVoidBodies_decodesScalarsAndEmpty() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("plain note").build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    ClientRuntime rt = runtime();

    assertEquals("plain note", rt.execute("note", rt.service(TestApi.class).note("t1")).body());
    ApiResponse<Void> archived = rt.execute("archive", rt.service(TestApi.class).archive("t1"));
    assertEquals(204, archived.statusCode());
    assertNull(archived.body());
  }

  @Test
  void service_whenRequestOptions_appliesHeaderAndIdempotencyKey() throws Exception {
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    ClientRuntime rt = runtime();
    RequestOptions ro =
        RequestOptions.builder().header("X-Trace", "abc").idempotencyKey("idem-1").build();

    rt.execute("act", rt.service(TestApi.class, ro).act("t1"));

    RecordedRequest request = server.takeRequest();
    assertEquals("abc", request.getHeaders().get("X-Trace"));
    assertEquals("idem-1", request.getHeaders().get("Idempotency-Key"));
    assertEquals("Bearer " + Fixtures.KEY, request.getHeaders().get("Authorization"));
  }

  @Test
  void service_whenRequestMaxRetriesZero_doesNotRetry() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    ClientRuntime rt = runtime();

    assertThrows(
        ServerErrorException.class,
        () ->
            rt.execute(
                "getThing",
                rt.service(TestApi.class, RequestOptions.builder().maxRetries(0).build())
                    .getThing("t1", null)));
    assertEquals(1, server.getRequestCount());
    assertEquals(0, rt.retryCount());
  }

  @Test
  void service_whenRequestTimeout_failsWithTimeoutException() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
    ClientRuntime rt = runtime();
    long start = System.nanoTime();

    TimeoutException e =
        assertThrows(
            TimeoutException.class,
            () ->
                rt.execute(
                    "getThing",
                    rt.service(
                            TestApi.class,
                            RequestOptions.builder().timeout(Duration.ofMillis(300)).build())
                        .getThing("t1", null)));

    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
    assertEquals("getThing", e.operation());
    assertTrue(e.getMessage().startsWith("AgentTasks getThing failed: "), e.getMessage());
  }

  @Test
  void execute_whenReadTimeout_throwsTimeoutException() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    ClientRuntime rt =
        runtime(
            Fixtures.profile().build(),
            Fixtures.options(server).readTimeout(Duration.ofMillis(200)).maxRetries(0).build());

    TimeoutException e =
        assertThrows(
            TimeoutException.class,
            () -> rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)));
    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
  }

  @Test
  void create_whenSharedClient_reusesPoolAndDispatcher() {
    OkHttpClient shared = new OkHttpClient();
    ClientRuntime rt =
        runtime(Fixtures.profile().build(), Fixtures.options(server).okHttpClient(shared).build());

    assertSame(shared.connectionPool(), rt.httpClient().connectionPool());
    assertSame(shared.dispatcher(), rt.httpClient().dispatcher());
    OkHttpClient perRequest =
        rt.httpClient(RequestOptions.builder().timeout(Duration.ofSeconds(1)).build());
    assertSame(shared.connectionPool(), perRequest.connectionPool());
    assertSame(shared.dispatcher(), perRequest.dispatcher());
    assertTrue(shared.interceptors().isEmpty());
    assertTrue(shared.networkInterceptors().isEmpty());
    rt.close();
    assertFalse(shared.dispatcher().executorService().isShutdown());
  }

  @Test
  void execute_whenClosed_throwsIllegalStateNamingVendorAndSendsNothing() {
    ClientRuntime rt = runtime();
    rt.close();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)));

    assertEquals(
        "AgentTasks client is closed: getThing was not sent (create a new client)", e.getMessage());
    assertTrue(rt.isClosed());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void executeAsync_whenClosed_throwsIllegalStateNotExecutorRejected() {
    ClientRuntime rt = runtime();
    rt.close();
    rt.close(); // idempotent

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> rt.executeAsync("getThing", rt.service(TestApi.class).getThing("t1", null)));

    assertTrue(e.getMessage().startsWith("AgentTasks client is closed"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void close_whenOwnClient_evictsIdleConnections() throws Exception {
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    ClientRuntime rt = runtime();
    rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));
    assertEquals(1, rt.httpClient().connectionPool().connectionCount());

    rt.close();

    assertEquals(0, rt.httpClient().connectionPool().connectionCount());
    assertTrue(rt.httpClient().dispatcher().executorService().isShutdown());
  }

  @Test
  void close_whenSharedClient_leavesItsConnectionsAndThreads() throws Exception {
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    OkHttpClient shared = new OkHttpClient();
    ClientRuntime rt =
        runtime(Fixtures.profile().build(), Fixtures.options(server).okHttpClient(shared).build());
    rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));

    rt.close();

    assertEquals(1, shared.connectionPool().connectionCount());
    assertFalse(shared.dispatcher().executorService().isShutdown());
    shared.connectionPool().evictAll();
  }

  @Test
  void execute_whenRedirectToOtherPort_dropsCredentials() throws Exception {
    for (VendorProfile profile :
        new VendorProfile[] {
          Fixtures.profile().build(), Fixtures.profile().apiKeyHeader("x-api-key").build()
        }) {
      try (MockWebServer other = new MockWebServer()) {
        other.start();
        other.enqueue(json(200, "{\"id\":\"moved\"}"));
        server.enqueue(
            new MockResponse.Builder()
                .code(302)
                .addHeader("Location", other.url("/elsewhere/t1").toString())
                .build());
        ClientRuntime rt = runtime(profile, Fixtures.options(server).build());

        ApiResponse<TestApi.Thing> response =
            rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));

        assertEquals("moved", response.body().id);
        RecordedRequest first = server.takeRequest();
        assertEquals(
            Fixtures.KEY, first.getHeaders().get(profile.authHeaderName()).replace("Bearer ", ""));
        RecordedRequest redirected = other.takeRequest();
        assertEquals("/elsewhere/t1", redirected.getTarget());
        assertNull(redirected.getHeaders().get("Authorization"));
        assertNull(redirected.getHeaders().get("x-api-key"));
        assertFalse(redirected.getHeaders().toString().contains(Fixtures.KEY));
      }
    }
  }

  @Test
  void create_whenPlainHttpToRemoteHost_isRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClientOptions.builder().baseUrl("http://api.example.com/v1").build());
    assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());

    VendorProfile insecureDefault =
        Fixtures.profile().defaultBaseUrl("http://api.example.com/").build();
    IllegalArgumentException e2 =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ClientRuntime.create(insecureDefault, ClientOptions.builder().apiKey("k").build()));
    assertTrue(e2.getMessage().startsWith("baseUrl http://api.example.com/"), e2.getMessage());

    ClientRuntime allowed =
        ClientRuntime.create(
            insecureDefault, ClientOptions.builder().apiKey("k").allowInsecureHttp(true).build());
    assertEquals("http://api.example.com/", allowed.baseUrl().toString());
  }

  @Test
  void create_whenNoApiKey_failsNamingApiKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ClientRuntime.create(
                    Fixtures.profile().build(),
                    ClientOptions.builder().baseUrl(server.url("/")).build()));
    assertTrue(e.getMessage().startsWith("apiKey is required"), e.getMessage());
    assertTrue(e.getMessage().contains("AGENTTASKS_API_KEY"), e.getMessage());
  }

  @Test
  void executeAsync_whenSuccessAndFailure_mapsLikeExecute() throws Exception {
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    server.enqueue(json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"Resource not found\"}"));
    ClientRuntime rt = runtime();
    TestApi api = rt.service(TestApi.class);

    ApiResponse<TestApi.Thing> ok = rt.executeAsync("getThing", api.getThing("t1", null)).get();
    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () -> rt.executeAsync("getThing", api.getThing("t2", null)).get());

    assertEquals("t1", ok.body().id);
    NotFoundException nf = assertInstanceOf(NotFoundException.class, failed.getCause());
    assertEquals("NOT_FOUND", nf.errorCode().orElseThrow());
    assertEquals("/v1/things/t1", server.takeRequest().getTarget());
    assertEquals("/v1/things/t2", server.takeRequest().getTarget());
  }

  @Test
  void executeAsync_whenFutureCancelled_cancelsCall() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{}").headersDelay(5, TimeUnit.SECONDS).build());
    ClientRuntime rt = runtime();
    Call<TestApi.Thing> call = rt.service(TestApi.class).getThing("t1", null);

    CompletableFuture<ApiResponse<TestApi.Thing>> future = rt.executeAsync("getThing", call);
    server.takeRequest(2, TimeUnit.SECONDS);
    assertTrue(future.cancel(true));

    assertTrue(call.isCanceled());
  }

  @Test
  void service_whenSameInterface_isCached() {
    ClientRuntime rt = runtime();
    assertSame(rt.service(TestApi.class), rt.service(TestApi.class));
    assertSame(rt.service(TestApi.class), rt.service(TestApi.class, RequestOptions.none()));
  }

  @Test
  void toString_whenRuntime_hidesKey() {
    ClientRuntime rt = runtime();
    assertFalse(rt.toString().contains(Fixtures.KEY));
    assertFalse(rt.options().toString().contains(Fixtures.KEY));
  }

  @Test
  void autoPager_whenPageFailsOverHttp_resumesExactlyOnce() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"next\":\"c2\"}"));
    server.enqueue(json(500, "{\"code\":\"INTERNAL\",\"message\":\"try later\"}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"3\"}],\"next\":\"c3\"}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"4\"}],\"next\":null}"));
    ClientRuntime rt =
        runtime(Fixtures.profile().build(), Fixtures.options(server).maxRetries(0).build());
    TestApi api = rt.service(TestApi.class);
    dev.tasksdk.core.PageFetcher<String> fetcher =
        token -> {
          TestApi.ThingPage page =
              rt.execute("listThings", api.listThings(token == null ? null : token.value())).body();
          return dev.tasksdk.core.Page.of(
              page.items.stream().map(t -> t.id).toList(),
              page.next == null ? null : dev.tasksdk.core.PageToken.of(page.next));
        };
    java.util.List<String> seen = new java.util.ArrayList<>();

    dev.tasksdk.core.PageFailedException e =
        assertThrows(
            dev.tasksdk.core.PageFailedException.class,
            () -> dev.tasksdk.core.AutoPager.of(fetcher).forEach(seen::add));
    dev.tasksdk.core.AutoPager.of(fetcher, e.resumeToken()).forEach(seen::add);

    assertEquals(java.util.List.of("1", "2", "3", "4"), seen);
    assertInstanceOf(ServerErrorException.class, e.getCause());
    assertEquals("c2", e.resumeToken().value());
    assertEquals("/v1/things", server.takeRequest().getTarget());
    assertEquals("/v1/things?cursor=c2", server.takeRequest().getTarget());
    assertEquals("/v1/things?cursor=c2", server.takeRequest().getTarget());
    assertEquals("/v1/things?cursor=c3", server.takeRequest().getTarget());
  }

  @Test
  void executeAsync_whenBodyUnreadableOrServerDown_mapsToTypedExceptions() throws Exception {
    server.enqueue(json(202, "{not json"));
    ClientRuntime rt = runtime();
    TestApi api = rt.service(TestApi.class);

    ExecutionException bad =
        assertThrows(
            ExecutionException.class,
            () -> rt.executeAsync("getThing", api.getThing("t1", null)).get());
    dev.tasksdk.core.InvalidResponseException ire =
        assertInstanceOf(dev.tasksdk.core.InvalidResponseException.class, bad.getCause());
    assertEquals(202, ire.statusCode());
    assertEquals("{not json", ire.excerpt());

    server.close();
    ExecutionException down =
        assertThrows(
            ExecutionException.class,
            () -> rt.executeAsync("getThing", api.getThing("t1", null)).get());
    assertInstanceOf(dev.tasksdk.core.ConnectionException.class, down.getCause());
  }
}
