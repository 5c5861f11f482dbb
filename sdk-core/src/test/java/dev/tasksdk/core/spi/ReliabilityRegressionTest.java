package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.UnauthorizedException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Holes the reliability suite found in the runtime; each test fails on the code before the fix. */
class ReliabilityRegressionTest {
  private MockWebServer server;

  @BeforeEach
  void start() {
    server = new MockWebServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientRuntime runtime() {
    return ClientRuntime.create(
        Fixtures.profile().build(),
        Fixtures.options(server).build(),
        Fixtures.hooks(new Fixtures.RecordingSleeper(), new Fixtures.CapturingLogger(Level.OFF)));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void execute_whenAPooledConnectionResetsAfterAPostWasRead_doesNotResendThePost()
      throws Exception {
    server.setServerSocketFactory(new ResettingServerSockets());
    server.start();
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    ClientRuntime rt = runtime();
    rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));

    assertThrows(
        ConnectionException.class,
        () ->
            rt.execute(
                "createThing",
                rt.service(TestApi.class).createThing(new TestApi.Thing(null, "x"))));

    assertEquals(2, server.getRequestCount(), "OkHttp resent a POST the server had read");
  }

  @Test
  void execute_whenTheServerEchoesTheKeyInAHeader_hidesItInTheExceptionAndTheResponse()
      throws Exception {
    server.start();
    server.enqueue(
        json(401, "{}")
            .newBuilder()
            .addHeader("WWW-Authenticate", "Bearer " + Fixtures.KEY)
            .addHeader("x-request-id", Fixtures.KEY)
            .build());
    server.enqueue(
        json(200, "{\"id\":\"t1\"}")
            .newBuilder()
            .addHeader("X-Echo", "key=" + Fixtures.KEY)
            .build());
    ClientRuntime rt = runtime();

    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class,
            () -> rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)));
    ApiResponse<TestApi.Thing> ok =
        rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null));

    assertFalse(e.headers().toString().contains(Fixtures.KEY), e.headers().toString());
    assertEquals("Bearer [redacted]", e.headers().get("WWW-Authenticate"));
    assertFalse(e.requestId().orElse("").contains(Fixtures.KEY));
    assertFalse(ok.headers().toString().contains(Fixtures.KEY), ok.headers().toString());
  }

  @Test
  void log_whenTraceAndTheServerEchoesTheKey_neverWritesIt() throws Exception {
    server.start();
    server.enqueue(
        json(401, "{}")
            .newBuilder()
            .addHeader("WWW-Authenticate", "Bearer " + Fixtures.KEY)
            .build());
    Fixtures.CapturingLogger logger = new Fixtures.CapturingLogger(Level.TRACE);
    ClientRuntime rt =
        ClientRuntime.create(
            Fixtures.profile().build(),
            Fixtures.options(server).build(),
            Fixtures.hooks(new Fixtures.RecordingSleeper(), logger));

    assertThrows(
        UnauthorizedException.class,
        () -> rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)));

    assertTrue(
        logger.lines.contains("TRACE < WWW-Authenticate: Bearer [redacted]"),
        logger.lines.toString());
    assertFalse(logger.lines.toString().contains(Fixtures.KEY), logger.lines.toString());
  }

  @Test
  void execute_whenTheBodyIsFarLargerThanAnyTask_throwsInvalidResponseExceptionEarly()
      throws Exception {
    server.start();
    Buffer body = new Buffer().writeUtf8("{\"id\":\"t1\",\"name\":\"");
    byte[] mib = new byte[1024 * 1024];
    java.util.Arrays.fill(mib, (byte) 'a');
    for (int i = 0; i < 40; i++) {
      body.write(mib);
    }
    body.writeUtf8("\"}");
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
    ClientRuntime rt = runtime();

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> rt.execute("getThing", rt.service(TestApi.class).getThing("t1", null)));

    assertTrue(e.getMessage().contains("the body is larger than 32 MiB"), e.getMessage());
    assertTrue(e.excerpt().startsWith("{\"id\":\"t1\",\"name\":\"aaa"), e.excerpt());
  }

  /** Accepted connections close with a RST (SO_LINGER 0). */
  static final class ResettingServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket s = super.accept();
          s.setSoLinger(true, 0);
          return s;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
      throw new UnsupportedOperationException();
    }
  }
}
