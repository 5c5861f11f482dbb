package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.cli.TasksCommand;
import dev.tasksdk.core.Vendor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI under hostile arguments and failing servers: exit codes 0-5 only, never a stack trace
 * without --verbose, and the key in no output, --verbose included.
 *
 * <p>Seeded property-style tests: argument lists are drawn by {@link Inputs} (fixed seed, printed
 * in every failure message, {@code -Dreliability.seed=N} to vary it).
 */
class CliTest {
  private static VendorServers servers;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void start() throws Exception {
    servers = new VendorServers();
  }

  private static final Map<Integer, Integer> EXITS =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  @AfterAll
  static void stop() {
    servers.close();
    Figures.record("cli.runs", EXITS.values().stream().mapToInt(Integer::intValue).sum());
    EXITS.forEach((code, n) -> Figures.record("cli.exit_" + code, n));
  }

  static Map<String, String> env(java.util.function.Function<Vendor, String> baseUrl) {
    Map<String, String> env = new HashMap<>();
    for (Vendor v : Vendor.values()) {
      env.put(v.envPrefix() + "_API_KEY", Support.SENTINEL);
      env.put(v.envPrefix() + "_BASE_URL", baseUrl.apply(v));
    }
    env.put("AGENTTASKS_TEAM_ID", Support.AGENTTASKS_TEAM);
    env.put("AMPLEMARKET_USER_ID", Support.AMPLEMARKET_USER);
    env.put("AMIGO_WORKSPACE_ID", Support.AMIGO_WORKSPACE);
    return env;
  }

  static Run run(Map<String, String> env, List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    TasksCommand cmd =
        new TasksCommand(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
    int exit = TasksCommand.commandLine(cmd).execute(args.toArray(String[]::new));
    Run r =
        new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    EXITS.merge(exit, 1, Integer::sum);
    String seed = Inputs.seedNote();
    assertFalse(
        r.out().contains(Support.SENTINEL), "key on stdout of " + args + seed + ": " + r.out());
    assertFalse(
        r.err().contains(Support.SENTINEL), "key on stderr of " + args + seed + ": " + r.err());
    assertTrue(
        r.exit() >= 0 && r.exit() <= 5,
        "exit " + r.exit() + " for " + args + seed + "\n" + r.err());
    if (!args.contains("--verbose")) {
      assertFalse(
          r.err().contains("\tat ") || r.err().contains("Exception in thread"),
          "stack trace for " + args + seed + ":\n" + r.err());
      assertFalse(
          r.err().contains("NullPointerException"), "NPE for " + args + seed + ":\n" + r.err());
    }
    if (r.exit() == 2) {
      assertFalse(r.err().isBlank(), "usage error without a message for " + args + seed);
    }
    return r;
  }

  private static final List<String> COMMANDS =
      List.of(
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
          "vendors",
          "webhook",
          "bogus");
  private static final List<String> OPTIONS =
      List.of(
          "--vendor",
          "--status",
          "--assignee",
          "--type",
          "--from",
          "--to",
          "--search",
          "--call",
          "--user",
          "--team",
          "--project",
          "--max",
          "--format",
          "--title",
          "--description",
          "--priority",
          "--due",
          "--timezone",
          "--result",
          "--timeout",
          "--clear-due",
          "--secret-env",
          "--signature",
          "--help",
          "--version",
          "-x",
          "--");

  /** Argument values: words the CLI knows, malformed ones, and hostile strings. */
  private static final List<String> VALUES =
      List.of(
          "vambe",
          "agenttasks",
          "amigo",
          "stuut",
          "amplemarket",
          "open",
          "done",
          "high",
          "urgent",
          "json",
          "csv",
          "ndjson",
          "table",
          "2025-10-25",
          "2025-10-25T14:00",
          "America/Santiago",
          "0",
          "-1",
          "999999999999",
          "1s",
          "PT1S",
          "agenttasks:cmabc123",
          "vambe:123e4567-e89b-12d3-a456-426614174000",
          "amigo:",
          ":",
          "");

  /**
   * A command (every one in turn) followed by up to 6 tokens, each an option or a value (a known
   * word or a hostile string).
   */
  static List<String> argv(Inputs in, int index) {
    List<String> a = new ArrayList<>();
    a.add(COMMANDS.get(index % COMMANDS.size()));
    int tokens = in.nextInt(7);
    for (int i = 0; i < tokens; i++) {
      if (in.nextInt(2) == 0) {
        a.add(in.pick(OPTIONS));
      } else {
        a.add(in.nextInt(2) == 0 ? in.pick(VALUES) : in.nastyNonNull());
      }
    }
    return a;
  }

  static Stream<Arguments> anyArguments_endWithAKnownExitCodeAndNoStackTrace() {
    int[] index = {0};
    return Inputs.cases(
        "anyArguments_endWithAKnownExitCodeAndNoStackTrace",
        150,
        in -> new Object[] {argv(in, index[0]++)});
  }

  @ParameterizedTest(name = "#{index}")
  @MethodSource
  void anyArguments_endWithAKnownExitCodeAndNoStackTrace(List<String> args) {
    Run r = run(env(servers::url), args);
    if (r.exit() == 2) {
      assertTrue(
          r.err().toLowerCase(java.util.Locale.ROOT).contains("error")
              || r.err().contains("Unknown")
              || r.err().contains("Missing")
              || r.err().contains("Usage"),
          args + Inputs.seedNote() + ": " + r.err());
    }
  }

  /** 12 distinct (command, fault rate) pairs of the 18, in seeded order. */
  static Stream<Arguments> verbose_whenServersFail_neverPrintsTheKey() {
    List<Arguments> pairs = new ArrayList<>();
    for (List<String> command : FAILING_COMMANDS) {
      for (double rate : FAULT_RATES) {
        pairs.add(Arguments.of(command, rate));
      }
    }
    return Inputs.of("verbose_whenServersFail_neverPrintsTheKey").shuffled(pairs).stream()
        .limit(12);
  }

  @ParameterizedTest(name = "#{index} {0} at {1}")
  @MethodSource
  void verbose_whenServersFail_neverPrintsTheKey(List<String> args, double rate) throws Exception {
    servers.rates(new VendorServers.Rates(rate, rate, rate));
    try {
      List<String> a = new ArrayList<>(List.of("--verbose"));
      a.addAll(args);
      run(env(servers::url), a);
    } finally {
      servers.rates(VendorServers.Rates.NONE);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> a = new ArrayList<>(List.of("--verbose"));
    a.addAll(args);
    Run refused = run(env(v -> "http://127.0.0.1:" + port + "/"), a);
    assertTrue(
        refused.exit() != 0 || args.get(0).equals("vendors"), refused.err() + Inputs.seedNote());
  }

  private static final List<List<String>> FAILING_COMMANDS =
      List.of(
          List.of("list"),
          List.of("list", "--vendor", "vambe", "--format", "json"),
          List.of("get", "agenttasks:cmabc123"),
          List.of("claim", "agenttasks:cmabc123"),
          List.of("complete", "amplemarket:t1"),
          List.of("update", "vambe:123e4567-e89b-12d3-a456-426614174000", "--title", "x"));

  private static final List<Double> FAULT_RATES = List.of(0.0, 0.2, 0.33);
}
