package dev.tasksdk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The loopback server speaks HTTP/1.1 with keep-alive and pages by cursor as AgentTasks does. */
class PagingServerTest {

  @Test
  void respond_whenCursorGiven_returnsTheNextHundredIds() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(new PagingServer(300))) {
      OkHttpClient client = new OkHttpClient();

      List<dev.tasksdk.agenttasks.model.Task> first = get(client, server, "");
      List<dev.tasksdk.agenttasks.model.Task> second =
          get(client, server, "&cursor=" + first.get(99).getId());
      List<dev.tasksdk.agenttasks.model.Task> after =
          get(client, server, "&cursor=" + Payloads.id(299));

      assertEquals(Payloads.id(0), first.get(0).getId());
      assertEquals(Payloads.id(100), second.get(0).getId());
      assertEquals(Payloads.id(199), second.get(99).getId());
      assertEquals(0, after.size());
      assertEquals(3, server.requests());
      assertEquals(1, server.connections());
    }
  }

  @Test
  void cpuNanosPerRequest_whenRequestsServed_isPositive() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(new PagingServer(100))) {
      get(new OkHttpClient(), server, "");

      assertEquals(1, server.requests());
      org.junit.jupiter.api.Assertions.assertTrue(server.cpuNanosPerRequest() >= 0);
    }
  }

  private static List<dev.tasksdk.agenttasks.model.Task> get(
      OkHttpClient client, LoopbackServer server, String query) throws IOException {
    Request request =
        new Request.Builder().url(server.baseUrl() + "api/teams/t/tasks?limit=100" + query).build();
    try (Response response = client.newCall(request).execute()) {
      assertEquals(200, response.code());
      String body = new String(response.body().bytes(), StandardCharsets.UTF_8);
      return HandParsers.agentTasksPage(new JsonReader(new StringReader(body)));
    }
  }
}
