package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.agenttasks.ListTasksParams;
import dev.tasksdk.agenttasks.model.Task;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.stuut.StuutClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paging through 10,000 tasks: random pages fail transiently and every task is still seen exactly
 * once; one page fails for good and the error's resume point yields exactly the rest.
 */
class NothingLostTest {
  static final int TASKS = 10_000;
  static final List<String> IDS =
      IntStream.range(0, TASKS).mapToObj(i -> String.format("t%05d", i)).toList();

  private final OkHttpClient shared = Support.sharedHttpClient();
  private final MockWebServer server = new MockWebServer();
  private final Random random = new Random(42);
  private final AtomicInteger transientFailures = new AtomicInteger();

  /** Requests for the page after this cursor / page number fail with 500 while it is set. */
  private volatile String brokenAfter;

  private volatile double transientRate;

  @BeforeEach
  void start() throws Exception {
    server.setServerSocketFactory(new ResettingServerSockets());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            double x;
            synchronized (random) {
              x = random.nextDouble();
            }
            if (x < transientRate) {
              transientFailures.incrementAndGet();
              return x < transientRate / 2
                  ? VendorServers.json(503, "{\"error\":\"unavailable\"}")
                  : new MockResponse.Builder()
                      .onResponseStart(new mockwebserver3.SocketEffect.CloseSocket())
                      .build();
            }
            HttpUrl url = r.getUrl();
            return url.encodedPath().startsWith("/v1/") ? stuutPage(url) : agentTasksPage(url);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private MockResponse agentTasksPage(HttpUrl url) {
    String cursor = url.queryParameter("cursor");
    if (cursor != null && cursor.equals(brokenAfter)) {
      return VendorServers.json(500, "{\"error\":\"Internal error\",\"code\":\"INTERNAL\"}");
    }
    int limit = Integer.parseInt(url.queryParameter("limit"));
    int from = cursor == null ? 0 : IDS.indexOf(cursor) + 1;
    String body =
        IDS.subList(from, Math.min(TASKS, from + limit)).stream()
            .map(id -> "{\"id\":\"" + id + "\",\"title\":\"" + id + "\",\"status\":\"todo\"}")
            .collect(Collectors.joining(",", "[", "]"));
    return VendorServers.json(200, body);
  }

  private MockResponse stuutPage(HttpUrl url) {
    String page = url.queryParameter("page") == null ? "1" : url.queryParameter("page");
    if (page.equals(brokenAfter)) {
      return VendorServers.json(500, "{\"message\":\"Internal error\"}");
    }
    int n = Integer.parseInt(page);
    int limit = Integer.parseInt(url.queryParameter("limit"));
    int from = (n - 1) * limit;
    String data =
        IDS.subList(from, Math.min(TASKS, from + limit)).stream()
            .map(id -> "{\"id\":\"" + id + "\",\"label\":\"" + id + "\",\"status\":\"open\"}")
            .collect(Collectors.joining(","));
    Integer next = from + limit < TASKS ? n + 1 : null;
    return VendorServers.json(
        200,
        "{\"data\":["
            + data
            + "],\"current_page\":"
            + n
            + ",\"total_records\":"
            + TASKS
            + ",\"next_page\":"
            + next
            + "}");
  }

  private AgentTasksClient agentTasks() {
    return Support.agentTasks(Support.options(server.url("/").toString(), shared, 4).build());
  }

  private static void assertExactlyOnce(List<String> seen, List<String> expected) {
    Map<String, Integer> counts = new HashMap<>();
    seen.forEach(id -> counts.merge(id, 1, Integer::sum));
    List<String> duplicates =
        counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    assertEquals(List.of(), duplicates, "seen more than once");
    assertEquals(expected, seen);
  }

  @Test
  void facadeList_whenRandomPagesFailTransiently_seesEveryTaskExactlyOnce() {
    transientRate = 0.2;
    TaskClient client = TaskClients.of(agentTasks());
    List<String> seen = new ArrayList<>();
    client.list(TaskQuery.builder().pageSize(100).build()).forEach(t -> seen.add(t.id()));

    Figures.record("paging.agenttasks.tasks_seen", seen.size());
    Figures.record("paging.agenttasks.transient_failures_injected", transientFailures.get());
    Figures.record("paging.agenttasks.requests", server.getRequestCount());
    assertTrue(transientFailures.get() > 5, "the run injected few failures");
    assertExactlyOnce(seen, IDS);
  }

  @Test
  void agentTasksPager_whenOnePageFailsForGood_resumesWithExactlyTheRest() {
    transientRate = 0.1;
    brokenAfter = "t04999";
    AgentTasksClient client = agentTasks();
    ListTasksParams params = ListTasksParams.builder().limit(100).build();
    List<String> seen = new ArrayList<>();

    PageFailedException e =
        assertThrows(
            PageFailedException.class,
            () -> client.listTasksAutoPaging(params).forEach(t -> seen.add(t.getId())));

    assertEquals(PageToken.of("t04999"), e.resumeToken());
    ServerErrorException cause = assertInstanceOf(ServerErrorException.class, e.getCause());
    assertEquals(500, cause.statusCode());
    assertExactlyOnce(seen, IDS.subList(0, 5000));
    Figures.record(
        "paging.agenttasks.failed_for_good", e.getClass().getSimpleName() + ": " + e.getMessage());

    brokenAfter = null;
    AutoPager<Task> rest =
        AutoPager.of(token -> client.listTasksPage(params, token), e.resumeToken());
    rest.forEach(t -> seen.add(t.getId()));
    assertExactlyOnce(seen, IDS);
  }

  @Test
  void facadeIterator_whenOnePageFailsForGood_continuesWhereItStoppedOnceItRecovers() {
    brokenAfter = "t02999";
    TaskClient client = TaskClients.of(agentTasks());
    Iterator<dev.tasksdk.facade.Task> it =
        client.list(TaskQuery.builder().pageSize(100).build()).iterator();
    List<String> seen = new ArrayList<>();
    PageFailedException e =
        assertThrows(
            PageFailedException.class,
            () -> {
              while (it.hasNext()) {
                seen.add(it.next().id());
              }
            });
    assertEquals(PageToken.of("t02999"), e.resumeToken());
    assertExactlyOnce(seen, IDS.subList(0, 3000));

    brokenAfter = null;
    while (it.hasNext()) {
      seen.add(it.next().id());
    }
    assertExactlyOnce(seen, IDS);
  }

  @Test
  void stuutPager_whenOnePageFailsForGood_resumesWithExactlyTheRest() {
    transientRate = 0.1;
    brokenAfter = "27";
    StuutClient client =
        Support.stuut(Support.options(server.url("/").toString(), shared, 4).build());
    dev.tasksdk.stuut.ListTasksParams params =
        dev.tasksdk.stuut.ListTasksParams.builder().limit(200).build();
    List<String> seen = new ArrayList<>();

    PageFailedException e =
        assertThrows(
            PageFailedException.class,
            () -> client.listTasksAutoPaging(params).forEach(t -> seen.add(t.getId())));
    assertExactlyOnce(seen, IDS.subList(0, 26 * 200));
    assertEquals(PageToken.of("27"), e.resumeToken());

    brokenAfter = null;
    client.listTasksAutoPaging(params, e.resumeToken()).forEach(t -> seen.add(t.getId()));
    assertExactlyOnce(seen, IDS);
    Figures.record("paging.stuut.resumed_from_page", e.resumeToken().value());
  }
}
