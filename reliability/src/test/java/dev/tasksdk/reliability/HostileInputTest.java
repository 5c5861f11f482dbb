package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.Secret;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskRef;
import dev.tasksdk.facade.TaskStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input to every builder and parser a user calls: the outcome is a value, or an
 * IllegalArgumentException (a NullPointerException only for an explicit null) whose message names
 * the field; never another exception, never the key.
 *
 * <p>Seeded property-style tests: each method runs a fixed number of cases drawn by {@link Inputs}
 * (fixed seed, printed in every failure message, {@code -Dreliability.seed=N} to vary it).
 */
class HostileInputTest {

  /** Runs {@code call}; an exception must be IAE (or NPE for a null input) naming {@code field}. */
  static void namesTheField(String field, Object input, Runnable call) {
    try {
      call.run();
    } catch (IllegalArgumentException | NullPointerException e) {
      if (e instanceof NullPointerException && input != null) {
        fail(
            "NullPointerException for non-null input " + show(input) + ": " + e + Inputs.seedNote(),
            e);
      }
      String m = e.getMessage();
      assertTrue(m != null && !m.isBlank(), "no message: " + e + Inputs.seedNote());
      assertTrue(
          java.util.Arrays.stream(field.split("\\|"))
              .anyMatch(f -> normalise(m).contains(normalise(f))),
          "message does not name "
              + field
              + ": "
              + m
              + " (input "
              + show(input)
              + ")"
              + Inputs.seedNote());
      assertFalse(m.contains(Support.SENTINEL), m + Inputs.seedNote());
    } catch (RuntimeException e) {
      fail("unexpected " + e + " for " + field + " = " + show(input) + Inputs.seedNote(), e);
    }
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }

  private static String show(Object o) {
    return Inputs.show(o);
  }

  private static final String NAME = "#{index}";

  // ---- sdk-core ---------------------------------------------------------------------------

  static Stream<Arguments> clientOptions_strings() {
    return Inputs.cases("clientOptions_strings", 300, in -> new Object[] {in.nasty()});
  }

  @ParameterizedTest(name = NAME)
  @MethodSource
  void clientOptions_strings(String s) {
    namesTheField("baseUrl", s, () -> ClientOptions.builder().baseUrl(s).apiKey("k").build());
    namesTheField("apiKey", s, () -> ClientOptions.builder().apiKey(s).build());
    namesTheField("apiKey", s, () -> Secret.of(s));
    namesTheField("userAgentSuffix", s, () -> ClientOptions.builder().userAgentSuffix(s).build());
    namesTheField("header", s, () -> ClientOptions.builder().header(s, "v").build());
    namesTheField("header", s, () -> ClientOptions.builder().header("X-Ok", s).build());
    namesTheField("header", s, () -> RequestOptions.builder().header(s, "v").build());
    namesTheField("idempotencyKey", s, () -> RequestOptions.builder().idempotencyKey(s).build());
    namesTheField("value", s, () -> PageToken.of(s));
  }

  static Stream<Arguments> clientOptions_numbers() {
    return Inputs.cases(
        "clientOptions_numbers", 200, in -> new Object[] {in.anyMillis(), in.anyInt()});
  }

  @ParameterizedTest(name = NAME)
  @MethodSource
  void clientOptions_numbers(long ms, Integer n) {
    Duration d = Duration.ofMillis(ms);
    namesTheField("connectTimeout", d, () -> ClientOptions.builder().connectTimeout(d).build());
    namesTheField("readTimeout", d, () -> ClientOptions.builder().readTimeout(d).build());
    namesTheField("callTimeout", d, () -> ClientOptions.builder().callTimeout(d).build());
    namesTheField("retryBudget", d, () -> ClientOptions.builder().retryBudget(d).build());
    namesTheField("initialBackoff", d, () -> ClientOptions.builder().initialBackoff(d).build());
    namesTheField("timeout", d, () -> RequestOptions.builder().timeout(d).build());
    if (n != null) {
      namesTheField("maxRetries", n, () -> ClientOptions.builder().maxRetries(n).build());
    }
    namesTheField("maxRetries", n, () -> RequestOptions.builder().maxRetries(n).build());
  }

  // ---- vendor parameters --------------------------------------------------------------------

  static Stream<Arguments> agentTasksAndStuutParams() {
    return Inputs.cases(
        "agentTasksAndStuutParams", 300, in -> new Object[] {in.nasty(), in.anyInt()});
  }

  @ParameterizedTest(name = NAME)
  @MethodSource
  void agentTasksAndStuutParams(String s, Integer n) {
    namesTheField(
        "status", s, () -> dev.tasksdk.agenttasks.ListTasksParams.builder().status(s).build());
    namesTheField(
        "cursor", s, () -> dev.tasksdk.agenttasks.ListTasksParams.builder().cursor(s).build());
    namesTheField(
        "projectId",
        s,
        () -> dev.tasksdk.agenttasks.ListTasksParams.builder().projectId(s).build());
    namesTheField(
        "limit", n, () -> dev.tasksdk.agenttasks.ListTasksParams.builder().limit(n).build());
    namesTheField("limit", n, () -> dev.tasksdk.stuut.ListTasksParams.builder().limit(n).build());
    namesTheField("page", n, () -> dev.tasksdk.stuut.ListTasksParams.builder().page(n).build());
    namesTheField(
        "status", s, () -> dev.tasksdk.stuut.ListTasksParams.builder().addStatus(s).build());
    namesTheField(
        "assignee", s, () -> dev.tasksdk.stuut.ListTasksParams.builder().assignee(s).build());
    namesTheField("type", s, () -> dev.tasksdk.stuut.ListTasksParams.builder().type(s).build());
  }

  static Stream<Arguments> amplemarketParams() {
    return Inputs.cases("amplemarketParams", 300, in -> new Object[] {in.nasty(), in.anyInt()});
  }

  @ParameterizedTest(name = NAME)
  @MethodSource
  void amplemarketParams(String s, Integer n) {
    namesTheField(
        "userId", s, () -> dev.tasksdk.amplemarket.ListTasksParams.builder().userId(s).build());
    namesTheField(
        "status",
        s,
        () -> dev.tasksdk.amplemarket.ListTasksParams.builder().userId("u").status(s).build());
    namesTheField(
        "pageSize",
        n,
        () ->
            dev.tasksdk.amplemarket.ListTasksParams.builder()
                .userId("u")
                .pageSize(String.valueOf(n))
                .build());
    namesTheField(
        "contactLocalTime",
        n,
        () ->
            dev.tasksdk.amplemarket.ListTasksParams.builder()
                .userId("u")
                .contactLocalTimeFrom(n)
                .build());
    namesTheField(
        "messageOpens",
        n,
        () ->
            dev.tasksdk.amplemarket.ListTasksParams.builder().userId("u").messageOpens(n).build());
  }

  static Stream<Arguments> vambeParams() {
    return Inputs.cases("vambeParams", 300, in -> new Object[] {in.nasty()});
  }

  @ParameterizedTest(name = NAME)
  @MethodSource
  void vambeParams(String s) {
    namesTheField(
        "title",
        s,
        () ->
            dev.tasksdk.vambe.CreateTaskParams.builder()
                .title(s)
                .priority(dev.tasksdk.vambe.Priority.LOW.wireValue())
                .addResponsibleId("228d7a0d-9072-4ca8-939b-959b75cc606a")
                .build());
    namesTheField("dueDate", s, () -> vambeCreate().dueDate(s).build());
    namesTheField(
        "dueTime",
        s,
        () -> vambeCreate().dueDate("2025-10-25").timezone("America/Santiago").dueTime(s).build());
    namesTheField("timezone", s, () -> vambeCreate().dueDate("2025-10-25").timezone(s).build());
    namesTheField("responsibleIds", s, () -> vambeCreate().addResponsibleId(s).build());
    namesTheField(
        "searchFilter",
        s,
        () ->
            dev.tasksdk.vambe.ListTasksParams.builder()
                .fromDate(LocalDate.of(2025, 1, 1))
                .toDate(LocalDate.of(2025, 2, 1))
                .searchFilter(s)
                .build());
  }

  static Stream<Arguments> amigoWorkspaceId() {
    return Inputs.cases("amigoWorkspaceId", 200, in -> new Object[] {in.nasty()});
  }

  @ParameterizedTest(name = NAME)
  @MethodSource
  void amigoWorkspaceId(String s) {
    namesTheField(
        "workspaceId",
        s,
        () -> AmigoClient.builder().apiKey(Support.SENTINEL).workspaceId(s).build());
  }

  // ---- facade -------------------------------------------------------------------------------

  static Stream<Arguments> facadeQueryAndValues() {
    return Inputs.cases("facadeQueryAndValues", 300, in -> new Object[] {in.nasty(), in.anyInt()});
  }

  @ParameterizedTest(name = NAME)
  @MethodSource
  void facadeQueryAndValues(String s, Integer n) {
    namesTheField("ref|vendor", s, () -> TaskRef.parse(s));
    namesTheField("priority", s, () -> TaskPriority.parse(s));
    namesTheField("status", s, () -> TaskStatus.parse(s));
    namesTheField("type", s, () -> TaskQuery.builder().type(s).build());
    namesTheField("text", s, () -> TaskQuery.builder().text(s).build());
    namesTheField("callSid", s, () -> TaskQuery.builder().callSid(s).build());
    namesTheField("userId", s, () -> TaskQuery.builder().userId(s).build());
    namesTheField("projectId", s, () -> TaskQuery.builder().projectId(s).build());
    namesTheField("assignee", s, () -> TaskQuery.builder().assignee(s).build());
    namesTheField("title", s, () -> NewTask.builder(s).build());
    namesTheField("assignee", s, () -> NewTask.builder("t").assignee(s).build());
    if (n != null) {
      namesTheField("pageSize", n, () -> TaskQuery.builder().pageSize(n).build());
      namesTheField("maxResults", n, () -> TaskQuery.builder().maxResults(n).build());
    }
  }

  static Stream<Arguments> facadeDueWindow() {
    return Inputs.cases("facadeDueWindow", 100, in -> new Object[] {in.anyInt(), in.anyInt()});
  }

  @ParameterizedTest(name = NAME)
  @MethodSource
  void facadeDueWindow(Integer a, Integer b) {
    if (a == null || b == null) {
      return;
    }
    LocalDate from = LocalDate.of(2025, 1, 1).plusDays(a);
    LocalDate to = LocalDate.of(2025, 1, 1).plusDays(b);
    namesTheField("due", from, () -> TaskQuery.builder().dueFrom(from).dueTo(to).build());
  }

  /** A Vambe create with every required field valid, for varying one more. */
  private static dev.tasksdk.vambe.CreateTaskParams.Builder vambeCreate() {
    return dev.tasksdk.vambe.CreateTaskParams.builder()
        .title("t")
        .priority(dev.tasksdk.vambe.Priority.LOW.wireValue())
        .addResponsibleId("228d7a0d-9072-4ca8-939b-959b75cc606a");
  }
}
