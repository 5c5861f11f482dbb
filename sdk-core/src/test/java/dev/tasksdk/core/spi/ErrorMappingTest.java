package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.BadRequestException;
import dev.tasksdk.core.ConflictException;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.ForbiddenException;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TimeoutException;
import dev.tasksdk.core.UnauthorizedException;
import dev.tasksdk.core.UnprocessableEntityException;
import dev.tasksdk.core.Vendor;
import java.lang.System.Logger.Level;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientRuntime runtime() {
    return ClientRuntime.create(
        Fixtures.profile().build(),
        Fixtures.options(server).maxRetries(0).build(),
        Fixtures.hooks(new Fixtures.RecordingSleeper(), new Fixtures.CapturingLogger(Level.OFF)));
  }

  private void get(ClientRuntime rt) {
    rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitedException.class),
        Arguments.of(500, ServerErrorException.class),
        Arguments.of(503, ServerErrorException.class),
        Arguments.of(418, ServiceException.class),
        Arguments.of(302, ServiceException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void execute_whenErrorStatus_throwsMatchingException(int code, Class<?> type) {
    server.enqueue(new MockResponse.Builder().code(code).body("nope").build());
    ServiceException e = assertThrows(ServiceException.class, () -> get(runtime()));
    assertSame(type, e.getClass());
    assertEquals(code, e.statusCode());
    assertEquals(Vendor.AGENTTASKS, e.vendor());
    assertEquals("getThing", e.operation());
    assertEquals("nope", e.rawBody());
    assertTrue(e.error().isEmpty());
  }

  @Test
  void execute_whenVendorErrorBody_exposesParsedErrorInMessage() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req-7")
            .addHeader("Set-Cookie", "sid=1")
            .body("{\"code\":\"NOT_FOUND\",\"message\":\"Resource not found\"}")
            .build());

    NotFoundException e = assertThrows(NotFoundException.class, () -> get(runtime()));

    assertEquals(
        "AgentTasks getThing failed: HTTP 404 (NOT_FOUND: Resource not found) GET /v1/things/t1"
            + " [request id req-7]",
        e.getMessage());
    assertEquals("NOT_FOUND", e.errorCode().orElseThrow());
    assertEquals("Resource not found", e.error(TestApi.TestError.class).orElseThrow().message);
    assertTrue(e.error(String.class).isEmpty());
    assertEquals("req-7", e.requestId().orElseThrow());
    assertNull(e.headers().get("Set-Cookie"));
    assertEquals("application/json", e.headers().get("Content-Type"));
  }

  @Test
  void execute_whenErrorForRequestWithQuery_messageNamesMethodAndPathWithoutQuery() {
    server.enqueue(new MockResponse.Builder().code(404).body("").build());

    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> {
              ClientRuntime rt = runtime();
              rt.execute("getThing", rt.service(TestApi.class).getThing("t1", "sig-value"));
            });

    assertEquals("AgentTasks getThing failed: HTTP 404 GET /v1/things/t1", e.getMessage());
    assertEquals("GET", e.requestMethod().orElseThrow());
    assertEquals("/v1/things/t1", e.requestPath().orElseThrow());
    assertFalse(e.getMessage().contains("sig-value"));
  }

  @Test
  void execute_whenPostFails_messageNamesPost() {
    server.enqueue(new MockResponse.Builder().code(409).body("").build());

    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> {
              ClientRuntime rt = runtime();
              rt.execute("act", rt.service(TestApi.class).act("t 2"));
            });

    assertEquals("AgentTasks act failed: HTTP 409 POST /v1/things/t%202/act", e.getMessage());
  }

  @Test
  void execute_whenErrorEchoesKey_keyIsScrubbed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("{\"code\":\"bad_key\",\"message\":\"key " + Fixtures.KEY + " is revoked\"}")
            .build());

    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> get(runtime()));
    assertFalse(e.getMessage().contains(Fixtures.KEY));
    assertFalse(e.rawBody().contains(Fixtures.KEY));
  }

  @Test
  void execute_whenErrorBodyHuge_rawBodyIsCapped() {
    server.enqueue(new MockResponse.Builder().code(500).body("x".repeat(200_000)).build());
    ServiceException e = assertThrows(ServiceException.class, () -> get(runtime()));
    assertEquals(64 * 1024, e.rawBody().length());
  }

  @Test
  void execute_whenParserThrows_stillThrowsServiceException() {
    ClientRuntime rt =
        ClientRuntime.create(
            Fixtures.profile()
                .errorParser(
                    (s, b, g) -> {
                      throw new IllegalStateException("boom");
                    })
                .build(),
            Fixtures.options(server).build(),
            Fixtures.hooks(
                new Fixtures.RecordingSleeper(), new Fixtures.CapturingLogger(Level.OFF)));
    server.enqueue(new MockResponse.Builder().code(400).body("{}").build());

    BadRequestException e = assertThrows(BadRequestException.class, () -> get(rt));
    assertEquals("AgentTasks getThing failed: HTTP 400 GET /v1/things/t1", e.getMessage());
  }

  @Test
  void execute_whenMalformedJson_throwsInvalidResponseWithExcerpt() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("<html>\n<body>Gateway says hi</body></html>")
            .build());

    InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> get(runtime()));

    assertEquals(200, e.statusCode());
    assertEquals("application/json", e.contentType());
    assertEquals("<html>\\n<body>Gateway says hi</body></html>", e.excerpt());
    assertEquals("getThing", e.operation());
    assertTrue(e.getMessage().startsWith("AgentTasks getThing returned an unreadable body"));
  }

  @Test
  void execute_whenTruncatedJson_throwsInvalidResponseWithStatus() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("Content-Type", "application/json")
            .body("{\"id\":\"t1\",\"na")
            .build());

    InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> get(runtime()));
    assertEquals(201, e.statusCode());
    assertEquals("{\"id\":\"t1\",\"na", e.excerpt());
  }

  @Test
  void execute_whenLongBody_excerptIsShort() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("[" + "\"a\",".repeat(5000) + "]").build());
    InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> get(runtime()));
    assertTrue(e.excerpt().length() <= 201);
    assertTrue(e.getMessage().length() < 600);
  }

  @Test
  void execute_whenServerDown_throwsConnectionException() throws Exception {
    ClientRuntime rt = runtime();
    server.close();

    ConnectionException e = assertThrows(ConnectionException.class, () -> get(rt));
    assertFalse(e instanceof TimeoutException);
    assertEquals(Vendor.AGENTTASKS, e.vendor());
  }
}
