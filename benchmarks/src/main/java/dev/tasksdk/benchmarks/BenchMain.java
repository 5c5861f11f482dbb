package dev.tasksdk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every measurement in one process and prints the absolute figures, then one {@code RATIO
 * name=value} line per comparison, each the ratio of two figures of this same run.
 *
 * <p>Arguments: {@code --quick} (one fork, short iterations: a CI-style check, not a result),
 * {@code --root DIR} (the repository, for the CLI measurement), {@code --only
 * get,decode,page,hub,cli}.
 */
public final class BenchMain {
  private static final String GC_NORM = "gc.alloc.rate.norm";

  private final boolean quick;
  private final Path root;
  private final Path work;
  private final Path side;
  private final Set<String> only;
  private final Map<String, RunResult> results = new LinkedHashMap<>();
  private final List<String[]> figures = new ArrayList<>();
  private final Map<String, Double> ratios = new LinkedHashMap<>();

  private BenchMain(boolean quick, Path root, Set<String> only) throws IOException {
    this.quick = quick;
    this.root = root;
    this.work = root.resolve("benchmarks/target/bench");
    Files.createDirectories(work);
    this.side = work.resolve("side.txt");
    Files.deleteIfExists(side);
    this.only = only;
  }

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Path root = Path.of(".");
    Set<String> only = Set.of("get", "decode", "page", "hub", "sim", "cli");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--root" -> root = Path.of(args[++i]);
        case "--only" -> only = Set.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    new BenchMain(quick, root.toAbsolutePath().normalize(), only).run();
  }

  private void run() throws Exception {
    long t0 = System.nanoTime();
    String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
    String loadBefore = load();
    if (only.contains("get")) {
      jmh(GetTaskBenchmark.class, true, TimeUnit.SECONDS);
    }
    if (only.contains("decode")) {
      jmh(DecodePageBenchmark.class, false, TimeUnit.SECONDS);
    }
    if (only.contains("page")) {
      jmh(AutoPageBenchmark.class, true, TimeUnit.MILLISECONDS);
    }
    if (only.contains("hub")) {
      jmh(HubBenchmark.class, false, TimeUnit.MILLISECONDS);
      jmh(SingleVendorListBenchmark.class, false, TimeUnit.MILLISECONDS);
    }
    if (only.contains("sim")) {
      jmh(SimulatorStartBenchmark.class, false, TimeUnit.MILLISECONDS);
    }
    Map<String, Double> cli = Map.of();
    String cliLog = "";
    if (only.contains("cli")) {
      CliStartup c = new CliStartup(root, work, quick);
      try {
        cli = c.run();
      } catch (IOException e) {
        cliLog = "CLI measurement failed: " + e.getMessage();
      }
      cliLog += c.log();
    }
    Map<String, Double> sideFigures = SideResults.read(side);
    report(cli, cliLog, sideFigures, started, loadBefore, (System.nanoTime() - t0) / 1e9);
  }

  private void jmh(Class<?> benchmark, boolean gc, TimeUnit unit) throws RunnerException {
    boolean single = benchmark == AutoPageBenchmark.class;
    ChainedOptionsBuilder o =
        new OptionsBuilder()
            .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
            .forks(quick ? 1 : 2)
            .warmupIterations(quick ? 2 : 5)
            .measurementIterations(quick ? 2 : 5)
            .warmupTime(TimeValue.milliseconds(quick ? 400 : 2000))
            .measurementTime(TimeValue.milliseconds(quick ? 400 : 2000))
            .timeUnit(unit)
            .jvmArgsAppend("-D" + SideResults.PROPERTY + "=" + side)
            .shouldFailOnError(true)
            .verbosity(VerboseMode.NORMAL);
    if (single) {
      // options' jvmArgsAppend replaces the annotation's: the 64 MB limit is set here
      o.jvmArgsAppend("-D" + SideResults.PROPERTY + "=" + side, "-Xmx64m");
      // one operation is a whole listing (~0.4 s): the facade's deeper path needs ~4 s to be
      // compiled
      o.warmupIterations(quick ? 2 : 10).measurementIterations(quick ? 2 : 10);
    }
    if (gc) {
      o.addProfiler(GCProfiler.class);
    }
    Collection<RunResult> run = new Runner(o.build()).run();
    for (RunResult r : run) {
      results.put(key(r), r);
    }
  }

  private static String key(RunResult r) {
    String b = r.getParams().getBenchmark();
    String name = b.substring(b.lastIndexOf('.', b.lastIndexOf('.') - 1) + 1);
    String vendor = r.getParams().getParam("vendor");
    return vendor == null ? name : name + ":" + vendor;
  }

  private double score(String key) {
    RunResult r = results.get(key);
    return r == null ? Double.NaN : r.getPrimaryResult().getScore();
  }

  private double alloc(String key) {
    RunResult r = results.get(key);
    if (r == null) {
      return Double.NaN;
    }
    for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith(GC_NORM)) {
        return e.getValue().getScore();
      }
    }
    return Double.NaN;
  }

  private void report(
      Map<String, Double> cli,
      String cliLog,
      Map<String, Double> sideFigures,
      String started,
      String loadBefore,
      double seconds)
      throws IOException {
    // ---- absolute figures
    for (RunResult r : results.values()) {
      Result p = r.getPrimaryResult();
      String err = Double.isNaN(p.getScoreError()) ? "" : " ± " + fmt(p.getScoreError());
      String a = Double.isNaN(alloc(key(r))) ? "" : fmt(alloc(key(r))) + " B/op";
      figures.add(new String[] {key(r), fmt(p.getScore()) + err + " " + p.getScoreUnit(), a});
    }
    sideFigures.forEach((k, v) -> figures.add(new String[] {k, fmt(v), ""}));
    cli.forEach(
        (k, v) ->
            figures.add(
                new String[] {"cli." + k, fmt(v) + (k.endsWith("_mb") ? " MB" : " ms"), ""}));

    // ---- 1 and 6: get one task
    double base = score("GetTaskBenchmark.baseline");
    ratio("get_retrofit_vs_baseline", score("GetTaskBenchmark.retrofit") / base);
    ratio("get_vendor_vs_baseline", score("GetTaskBenchmark.vendorClient") / base);
    ratio("get_facade_vs_baseline", score("GetTaskBenchmark.facade") / base);
    ratio("get_baseline_vs_socket_floor", base / score("GetTaskBenchmark.socketFloor"));
    // the same comparisons in CPU time of the calling thread (little moved by the machine's load)
    double baseCpu = sideFigures.getOrDefault("get.baseline.clientCpuNsPerCall", Double.NaN);
    for (String m : List.of("retrofit", "vendorClient", "facade")) {
      ratio(
          "get_" + m.replace("Client", "") + "_vs_baseline_cpu",
          baseCpu / sideFigures.getOrDefault("get." + m + ".clientCpuNsPerCall", Double.NaN));
    }
    // the server's own CPU per request: against one baseline call's wall time and its client CPU
    double serverNs = sideFigures.getOrDefault("get.baseline.serverCpuNsPerRequest", Double.NaN);
    ratio("get_server_cpu_vs_baseline_wall", serverNs / (1e9 / base));
    ratio("get_server_cpu_vs_baseline_client_cpu", serverNs / baseCpu);
    // observability: the same vendor client with a listener, against itself without one
    double plain = score("GetTaskBenchmark.vendorClient");
    ratio("get_no_listener_vs_vendor", plain / plain);
    ratio("get_micrometer_vs_vendor", score("GetTaskBenchmark.vendorClientMicrometer") / plain);
    ratio(
        "get_opentelemetry_vs_vendor", score("GetTaskBenchmark.vendorClientOpenTelemetry") / plain);
    double plainCpu = sideFigures.getOrDefault("get.vendorClient.clientCpuNsPerCall", Double.NaN);
    ratio(
        "get_micrometer_vs_vendor_cpu",
        plainCpu
            / sideFigures.getOrDefault(
                "get.vendorClientMicrometer.clientCpuNsPerCall", Double.NaN));
    ratio(
        "get_opentelemetry_vs_vendor_cpu",
        plainCpu
            / sideFigures.getOrDefault(
                "get.vendorClientOpenTelemetry.clientCpuNsPerCall", Double.NaN));
    double baseAlloc = alloc("GetTaskBenchmark.baseline");
    ratio("alloc_get_retrofit_vs_baseline", alloc("GetTaskBenchmark.retrofit") / baseAlloc);
    ratio("alloc_get_vendor_vs_baseline", alloc("GetTaskBenchmark.vendorClient") / baseAlloc);
    ratio("alloc_get_facade_vs_baseline", alloc("GetTaskBenchmark.facade") / baseAlloc);
    ratio(
        "alloc_get_micrometer_vs_vendor",
        alloc("GetTaskBenchmark.vendorClientMicrometer") / alloc("GetTaskBenchmark.vendorClient"));
    ratio(
        "alloc_get_opentelemetry_vs_vendor",
        alloc("GetTaskBenchmark.vendorClientOpenTelemetry")
            / alloc("GetTaskBenchmark.vendorClient"));

    // ---- 2: decode a page
    for (String v : List.of("AMPLEMARKET", "AMIGO", "AGENTTASKS", "STUUT", "VAMBE")) {
      ratio(
          "decode_" + v.toLowerCase(Locale.ROOT) + "_generated_vs_hand",
          score("DecodePageBenchmark.generated:" + v)
              / score("DecodePageBenchmark.handWritten:" + v));
    }

    // ---- 3 and 6: auto-page 100,000 tasks in -Xmx64m (single-shot times: lower is faster)
    double pageHand = score("AutoPageBenchmark.handWritten");
    double pageFacade = score("AutoPageBenchmark.facade");
    ratio("page_facade_vs_hand", pageHand / pageFacade);
    ratio(
        "page_facade_vs_hand_cpu",
        sideFigures.getOrDefault("page.handWritten.clientCpuMsPerListing", Double.NaN)
            / sideFigures.getOrDefault("page.facade.clientCpuMsPerListing", Double.NaN));
    ratio("page_facade_tasks_per_s", AutoPageBenchmark.TOTAL / (pageFacade / 1000));
    ratio("page_hand_tasks_per_s", AutoPageBenchmark.TOTAL / (pageHand / 1000));
    ratio(
        "page_facade_peak_heap_vs_xmx",
        sideFigures.getOrDefault("page.facade.peakHeapBytes", Double.NaN)
            / sideFigures.getOrDefault("page.facade.maxHeapBytes", Double.NaN));
    ratio(
        "alloc_page_facade_vs_hand",
        alloc("AutoPageBenchmark.facade") / alloc("AutoPageBenchmark.handWritten"));
    ratio("alloc_page_facade_bytes_per_task", alloc("AutoPageBenchmark.facade") / 100_000);

    // ---- 4: hub over five 50 ms vendors
    double slowest = Double.NaN;
    double sum = 0;
    for (String v : List.of("AMPLEMARKET", "AMIGO", "AGENTTASKS", "STUUT", "VAMBE")) {
      double s = score("SingleVendorListBenchmark.singleList:" + v);
      slowest = Double.isNaN(slowest) ? s : Math.max(slowest, s);
      sum += s;
    }
    ratio("hub_vs_slowest_vendor", score("HubBenchmark.hubList") / slowest);
    ratio("hub_vs_sum_of_vendors", score("HubBenchmark.hubList") / sum);

    // ---- 5: CLI start
    double jv = cli.getOrDefault("java_version", Double.NaN);
    ratio("cli_vendors_vs_java_version", cli.getOrDefault("vendors", Double.NaN) / jv);
    // issue 13: `tasks list` on the sandbox (all five simulators in process) against `tasks
    // vendors`
    ratio(
        "cli_sandbox_list_vs_vendors_launcher",
        cli.getOrDefault("sandbox_list_launcher", Double.NaN)
            / cli.getOrDefault("vendors_launcher", Double.NaN));
    ratio("cli_list_vs_java_version", cli.getOrDefault("list", Double.NaN) / jv);
    ratio("cli_vendors_cds_vs_java_version", cli.getOrDefault("vendors_cds", Double.NaN) / jv);
    ratio("cli_list_cds_vs_java_version", cli.getOrDefault("list_cds", Double.NaN) / jv);
    ratio(
        "cli_vendors_cds_c1_vs_java_version", cli.getOrDefault("vendors_cds_c1", Double.NaN) / jv);
    ratio("cli_list_cds_c1_vs_java_version", cli.getOrDefault("list_cds_c1", Double.NaN) / jv);
    ratio(
        "cli_vendors_launcher_vs_java_version",
        cli.getOrDefault("vendors_launcher", Double.NaN) / jv);
    ratio("cli_list_launcher_vs_java_version", cli.getOrDefault("list_launcher", Double.NaN) / jv);

    StringBuilder sb = new StringBuilder();
    sb.append("\n==== tasksdk benchmarks (")
        .append(quick ? "--quick: indicative only" : "full pass")
        .append(")\n");
    sb.append("date ")
        .append(started)
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append(", load before ")
        .append(loadBefore)
        .append(", after ")
        .append(load())
        .append(String.format(Locale.ROOT, ", %.0f s%n", seconds));
    for (String[] f : figures) {
      sb.append(String.format(Locale.ROOT, "  %-48s %-32s %s%n", f[0], f[1], f[2]));
    }
    if (!cliLog.isEmpty()) {
      sb.append("  ").append(cliLog.strip().replace("\n", "\n  ")).append('\n');
    }
    sb.append('\n');
    ratios.forEach(
        (k, v) ->
            sb.append("RATIO ")
                .append(k)
                .append('=')
                .append(Double.isNaN(v) || Double.isInfinite(v) ? "n/a" : fmt(v))
                .append('\n'));
    PrintStream out = System.out;
    out.print(sb);
    out.flush();
    Files.writeString(work.resolve(quick ? "quick.txt" : "full.txt"), sb, StandardCharsets.UTF_8);
  }

  private void ratio(String name, double value) {
    ratios.put(name, value);
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    String f = a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.3f" : "%.4f";
    return String.format(Locale.ROOT, f, v);
  }

  private static String load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", l);
  }
}
