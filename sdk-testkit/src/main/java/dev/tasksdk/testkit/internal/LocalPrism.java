package dev.tasksdk.testkit.internal;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.PrismOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Prism as a local node process: {@code @stoplight/prism-cli} is npm-installed once into
 * {@code <cache>/prism-<version>} (under a file lock, into a temp folder moved into place, so
 * parallel JVMs and {@code scripts/prism-image} never see half an install), then started with
 * {@code node <dir>/node_modules/@stoplight/prism-cli/dist/index.js mock -h 127.0.0.1 -p PORT
 * spec}.
 */
public final class LocalPrism {
  static final String ENTRY = "node_modules/@stoplight/prism-cli/dist/index.js";
  private static final int MIN_NODE = 18;

  private LocalPrism() {}

  /** Null when node (18+) runs and Prism is installed or npm can install it; else the reason. */
  public static String problem(Settings settings) {
    String node = settings.node();
    String version;
    try {
      version = run(List.of(node, "--version"), 20).trim();
    } catch (IOException | RuntimeException e) {
      return "node '"
          + node
          + "' cannot run ("
          + e.getMessage()
          + "); install Node.js "
          + MIN_NODE
          + "+ or set tasksdk.prism.node / TASKSDK_PRISM_NODE";
    }
    int major = majorOf(version);
    if (major < MIN_NODE) {
      return "node '" + node + "' is " + version + "; Prism needs Node.js " + MIN_NODE + "+";
    }
    if (Files.isRegularFile(prismDir(settings).resolve(ENTRY))) {
      return null;
    }
    String npm = npm(settings);
    try {
      run(List.of(npm, "--version"), 30);
      return null;
    } catch (IOException | RuntimeException e) {
      return "Prism is not installed in "
          + prismDir(settings)
          + " and npm '"
          + npm
          + "' cannot run ("
          + e.getMessage()
          + "); set tasksdk.prism.npm / TASKSDK_PRISM_NPM";
    }
  }

  static int majorOf(String version) {
    String v = version.startsWith("v") ? version.substring(1) : version;
    int dot = v.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static Path prismDir(Settings settings) {
    return settings.cacheDir().resolve("prism-" + Settings.PRISM_VERSION);
  }

  /** The npm beside an explicitly configured node, else the configured/default npm. */
  static String npm(Settings settings) {
    String npm = settings.npm();
    if ("npm".equals(npm) && settings.node().contains(File.separator)) {
      Path sibling = Paths.get(settings.node()).resolveSibling("npm");
      if (Files.isExecutable(sibling)) {
        return sibling.toString();
      }
    }
    return npm;
  }

  /**
   * Installs Prism into the cache folder unless it is there; returns the folder. Synchronized: a
   * file lock excludes other JVMs only, and the JUnit extension starts vendors in parallel threads.
   */
  static synchronized Path ensureInstalled(Settings settings) {
    Path dir = prismDir(settings);
    if (Files.isRegularFile(dir.resolve(ENTRY))) {
      return dir;
    }
    try {
      Files.createDirectories(dir.getParent());
      Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
      try (FileChannel ch =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = ch.lock()) {
        if (Files.isRegularFile(dir.resolve(ENTRY))) {
          return dir;
        }
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp-");
        Path log = dir.resolveSibling(dir.getFileName() + "-npm.log");
        List<String> cmd =
            List.of(
                npm(settings),
                "install",
                "--prefix",
                tmp.toString(),
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "@stoplight/prism-cli@" + Settings.PRISM_VERSION);
        Process p =
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
          p.destroyForcibly();
          deleteTree(tmp);
          throw new IllegalStateException(
              "npm install @stoplight/prism-cli@"
                  + Settings.PRISM_VERSION
                  + " failed; see "
                  + log
                  + ":\n"
                  + tailOf(log));
        }
        if (Files.isRegularFile(dir.resolve(ENTRY))) {
          deleteTree(tmp); // scripts/prism-image finished first
          return dir;
        }
        if (Files.exists(dir)) {
          deleteTree(dir); // a half install left by a killed run
        }
        Files.move(tmp, dir);
        return dir;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install Prism into " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while installing Prism", e);
    }
  }

  /** Starts Prism for {@code vendor}; throws IllegalStateException with its output on failure. */
  public static RunningPrism start(Vendor vendor, PrismOptions options, Settings settings) {
    Path dir = ensureInstalled(settings);
    Path spec = SpecFiles.extract(vendor, settings.cacheDir());
    int port = PrismCommand.freePort();
    List<String> cmd = new ArrayList<>();
    cmd.add(settings.node());
    cmd.add(dir.resolve(ENTRY).toString());
    cmd.addAll(PrismCommand.args(options, port, spec.toString()));
    Path logDir = settings.cacheDir().resolve("logs");
    Path log = logDir.resolve("prism-" + vendor.id() + "-" + port + ".log");
    Process process;
    try {
      Files.createDirectories(logDir);
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().put("NO_COLOR", "1");
      process = pb.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot start " + cmd.get(0) + " for Prism: " + e.getMessage(), e);
    }
    LogTail tail = new LogTail(30);
    CountDownLatch ready = new CountDownLatch(1);
    Thread drain =
        new Thread(
            () -> drain(process, log, tail, ready), "prism-" + vendor.id() + "-" + port + "-log");
    drain.setDaemon(true);
    drain.start();
    boolean ok;
    try {
      ok = ready.await(options.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ok = false;
    }
    if (!ok || !process.isAlive()) {
      destroy(process);
      throw new IllegalStateException(
          "Prism for "
              + vendor
              + (process.isAlive()
                  ? " did not start within " + options.startupTimeout()
                  : " exited")
              + " (node process, log "
              + log
              + "); last output:\n"
              + tail);
    }
    return new Handle(process, "http://127.0.0.1:" + port, node(settings), log);
  }

  private static String node(Settings settings) {
    try {
      return run(List.of(settings.node(), "--version"), 20).trim();
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static void drain(Process process, Path log, LogTail tail, CountDownLatch ready) {
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String plain = PrismCommand.plain(line);
        tail.add(plain);
        out.write(plain);
        out.newLine();
        out.flush();
        if (plain.contains(PrismCommand.READY_LINE)) {
          ready.countDown();
        }
      }
    } catch (IOException e) {
      tail.add("(log drain stopped: " + e + ")");
    } finally {
      ready.countDown(); // let the starter see that the process ended
    }
  }

  private static void destroy(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String run(List<String> cmd, int timeoutSeconds) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out");
      }
      if (p.exitValue() != 0) {
        throw new IOException("exit code " + p.exitValue());
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String tailOf(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static final class Handle implements RunningPrism {
    private final Process process;
    private final String baseUrl;
    private final String nodeVersion;
    private final Path log;

    Handle(Process process, String baseUrl, String nodeVersion, Path log) {
      this.process = process;
      this.baseUrl = baseUrl;
      this.nodeVersion = nodeVersion;
      this.log = log;
    }

    @Override
    public String baseUrl() {
      return baseUrl;
    }

    @Override
    public String description() {
      return "a local node process (node "
          + nodeVersion
          + ", prism-cli "
          + Settings.PRISM_VERSION
          + ", pid "
          + process.pid()
          + ", log "
          + log
          + ")";
    }

    @Override
    public void close() {
      destroy(process);
    }
  }
}
