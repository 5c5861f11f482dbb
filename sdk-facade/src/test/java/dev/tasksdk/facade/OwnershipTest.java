package dev.tasksdk.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.core.Vendor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who closes what: a client from {@code TaskClients.fromEnv} is the holder's, a hub closes the
 * clients it was given, and nothing closes a caller's {@code OkHttpClient}. Open sockets are
 * counted on the server side, where a leak shows as a socket the client never closed.
 */
class OwnershipTest {
  private static final int ROUNDS = 50;

  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(new CountingServerSocketFactory(accepted));
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, String> env() {
    return Map.of(
        "AGENTTASKS_API_KEY", "sk-test",
        "AGENTTASKS_BASE_URL", server.url("/").toString(),
        "AGENTTASKS_TEAM_ID", "team_1");
  }

  private void enqueueList() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body(
                """
                [{"id":"t1","title":"One","status":"todo"}]
                """)
            .build());
  }

  /** Server-side sockets the client has not closed, after giving the server time to see EOF. */
  private long openSockets() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      long open = accepted.stream().filter(s -> !s.isClosed()).count();
      if (open == 0 || System.nanoTime() > deadline) {
        return open;
      }
      Thread.sleep(20);
    }
  }

  @Test
  void hubOverFromEnv_when50RoundsClosed_leavesNoOpenSocket() throws Exception {
    for (int i = 0; i < ROUNDS; i++) {
      enqueueList();
      try (TaskHub hub = TaskHub.of(TaskClients.fromEnv(Vendor.AGENTTASKS, env()))) {
        HubListResult r = hub.list(TaskQuery.all());
        assertEquals(1, r.tasks().size(), () -> r.failures().toString());
      }
    }

    assertEquals(ROUNDS, server.getRequestCount());
    assertEquals(ROUNDS, accepted.size());
    assertEquals(0, openSockets(), "open server-side sockets after " + ROUNDS + " rounds");
  }

  @Test
  void fromEnvClient_whenClosed_closesItsConnections() throws Exception {
    enqueueList();
    try (TaskClient client = TaskClients.fromEnv(Vendor.AGENTTASKS, env())) {
      assertEquals(1, client.list(TaskQuery.all()).stream().count());
    }

    assertEquals(1, accepted.size());
    assertEquals(0, openSockets());
  }

  @Test
  void hub_whenCloseClientsFalse_leavesSharedClientOpen() throws Exception {
    enqueueList();
    enqueueList();
    try (TaskClient shared = TaskClients.fromEnv(Vendor.AGENTTASKS, env())) {
      try (TaskHub hub = TaskHub.builder().client(shared).closeClients(false).build()) {
        assertEquals(1, hub.list(TaskQuery.all()).tasks().size());
      }

      assertEquals(1, shared.list(TaskQuery.all()).stream().count());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void of_whenClosed_leavesCallersVendorClientAndOkHttpClientOpen() throws Exception {
    enqueueList();
    enqueueList();
    OkHttpClient http = new OkHttpClient();
    try (AgentTasksClient vendor =
        AgentTasksClient.builder()
            .baseUrl(server.url("/").toString())
            .apiKey("sk-test")
            .teamId("team_1")
            .httpClient(http)
            .build()) {
      try (TaskHub hub = TaskHub.of(TaskClients.of(vendor))) {
        assertEquals(1, hub.list(TaskQuery.all()).tasks().size());
      }

      assertEquals(
          1, vendor.listTasks(dev.tasksdk.agenttasks.ListTasksParams.builder().build()).size());
    }
    assertFalse(http.dispatcher().executorService().isShutdown());
    assertEquals(1, http.connectionPool().connectionCount());
    http.connectionPool().evictAll();
  }

  @Test
  void hub_whenCallersExecutor_closesClientsButNotTheExecutor() {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      TaskClient client = TaskClients.fromEnv(Vendor.AGENTTASKS, env());
      TaskHub.of(List.of(client), executor).close();

      assertThrows(IllegalStateException.class, () -> client.get("t1"));
      assertFalse(executor.isShutdown());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void closedClient_whenAnyOperation_throwsIllegalStateNamingVendor() {
    TaskClient client = TaskClients.fromEnv(Vendor.AGENTTASKS, env());
    client.close();
    client.close(); // idempotent

    List<Executable> calls =
        List.of(
            () -> client.list(TaskQuery.all()),
            () -> client.list(TaskQuery.all(), null),
            () -> client.get("t1"),
            () -> client.create(NewTask.builder("x").projectId("p").build()),
            () -> client.update("t1", TaskUpdate.builder().title("y").build()),
            () -> client.complete("t1", null),
            () -> client.skip("t1"),
            () -> client.cancel("t1"),
            () -> client.claim("t1"),
            () -> client.move("t1", "in_progress"),
            () -> client.assign("t1", List.of("a")),
            () -> client.delete("t1"));
    for (Executable call : calls) {
      IllegalStateException e = assertThrows(IllegalStateException.class, call::run);
      assertTrue(e.getMessage().startsWith("AgentTasks TaskClient is closed"), e.getMessage());
    }
    assertEquals(Vendor.AGENTTASKS, client.vendor());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void closedClient_whenListingAlreadyStarted_nextPageThrowsIllegalState() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body(
                """
                [{"id":"t1","title":"One","status":"todo"}]
                """)
            .build());
    TaskClient client = TaskClients.fromEnv(Vendor.AGENTTASKS, env());
    // a full page (limit 1) has a next page: the last task's id is the cursor
    var pages = client.list(TaskQuery.builder().pageSize(1).build()).pages().iterator();
    pages.next();
    client.close();

    RuntimeException e = assertThrows(RuntimeException.class, pages::next);
    Throwable cause = e instanceof IllegalStateException ? e : e.getCause();
    assertTrue(cause instanceof IllegalStateException, e.toString());
    assertTrue(cause.getMessage().startsWith("AgentTasks"), cause.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void closedHub_whenAnyCall_throwsIllegalStateNamingVendors() {
    TaskHub hub = TaskHub.of(TaskClients.fromEnv(Vendor.AGENTTASKS, env()));
    hub.close();
    hub.close(); // idempotent

    List<Executable> calls =
        List.of(
            () -> hub.list(TaskQuery.all()),
            () -> hub.get("agenttasks:t1"),
            () -> hub.clientFor(TaskRef.parse("agenttasks:t1")),
            () -> hub.client(Vendor.AGENTTASKS),
            hub::vendors);
    for (Executable call : calls) {
      IllegalStateException e = assertThrows(IllegalStateException.class, call::run);
      assertEquals("TaskHub (AgentTasks) is closed", e.getMessage());
    }
  }

  /** Lets a test name a lambda that may throw. */
  @FunctionalInterface
  private interface Executable {
    void run() throws Exception;
  }

  /** Remembers every socket the server accepts, to count the ones still open. */
  private static final class CountingServerSocketFactory extends ServerSocketFactory {
    private final List<Socket> accepted;

    CountingServerSocketFactory(List<Socket> accepted) {
      this.accepted = accepted;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket s = new Socket();
          implAccept(s);
          accepted.add(s);
          return s;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException();
    }
  }
}
