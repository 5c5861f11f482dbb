package dev.tasksdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.cli.Fakes.Factory;
import dev.tasksdk.cli.Fakes.Run;
import dev.tasksdk.cli.Fakes.Sandbox;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TimeoutException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.DueSpec;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TasksCommandTest {
  private static final String SECRET = "sk-SENTINEL-123";

  private final Factory factory = new Factory();
  private final Sandbox sandbox = new Sandbox();
  private final Map<String, String> env = new HashMap<>();

  private Run run(String... args) {
    return Fakes.run(env, factory, sandbox, args);
  }

  private static void assertUsage(Run r, String... mentions) {
    assertEquals(2, r.exit(), r.err());
    for (String m : mentions) {
      assertTrue(r.err().contains(m), () -> "stderr should name " + m + ":\n" + r.err());
    }
    assertNoStackTrace(r);
  }

  private static void assertNoStackTrace(Run r) {
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  // ------------------------------------------------------------------------- usage errors

  @Test
  void list_whenUnknownOption_exits2NamingIt() {
    Run r = run("list", "--bogus");
    assertUsage(r, "--bogus", "tasks list --help");
    assertEquals("", r.out());
  }

  @Test
  void list_whenBadDate_exits2NamingOption() {
    assertUsage(run("list", "--from", "2025-13-01"), "--from", "YYYY-MM-DD");
  }

  @Test
  void list_whenBadStatus_exits2NamingOption() {
    assertUsage(run("list", "--status", "sleeping"), "--status", "in_progress");
  }

  @Test
  void list_whenToBeforeFrom_exits2() {
    assertUsage(run("list", "--from", "2025-10-02", "--to", "2025-10-01"), "--to", "--from");
  }

  @Test
  void list_whenMaxZero_exits2() {
    assertUsage(run("list", "--max", "0"), "--max");
  }

  @Test
  void list_whenFormatUnknown_exits2() {
    assertUsage(run("list", "--format", "xml"), "--format");
  }

  @Test
  void create_whenBadPriority_exits2NamingOption() {
    assertUsage(
        run("create", "--vendor", "vambe", "--title", "x", "--priority", "extreme"),
        "--priority",
        "low, normal, high, urgent");
    assertTrue(factory.clients.isEmpty());
  }

  @Test
  void create_whenDueTimeWithoutTimezone_exits2NamingTimezone() {
    assertUsage(
        run("create", "--vendor", "vambe", "--title", "x", "--due", "2025-10-25T14:00"),
        "--timezone");
  }

  @Test
  void create_whenBadDue_exits2() {
    assertUsage(run("create", "--vendor", "vambe", "--title", "x", "--due", "tomorrow"), "--due");
  }

  @Test
  void create_whenBadTimezone_exits2() {
    assertUsage(
        run(
            "create",
            "--vendor",
            "vambe",
            "--title",
            "x",
            "--due",
            "2025-10-25T14:00",
            "--timezone",
            "Mars/Base"),
        "--timezone");
  }

  @Test
  void create_whenTitleMissing_exits2() {
    assertUsage(run("create", "--vendor", "vambe"), "--title");
  }

  @Test
  void create_whenBlankTitle_exits2WithBuilderMessage() {
    assertUsage(run("create", "--vendor", "vambe", "--title", " "), "error: title is blank");
  }

  @Test
  void get_whenRefHasNoColon_exits2NamingRef() {
    assertUsage(run("get", "12345"), "REF", "vendor:id");
  }

  @Test
  void get_whenRefVendorUnknown_exits2() {
    assertUsage(run("get", "jira:1"), "REF", "unknown vendor 'jira'");
  }

  @Test
  void list_whenLiveWithoutKey_exits2NamingVariable() {
    env.put("AGENTTASKS_API_KEY", SECRET);
    Run r = run("list", "--live");
    assertUsage(r, "AMPLEMARKET_API_KEY");
    assertTrue(sandbox.started.isEmpty());
    assertFalse(r.err().contains(SECRET));
  }

  @Test
  void get_whenLiveAsGlobalOptionBeforeCommand_exits2NamingVariable() {
    assertUsage(run("--live", "get", "vambe:1"), "VAMBE_API_KEY");
  }

  @Test
  void list_whenSandboxAndLive_exits2() {
    assertUsage(run("list", "--sandbox", "--live"), "--sandbox", "--live");
  }

  @Test
  void update_whenNothingToChange_exits2() {
    assertUsage(run("update", "vambe:1"), "nothing to change");
  }

  @Test
  void update_whenDueAndClearDue_exits2() {
    assertUsage(run("update", "vambe:1", "--due", "2025-10-28", "--clear-due"), "--clear-due");
  }

  @Test
  void timeout_whenNotADuration_exits2() {
    assertUsage(run("list", "--timeout", "soon"), "--timeout");
  }

  @Test
  void noCommand_exits2WithUsage() {
    Run r = run();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Usage: tasks"), r.err());
  }

  @Test
  void help_onEveryCommand_exits0() {
    for (String c :
        List.of(
            "vendors",
            "list",
            "get",
            "create",
            "update",
            "complete",
            "skip",
            "cancel",
            "claim",
            "move",
            "assign",
            "delete",
            "webhook")) {
      Run r = run(c, "--help");
      assertEquals(0, r.exit(), c);
      assertTrue(r.out().contains("Usage: tasks " + c), r.out());
    }
    Run v = run("webhook", "verify", "--help");
    assertEquals(0, v.exit());
    assertTrue(v.out().contains("--secret-env"));
  }

  @Test
  void version_printsVersion() {
    Run r = run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("tasks "), r.out());
  }

  // ----------------------------------------------------------------------- live / sandbox

  @Test
  void list_whenNoKeys_runsAllOnSandboxWithOneNoteAndSampleIds() {
    factory.tasks(Vendor.VAMBE, Task.builder(Vendor.VAMBE, "v1").title("Call back").build());
    Run r = run("list");
    assertEquals(0, r.exit(), r.err());
    assertEquals(5, sandbox.started.size());
    assertEquals(1, r.err().lines().filter(l -> l.contains("sandbox")).count(), r.err());
    assertTrue(r.out().contains("Call back"));
    Map<String, String> amigo = factory.envs.get(Vendor.AMIGO);
    assertEquals("http://127.0.0.1:9", amigo.get("AMIGO_BASE_URL"));
    assertEquals("3fa85f64-5717-4562-b3fc-2c963f66afa6", amigo.get("AMIGO_WORKSPACE_ID"));
    assertEquals(
        "CA1234567890abcdef1234567890abcdef",
        factory.clients.get(Vendor.AMIGO).lastQuery.callSid().orElseThrow());
    assertEquals(
        "0198f652-bc9b-79c2-8b91-60e1bd43e45d",
        factory.clients.get(Vendor.AMPLEMARKET).lastQuery.userId().orElseThrow());
  }

  @Test
  void list_whenKeySet_runsThatVendorLiveWithoutNote() {
    env.put("VAMBE_API_KEY", SECRET);
    Run r = run("list", "--vendor", "vambe");
    assertEquals(0, r.exit(), r.err());
    assertTrue(sandbox.started.isEmpty());
    assertEquals("", r.err());
    assertEquals(SECRET, factory.envs.get(Vendor.VAMBE).get("VAMBE_API_KEY"));
  }

  @Test
  void list_whenSandboxForced_ignoresKeys() {
    env.put("VAMBE_API_KEY", SECRET);
    Run r = run("--sandbox", "list", "--vendor", "vambe");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(Vendor.VAMBE), sandbox.started);
    assertEquals("sandbox", factory.envs.get(Vendor.VAMBE).get("VAMBE_API_KEY"));
  }

  @Test
  void list_whenLiveAmplemarketHasNoUser_skipsItWithNoteAndListsOthers() {
    env.put("AMPLEMARKET_API_KEY", SECRET);
    env.put("AMIGO_API_KEY", SECRET);
    factory.tasks(Vendor.STUUT, Task.builder(Vendor.STUUT, "s1").title("Invoice").build());
    Run r = run("list");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("--user"), r.err());
    assertTrue(r.err().contains("--call"), r.err());
    assertTrue(r.out().contains("Invoice"));
    assertTrue(factory.clients.get(Vendor.AMPLEMARKET).lastQuery == null);
  }

  @Test
  void list_whenOnlyAmplemarketWithoutUser_exits2() {
    env.put("AMPLEMARKET_API_KEY", SECRET);
    assertUsage(run("list", "--vendor", "amplemarket"), "--user", "AMPLEMARKET_USER_ID");
  }

  @Test
  void list_whenUserGiven_passesItToAmplemarketOnly() {
    env.put("AMPLEMARKET_API_KEY", SECRET);
    env.put("VAMBE_API_KEY", SECRET);
    Run r = run("list", "--vendor", "amplemarket", "--vendor", "vambe", "--user", "u-1");
    assertEquals(0, r.exit(), r.err());
    assertEquals("u-1", factory.clients.get(Vendor.AMPLEMARKET).lastQuery.userId().orElseThrow());
    assertTrue(factory.clients.get(Vendor.VAMBE).lastQuery.userId().isEmpty());
  }

  @Test
  void list_filtersReachTheQuery() {
    env.put("AGENTTASKS_API_KEY", SECRET);
    Run r =
        run(
            "list",
            "--vendor",
            "agenttasks",
            "--status",
            "open",
            "--status",
            "in-progress",
            "--assignee",
            "a1",
            "--from",
            "2025-10-01",
            "--to",
            "2025-10-31",
            "--search",
            "q",
            "--project",
            "p1",
            "--team",
            "t1",
            "--max",
            "7");
    assertEquals(0, r.exit(), r.err());
    var q = factory.clients.get(Vendor.AGENTTASKS).lastQuery;
    assertEquals(java.util.Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), q.statuses());
    assertEquals(List.of("a1"), q.assignees());
    assertEquals(LocalDate.of(2025, 10, 1), q.dueFrom().orElseThrow());
    assertEquals(LocalDate.of(2025, 10, 31), q.dueTo().orElseThrow());
    assertEquals("q", q.text().orElseThrow());
    assertEquals("p1", q.projectId().orElseThrow());
    assertEquals(7L, q.maxResults().orElseThrow());
    assertEquals("t1", factory.envs.get(Vendor.AGENTTASKS).get("AGENTTASKS_TEAM_ID"));
  }

  @Test
  void list_whenMax_stopsAcrossPagesAndOverall() {
    env.put("STUUT_API_KEY", SECRET);
    factory.pageSize = 2;
    Task[] ts = new Task[5];
    for (int i = 0; i < 5; i++) {
      ts[i] = Task.builder(Vendor.STUUT, "s" + i).title("t" + i).build();
    }
    factory.tasks(Vendor.STUUT, ts);
    Run r = run("list", "--vendor", "stuut", "--max", "3", "--format", "ndjson");
    assertEquals(0, r.exit(), r.err());
    assertEquals(3, r.out().lines().count(), r.out());
  }

  @Test
  void list_whenNotATerminal_printsNoProgress() {
    env.put("STUUT_API_KEY", SECRET);
    factory.pageSize = 1;
    factory.tasks(
        Vendor.STUUT,
        Task.builder(Vendor.STUUT, "a").build(),
        Task.builder(Vendor.STUUT, "b").build());
    Run r = run("list", "--vendor", "stuut");
    assertEquals("", r.err());
  }

  // ---------------------------------------------------------------------------- exit codes

  private static ServiceException http(int status) {
    return ServiceException.builder()
        .vendor(Vendor.VAMBE)
        .operation("getTask")
        .statusCode(status)
        .detail("nope")
        .build();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400,3",
    "401,3",
    "404,3",
    "409,3",
    "422,3",
    "429,3",
    "500,4",
    "503,4",
    "connection,4",
    "timeout,4",
    "invalid,4",
    "unsupported,5",
    "illegal,2",
    "paged404,3",
    "other,1"
  })
  void get_whenClientThrows_exitsWithMappedCode(String kind, int code) {
    env.put("VAMBE_API_KEY", SECRET);
    Supplier<RuntimeException> e =
        switch (kind) {
          case "connection" ->
              () -> new ConnectionException(Vendor.VAMBE, "getTask", "connection refused", null);
          case "timeout" -> () -> new TimeoutException(Vendor.VAMBE, "getTask", "timed out", null);
          case "invalid" ->
              () ->
                  new InvalidResponseException(Vendor.VAMBE, "getTask", 200, null, "<html>", null);
          case "unsupported" -> () -> new UnsupportedCapabilityException(Vendor.VAMBE, "claim");
          case "illegal" -> () -> new IllegalArgumentException("assignee is blank");
          case "paged404" -> () -> new PageFailedException(null, http(404));
          case "other" -> () -> new IllegalStateException("boom");
          default -> () -> http(Integer.parseInt(kind));
        };
    factory.failing(Vendor.VAMBE, e);
    Run r = run("get", "vambe:1");
    assertEquals(code, r.exit(), r.err());
    assertTrue(r.err().startsWith("error: "), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains(SECRET));
  }

  @Test
  void get_whenVerbose_printsStackTrace() {
    env.put("VAMBE_API_KEY", SECRET);
    factory.failing(Vendor.VAMBE, () -> http(404));
    Run r = run("get", "vambe:1", "--verbose");
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void list_whenOneVendorFails_printsOthersAndExits1() {
    env.put("VAMBE_API_KEY", SECRET);
    env.put("STUUT_API_KEY", SECRET);
    factory.tasks(Vendor.STUUT, Task.builder(Vendor.STUUT, "s1").title("Invoice").build());
    factory.failing(Vendor.VAMBE, () -> http(500));
    Run r = run("list", "--vendor", "stuut", "--vendor", "vambe");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("Invoice"));
    assertTrue(r.err().contains("error: vambe: Vambe getTask failed: HTTP 500"), r.err());
  }

  @Test
  void list_whenEveryVendorFails_exitsWithTheirCode() {
    env.put("VAMBE_API_KEY", SECRET);
    factory.failing(Vendor.VAMBE, () -> http(401));
    Run r = run("list", "--vendor", "vambe");
    assertEquals(3, r.exit(), r.err());
  }

  @Test
  void list_whenSandboxCannotStart_reportsVendorAndExits4() {
    sandbox.failure = new IllegalStateException("Install Docker or Node.js 18+ with npm");
    Run r = run("list", "--vendor", "vambe");
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains("sandbox for vambe could not start"), r.err());
    assertTrue(r.err().contains("Install Docker"), r.err());
  }

  @Test
  void list_whenSandboxFailsForOneVendorOnly_exits1() {
    env.put("STUUT_API_KEY", SECRET);
    sandbox.failure = new IllegalStateException("no node");
    Run r = run("list", "--vendor", "stuut", "--vendor", "vambe");
    assertEquals(1, r.exit(), r.err());
  }

  // ------------------------------------------------------------------------ task commands

  @Test
  void create_passesEveryOptionToNewTask() {
    env.put("VAMBE_API_KEY", SECRET);
    Run r =
        run(
            "create",
            "--vendor",
            "vambe",
            "--title",
            "Call",
            "--description",
            "d",
            "--priority",
            "HIGH",
            "--due",
            "2025-10-25T14:00",
            "--timezone",
            "America/Santiago",
            "--assignee",
            "a1",
            "--assignee",
            "a2",
            "--format",
            "json");
    assertEquals(0, r.exit(), r.err());
    var t = factory.clients.get(Vendor.VAMBE).lastNew;
    assertEquals("Call", t.title());
    assertEquals("d", t.description().orElseThrow());
    assertEquals(TaskPriority.HIGH, t.priority().orElseThrow());
    assertEquals(
        DueSpec.at(LocalDate.of(2025, 10, 25), LocalTime.of(14, 0), ZoneId.of("America/Santiago")),
        t.due().orElseThrow());
    assertEquals(List.of("a1", "a2"), t.assignees());
    assertTrue(r.out().contains("\"id\": \"new-1\""), r.out());
  }

  @Test
  void update_clearDue_sendsClear() {
    env.put("VAMBE_API_KEY", SECRET);
    Run r = run("update", "vambe:v1", "--clear-due");
    assertEquals(0, r.exit(), r.err());
    assertTrue(factory.clients.get(Vendor.VAMBE).lastUpdate.due().isClear());
    assertTrue(factory.clients.get(Vendor.VAMBE).lastUpdate.title().isAbsent());
  }

  @Test
  void refCommands_callTheClientWithTheId() {
    env.put("AGENTTASKS_API_KEY", SECRET);
    assertEquals(0, run("complete", "agenttasks:t1", "--result", "R").exit());
    assertEquals(0, run("claim", "agenttasks:t2").exit());
    assertEquals(0, run("move", "agenttasks:t3", "--status", "in_progress").exit());
    assertEquals(0, run("assign", "agenttasks:t4", "--assignee", "a", "b").exit());
    assertEquals(0, run("cancel", "agenttasks:t5").exit());
    Run del = run("delete", "agenttasks:t6");
    assertEquals("deleted agenttasks:t6\n", del.out());
    Run skip = run("skip", "agenttasks:t7");
    assertEquals("skipped agenttasks:t7\n", skip.out());
    Run skipJson = run("skip", "agenttasks:t8", "--format", "json");
    assertEquals("[]\n", skipJson.out());
    assertEquals(
        List.of(
            "complete t1 R",
            "claim t2",
            "move t3 in_progress",
            "assign t4 [a, b]",
            "cancel t5",
            "delete t6",
            "skip t7",
            "skip t8"),
        factory.calls);
  }

  @Test
  void claim_whenVendorLacksIt_exits5BeforeStartingTheSandbox() {
    Run r = run("claim", "stuut:42");
    assertEquals(5, r.exit(), r.err());
    assertEquals("error: Stuut does not support claim\n", r.err());
    assertTrue(sandbox.started.isEmpty());
  }

  @Test
  void ref_withColonsInId_keepsThemInTheId() {
    env.put("VAMBE_API_KEY", SECRET);
    run("get", "vambe:a:b");
    assertEquals(List.of("get a:b"), factory.clients.get(Vendor.VAMBE).calls);
  }

  // ------------------------------------------------------------------------------ vendors

  @Test
  void vendors_printsMatrixWithModes() {
    env.put("AGENTTASKS_API_KEY", SECRET);
    Run r = run("vendors");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("\\s+amplemarket\\s+amigo\\s+agenttasks\\s+stuut\\s+vambe"));
    assertTrue(lines.get(1).matches("mode\\s+sandbox\\s+sandbox\\s+live\\s+sandbox\\s+sandbox"));
    assertTrue(r.out().contains("filter_user_id"), r.out());
    assertTrue(sandbox.started.isEmpty());
  }

  @Test
  void vendors_json_hasModeAndCapabilities() {
    Run r = run("vendors", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    var arr = com.google.gson.JsonParser.parseString(r.out()).getAsJsonArray();
    assertEquals(5, arr.size());
    var amigo = arr.get(1).getAsJsonObject();
    assertEquals("amigo", amigo.get("vendor").getAsString());
    assertEquals("sandbox", amigo.get("mode").getAsString());
    assertEquals("native", amigo.getAsJsonObject("capabilities").get("list").getAsString());
    assertEquals("filter_call_sid", amigo.getAsJsonArray("requiredForList").get(0).getAsString());
  }

  // ------------------------------------------------------------------------------ webhook

  @Test
  void webhookVerify_whenSignatureMatches_printsEvent() {
    env.put("HOOK_SECRET", "s3cret");
    Run r =
        Fakes.runWithStdin(
            env,
            factory,
            sandbox,
            "{\"event\":\"task.created\"}",
            "webhook",
            "verify",
            "--secret-env",
            "HOOK_SECRET",
            "--signature",
            "sha256=s3cret");
    assertEquals(0, r.exit(), r.err());
    assertEquals("{\"event\":\"task.created\"}\n", r.out());
  }

  @Test
  void webhookVerify_whenSecretVariableMissing_exits2NamingIt() {
    assertUsage(
        run("webhook", "verify", "--secret-env", "NOPE", "--signature", "sha256=00"), "NOPE");
  }

  @Test
  void webhookVerify_whenSignatureWrong_exits2WithoutSecret() {
    env.put("HOOK_SECRET", "s3cret");
    Run r = run("webhook", "verify", "--secret-env", "HOOK_SECRET", "--signature", "sha256=00");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("signature does not match"), r.err());
    assertFalse(r.err().contains("s3cret"));
  }
}
