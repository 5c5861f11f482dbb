package dev.tasksdk.benchmarks;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Five loopback vendors, each answering its list endpoint with one page of {@value #TASKS} tasks in
 * its own shape after {@value #DELAY_MS} ms, and a facade client per vendor.
 */
final class HubFixture implements AutoCloseable {
  /** The fan-out measures the hub, not the vendors' documented rate limits. */
  private static final RateLimit OFF = RateLimit.off();

  static final long DELAY_MS = 50;
  static final int TASKS = 10;
  static final String CALL_SID = "CA1234567890abcdef1234567890abcdef";
  static final String USER_ID = "0198f652-bc9b-79c2-8b91-60e1bd43e45d";

  final Map<Vendor, LoopbackServer> servers = new EnumMap<>(Vendor.class);
  final Map<Vendor, TaskClient> clients = new EnumMap<>(Vendor.class);
  private final List<AutoCloseable> closeables = new ArrayList<>();

  HubFixture() {
    for (Vendor v : Vendor.values()) {
      byte[] page = Payloads.page(v, 0, TASKS).getBytes(StandardCharsets.UTF_8);
      LoopbackServer s =
          LoopbackServer.start(LoopbackServer.fixed(LoopbackServer.okJson(page)), DELAY_MS);
      servers.put(v, s);
      clients.put(v, client(v, s.baseUrl()));
    }
  }

  private TaskClient client(Vendor v, String url) {
    String key = GetTaskBenchmark.API_KEY;
    switch (v) {
      case AGENTTASKS -> {
        AgentTasksClient c =
            AgentTasksClient.builder().apiKey(key).baseUrl(url).teamId("t").rateLimit(OFF).build();
        closeables.add(c);
        return TaskClients.of(c);
      }
      case AMPLEMARKET -> {
        AmplemarketClient c =
            AmplemarketClient.builder()
                .apiKey(key)
                .baseUrl(url)
                .userId(USER_ID)
                .rateLimit(OFF)
                .build();
        closeables.add(c);
        return TaskClients.of(c);
      }
      case AMIGO -> {
        AmigoClient c =
            AmigoClient.builder()
                .rateLimit(OFF)
                .apiKey(key)
                .baseUrl(url)
                .workspaceId("3fa85f64-5717-4562-b3fc-2c963f66afa6")
                .build();
        closeables.add(c);
        return TaskClients.of(c);
      }
      case STUUT -> {
        StuutClient c = StuutClient.builder().apiKey(key).baseUrl(url).build();
        closeables.add(c);
        return TaskClients.of(c);
      }
      case VAMBE -> {
        VambeClient c = VambeClient.builder().apiKey(key).baseUrl(url).build();
        closeables.add(c);
        return TaskClients.of(c);
      }
      default -> throw new IllegalArgumentException("vendor " + v);
    }
  }

  /** The query for {@code vendor}: Amigo lists by call SID, Amplemarket by user. */
  static TaskQuery query(Vendor vendor) {
    return switch (vendor) {
      case AMIGO -> TaskQuery.builder().callSid(CALL_SID).build();
      case AMPLEMARKET -> TaskQuery.builder().userId(USER_ID).build();
      default -> TaskQuery.all();
    };
  }

  /** Counts one full listing of {@code vendor} through its facade client. */
  int list(Vendor vendor) {
    int n = 0;
    for (dev.tasksdk.facade.Task t : clients.get(vendor).list(query(vendor))) {
      n++;
    }
    if (n != TASKS) {
      throw new IllegalStateException(vendor + " listed " + n + " tasks, expected " + TASKS);
    }
    return n;
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
    for (LoopbackServer s : servers.values()) {
      s.close();
    }
  }
}
