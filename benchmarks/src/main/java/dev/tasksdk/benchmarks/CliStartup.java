package dev.tasksdk.benchmarks;

import dev.tasksdk.core.Vendor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measurement 5: the wall time of starting the {@code tasks} command line, as separate processes,
 * against {@code java -version}; first as shipped, then with an AppCDS archive (and then also with
 * C1 only and the serial collector), passed through the launcher's {@code TASKS_JAVA_OPTS}.
 *
 * <p>Each figure is the median of several runs after one unmeasured run. {@code tasks list} goes to
 * a loopback AgentTasks server answering one short page, so the network is not what is measured.
 */
final class CliStartup {
  private final Path root;
  private final Path work;
  private final int runs;
  private final boolean quick;
  private final String java;
  private final StringBuilder log = new StringBuilder();
  private final java.util.Set<String> warmed = new java.util.HashSet<>();

  CliStartup(Path root, Path work, boolean quick) {
    this.root = root;
    this.work = work;
    this.runs = quick ? 3 : 11;
    this.quick = quick;
    this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Median wall milliseconds by figure name; NaN where the CLI is not available. */
  Map<String, Double> run() throws IOException, InterruptedException {
    Map<String, Double> out = new LinkedHashMap<>();
    Path jar = root.resolve("tasks-cli/target/tasks.jar");
    Path launcher = root.resolve("tasks");
    out.put("java_version", median(List.of(java, "-version"), Map.of()));
    if (!Files.isRegularFile(jar) || !Files.isExecutable(launcher)) {
      log.append("no tasks-cli/target/tasks.jar or ./tasks launcher: CLI figures skipped\n");
      for (String k : List.of("vendors", "vendors_jar", "list", "vendors_cds", "list_cds")) {
        out.put(k, Double.NaN);
      }
      return out;
    }
    byte[] page = Payloads.page(Vendor.AGENTTASKS, 0, 20).getBytes(StandardCharsets.UTF_8);
    try (LoopbackServer server =
        LoopbackServer.start(LoopbackServer.fixed(LoopbackServer.okJson(page)))) {
      Map<String, String> env = new LinkedHashMap<>();
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("AGENTTASKS_API_KEY", GetTaskBenchmark.API_KEY);
      env.put("AGENTTASKS_BASE_URL", server.baseUrl());
      env.put("AGENTTASKS_TEAM_ID", "team_1");
      // "before": plain `java -jar`; the launcher's own tuning is measured last, as "launcher"
      env.put("TASKS_JAVA_TUNING", "off");
      List<String> vendors = List.of(launcher.toString(), "vendors");
      List<String> vendorsJar = List.of(java, "-jar", jar.toString(), "vendors");
      List<String> list = List.of(launcher.toString(), "list", "--vendor", "agenttasks");

      out.put("vendors", median(vendors, env));
      // the launcher's own cost (its staleness check) is the difference; skipped in --quick
      out.put("vendors_jar", quick ? Double.NaN : median(vendorsJar, env));
      out.put("list", median(list, env));

      // AppCDS: one training run of each command dumps the classes it loaded (JDK 17 has no
      // -XX:+AutoCreateSharedArchive; a launcher would do this once, on first run).
      Path jsa = work.resolve("tasks-cli.jsa");
      Files.deleteIfExists(jsa);
      Map<String, String> dump = new LinkedHashMap<>(env);
      dump.put("TASKS_JAVA_OPTS", "-XX:ArchiveClassesAtExit=" + jsa);
      exec(list, dump);
      Map<String, String> cds = new LinkedHashMap<>(env);
      cds.put("TASKS_JAVA_OPTS", "-XX:SharedArchiveFile=" + jsa + " -Xlog:cds=off");
      out.put("vendors_cds", median(vendors, cds));
      out.put("list_cds", median(list, cds));
      Map<String, String> lean = new LinkedHashMap<>(cds);
      lean.put(
          "TASKS_JAVA_OPTS",
          cds.get("TASKS_JAVA_OPTS") + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
      out.put("vendors_cds_c1", median(vendors, lean));
      out.put("list_cds_c1", median(list, lean));
      out.put("archive_mb", Files.size(jsa) / 1e6);

      // what ./tasks does by default: C1 + Serial GC + its own AppCDS archive (trained on first
      // use)
      Map<String, String> launcherDefaults = new LinkedHashMap<>(env);
      launcherDefaults.remove("TASKS_JAVA_TUNING");
      out.put("vendors_launcher", median(vendors, launcherDefaults));
      out.put("list_launcher", median(list, launcherDefaults));

      // issue 13: `tasks list` with no key at all: all five vendors on the sandbox (simulators in
      // this process, state in a directory of its own), warm (the state files exist after the
      // unmeasured run)
      Map<String, String> sandbox = new LinkedHashMap<>(launcherDefaults);
      sandbox.keySet().removeIf(k -> k.startsWith("AGENTTASKS_"));
      sandbox.put("TASKS_SANDBOX_DIR", work.resolve("sandbox").toString());
      out.put("sandbox_list_launcher", median(List.of(launcher.toString(), "list"), sandbox));
      out.put("jar_mb", Files.size(jar) / 1e6);
    }
    return out;
  }

  String log() {
    return log.toString();
  }

  private double median(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    // unmeasured: the file cache, and a launcher rebuild when sources changed (--quick: only the
    // first run of each program)
    if (warmed.add(command.get(0)) || !quick) {
      exec(command, env);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      exec(command, env);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  private void exec(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
    pb.environment().putAll(env);
    pb.directory(root.toFile());
    File sink = work.resolve("cli-output.txt").toFile();
    pb.redirectErrorStream(true).redirectOutput(sink);
    Process p = pb.start();
    int code = p.waitFor();
    if (code != 0) {
      String output = Files.readString(sink.toPath());
      throw new IOException(
          String.join(" ", command) + " exited with " + code + ":\n" + tail(output));
    }
  }

  private static String tail(String s) {
    return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
  }
}
