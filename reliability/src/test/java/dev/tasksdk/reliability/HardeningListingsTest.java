package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.stuut.ListTasksParams;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, classes 4, 5 (next links) and 9: listings end whatever the server sends, a next link is
 * checked as OkHttp will send it, and one rule for empty and null bodies on every vendor.
 */
class HardeningListingsTest {
  private static final String STUUT_TASK =
      "{\"id\":\"t-1\",\"name\":\"call\",\"status\":\"open\",\"type\":\"call\"}";

  /** Requests after which the test server ends any listing. */
  private static final int GUARD = 200;

  private final OkHttpClient shared = Support.sharedHttpClient();
  private final MockWebServer server = Support.server();
  private final MockWebServer elsewhere = Support.server();
  private final AtomicInteger page = new AtomicInteger();
  private volatile Function<RecordedRequest, MockResponse> answer;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            if (server.getRequestCount() > GUARD) {
              // bounds a run on code without the fix: the listing ends, the assertions fail
              return json(
                  200,
                  r.getUrl().encodedPath().startsWith("/v1/")
                      ? "{\"data\":[],\"next_page\":null}"
                      : "{\"tasks\":[]}");
            }
            return answer.apply(r);
          }
        });
    Support.start(server, elsewhere);
  }

  @AfterEach
  void stop() {
    server.close();
    elsewhere.close();
  }

  private String url() {
    return server.url("/").toString();
  }

  private static MockResponse json(int code, String body) {
    return Support.json(code, body);
  }

  /** A 200 Stuut page of {@code data} (tasks, comma-separated) with these totals. */
  private static MockResponse stuutPage(String data, int totalRecords, int nextPage) {
    return json(
        200,
        "{\"data\":["
            + data
            + "],\"current_page\":0,\"total_records\":"
            + totalRecords
            + ",\"next_page\":"
            + nextPage
            + "}");
  }

  /** An empty Stuut page whose next_page grows with every request. */
  private MockResponse emptyStuutPage() {
    return stuutPage("", 0, page.incrementAndGet());
  }

  private StuutClient stuut() {
    return Support.stuut(Support.options(url(), shared, 0).build());
  }

  private AmplemarketClient amplemarket() {
    return Support.amplemarket(Support.options(url(), shared, 0).build());
  }

  // ---- 4. listings are bounded ------------------------------------------------------------

  @Test
  void stuutAutoPaging_whenEveryPageIsEmptyWithAGrowingNextPage_stopsWithAClearError() {
    answer = r -> emptyStuutPage();

    TaskSdkException e =
        assertThrows(
            TaskSdkException.class,
            () -> stuut().listTasksAutoPaging(ListTasksParams.builder().build()).stream().count());

    assertTrue(server.getRequestCount() <= 5, server.getRequestCount() + " requests");
    assertTrue(e.getMessage().contains("empty pages"), e.getMessage());
    assertInstanceOf(InvalidResponseException.class, e);
    Figures.record(
        "hardening.listing.stuut_empty_pages",
        server.getRequestCount() + " requests: " + e.getMessage());
  }

  @Test
  void amplemarketAutoPaging_whenEveryPageIsEmptyWithANewNextLink_stopsWithAClearError() {
    answer =
        r ->
            json(
                200,
                "{\"tasks\":[],\"_links\":{\"next\":{\"href\":\"/tasks?page[after]=c"
                    + page.incrementAndGet()
                    + "\"}}}");

    assertThrows(
        InvalidResponseException.class,
        () ->
            amplemarket()
                .listTasksAutoPaging(dev.tasksdk.amplemarket.ListTasksParams.builder().build())
                .stream()
                .count());

    assertTrue(server.getRequestCount() <= 5, server.getRequestCount() + " requests");
    Figures.record("hardening.listing.amplemarket_empty_pages", server.getRequestCount());
  }

  @Test
  void stuutAutoPaging_whenPagesNeverEnd_stopsAtThePageCap() {
    answer = r -> stuutPage(STUUT_TASK, 1, page.incrementAndGet());

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () ->
                stuut().listTasksAutoPaging(ListTasksParams.builder().build()).maxPages(25).stream()
                    .count());

    assertEquals(25, server.getRequestCount());
    assertTrue(e.getMessage().contains("25 pages"), e.getMessage());
    Figures.record("hardening.listing.page_cap_25", server.getRequestCount() + " requests");
  }

  @Test
  void stuutAutoPaging_withMaxItems_sendsNoRequestAfterTheLastItem() {
    answer = r -> stuutPage(STUUT_TASK + "," + STUUT_TASK, 1, page.incrementAndGet());

    long n =
        stuut().listTasksAutoPaging(ListTasksParams.builder().build()).maxItems(5).stream().count();

    assertEquals(5, n);
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void facadeList_whenEveryStuutPageIsEmpty_maxResultsDoesNotLoopForever() {
    answer = r -> emptyStuutPage();
    TaskClient client = TaskClients.of(stuut());

    assertThrows(
        TaskSdkException.class,
        () -> client.list(TaskQuery.builder().maxResults(5).build()).stream().count());

    assertTrue(server.getRequestCount() <= 5, server.getRequestCount() + " requests");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -2147483648})
  void stuutAutoPaging_whenNextPageIsNegative_failsWithInvalidResponse(int next) {
    answer = r -> stuutPage(STUUT_TASK, 9, next);

    PageFailedException e =
        assertThrows(
            PageFailedException.class,
            () -> stuut().listTasksAutoPaging(ListTasksParams.builder().build()).stream().count());

    assertInstanceOf(InvalidResponseException.class, e.getCause(), e.toString());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void cliList_whenEveryPageIsEmpty_maxBoundsTheRequestsAndExits4() {
    answer = r -> emptyStuutPage();

    CliTest.Run r =
        CliTest.run(CliTest.env(v -> url()), List.of("list", "--vendor", "stuut", "--max", "5"));

    assertEquals(4, r.exit(), r.err());
    assertTrue(server.getRequestCount() <= 5, server.getRequestCount() + " requests");
    Figures.record(
        "hardening.cli.list_max_5_empty_pages",
        server.getRequestCount() + " requests, exit " + r.exit());
  }

  @Test
  void cliList_whenNextPageIsNegative_exits4() {
    answer = r -> stuutPage(STUUT_TASK, 9, -1);

    CliTest.Run r = CliTest.run(CliTest.env(v -> url()), List.of("list", "--vendor", "stuut"));

    assertEquals(4, r.exit(), r.err());
    Figures.record("hardening.cli.negative_next_page", "exit " + r.exit() + ": " + r.err().trim());
  }

  // ---- 5. next links checked after resolution ---------------------------------------------

  static Stream<Arguments> foreignHrefs() {
    return Stream.of(
        Arguments.of("two backslashes", "\\\\%s/tasks?page[after]=x"),
        Arguments.of("slash backslash", "/\\%s/tasks?page[after]=x"),
        Arguments.of("backslash slash", "\\/%s/tasks?page[after]=x"),
        Arguments.of("scheme and backslashes", "http:\\\\%s/tasks"),
        Arguments.of("protocol-relative", "//%s/tasks"),
        Arguments.of("protocol-relative after a space", " //%s/tasks"),
        Arguments.of("tab between slashes", "/\t/%s/tasks"),
        Arguments.of("newline between slashes", "/\n/%s/tasks"),
        Arguments.of("absolute", "http://%s/tasks"),
        Arguments.of("absolute with user info", "http://user@%s/tasks"),
        Arguments.of("localhost spelling", "http://localhost:%2$d/tasks"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("foreignHrefs")
  void amplemarketAutoPaging_whenTheNextLinkLeadsElsewhere_neverFollowsIt(
      String name, String pattern) {
    String hostPort = "127.0.0.1:" + elsewhere.getPort();
    String href = String.format(pattern, hostPort, elsewhere.getPort());
    String jsonHref = href.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    String first =
        Support.example(Vendor.AMPLEMARKET, "ok-listTasks-200-page.json")
            .replaceFirst(
                "(\"next\"\\s*:\\s*\\{\\s*\"href\"\\s*:\\s*)\"[^\"]*\"",
                "$1\"" + java.util.regex.Matcher.quoteReplacement(jsonHref) + "\"");
    assertTrue(first.contains(jsonHref), first);
    answer = r -> json(200, page.getAndIncrement() == 0 ? first : "{\"tasks\":[]}");
    elsewhere.enqueue(json(200, "{\"tasks\":[]}"));
    String outcome;
    try {
      long n =
          amplemarket()
              .listTasksAutoPaging(dev.tasksdk.amplemarket.ListTasksParams.builder().build())
              .stream()
              .count();
      outcome = "followed on the base URL's origin (" + n + " tasks)";
    } catch (TaskSdkException refused) {
      outcome = describe(refused);
    }

    assertEquals(0, elsewhere.getRequestCount(), "followed " + href);
    Figures.record("hardening.next_link." + name.replace(' ', '_'), outcome);
  }

  private static String describe(Throwable e) {
    Throwable t = e.getCause() != null ? e.getCause() : e;
    return t.getClass().getSimpleName() + ": " + t.getMessage().replaceAll(":\\d{2,5}", ":<port>");
  }

  // ---- 9. one rule for empty and null bodies ------------------------------------------------

  @Test
  void vambeListTasks_when204_throwsInvalidResponse() {
    answer = r -> new MockResponse.Builder().code(204).build();
    VambeClient c = Support.vambe(Support.options(url(), shared, 0).build());

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () ->
                c.listTasks(
                    dev.tasksdk.vambe.ListTasksParams.builder()
                        .fromDate(LocalDate.of(2025, 10, 1))
                        .toDate(LocalDate.of(2025, 10, 31))
                        .build()));
    assertEquals(204, e.statusCode());
    Figures.record("hardening.empty.vambe_204", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "", "  null  "})
  void stuutListTasks_whenTheBodyIsNullOrEmpty_throwsInvalidResponse(String body) {
    answer = r -> json(200, body);

    PageFailedException e =
        assertThrows(
            PageFailedException.class,
            () -> stuut().listTasksAutoPaging(ListTasksParams.builder().build()).stream().count());

    assertInstanceOf(InvalidResponseException.class, e.getCause(), e.toString());
    assertThrows(
        InvalidResponseException.class, () -> stuut().listTasks(ListTasksParams.builder().build()));
  }

  static Stream<Arguments> nullBodies() {
    return Stream.of(
        Arguments.of("agenttasks getTask 200 null", 200, "null"),
        Arguments.of("agenttasks getTask 204", 204, null),
        Arguments.of("agenttasks getTask 200 empty", 200, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullBodies")
  void getTask_whenTheBodyIsMissingOrNull_throwsInvalidResponseNeverNull(
      String name, int code, String body) {
    answer = r -> body == null ? new MockResponse.Builder().code(code).build() : json(code, body);
    AgentTasksClient at = Support.agentTasks(Support.options(url(), shared, 0).build());
    AmigoClient amigo = Support.amigo(Support.options(url(), shared, 0).build());

    assertThrows(InvalidResponseException.class, () -> at.getTask("x"));
    assertThrows(InvalidResponseException.class, () -> amigo.getTask(Support.AMIGO_CALL));
    assertThrows(
        InvalidResponseException.class,
        () -> Support.vambe(Support.options(url(), shared, 0).build()).listTeamMembers());
  }

  @Test
  void facadeGet_whenTheBodyIsNull_throwsInvalidResponse() {
    answer = r -> json(200, "null");
    Map<String, Function<String, Object>> gets =
        Map.of(
            "agenttasks",
            id ->
                TaskClients.of(Support.agentTasks(Support.options(url(), shared, 0).build()))
                    .get(id));

    for (Function<String, Object> get : gets.values()) {
      assertThrows(InvalidResponseException.class, () -> get.apply("x"));
    }
  }
}
