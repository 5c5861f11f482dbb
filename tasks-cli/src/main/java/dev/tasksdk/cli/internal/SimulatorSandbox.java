package dev.tasksdk.cli.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sandbox: the stateful simulators (sdk-simulator) in this process, one per vendor, with the
 * state of each kept in {@code <dir>/<vendor>.json} between commands. The directory is {@code
 * TASKS_SANDBOX_DIR}, else {@code tasksdk/sandbox} under the user's cache directory. A command
 * holds {@code <dir>/lock} from its first sandbox until it ends ({@link #stopAll()}), so concurrent
 * commands take turns instead of losing each other's changes.
 *
 * <p>The simulators run without the spec validator (left out of the CLI to keep it small and quick
 * to start); the facade only sends requests its vendor clients build from the same specs.
 */
public final class SimulatorSandbox implements SandboxLauncher {
  /** How long a command waits for another one (or {@code tasks sandbox serve}) to finish. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(15);

  private static final Map<Vendor, Simulator> RUNNING = new EnumMap<>(Vendor.class);
  private static Path dir;
  private static FileChannel lockChannel;
  private static FileLock lock;

  private final Map<String, String> env;

  /** A sandbox whose directory comes from {@code env} ({@code TASKS_SANDBOX_DIR}). */
  public SimulatorSandbox(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public String start(Vendor vendor) {
    synchronized (RUNNING) {
      Simulator s = RUNNING.get(vendor);
      if (s == null) {
        lock(directory(env));
        s = open(vendor, 0);
        RUNNING.put(vendor, s);
      }
      return s.baseUrl();
    }
  }

  /** Starts all five on {@code firstPort}, {@code firstPort + 1}, ... (0: any free ports). */
  public static Map<Vendor, Simulator> serve(Map<String, String> env, int firstPort) {
    synchronized (RUNNING) {
      lock(directory(env));
      int i = 0;
      for (Vendor v : Vendor.values()) {
        RUNNING.computeIfAbsent(v, k -> open(k, 0));
        if (firstPort > 0) {
          RUNNING.get(v).close();
          RUNNING.put(v, open(v, firstPort + i));
        }
        i++;
      }
      return Map.copyOf(RUNNING);
    }
  }

  /** Forgets every change: the next command starts from the seeded data. */
  public static Path reset(Map<String, String> env) {
    synchronized (RUNNING) {
      Path d = directory(env);
      lock(d);
      try {
        for (Vendor v : Vendor.values()) {
          Files.deleteIfExists(d.resolve(v.id() + ".json"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot reset the sandbox in " + d, e);
      } finally {
        unlock();
      }
      return d;
    }
  }

  /** Saves the state of the sandboxes this process started, stops them and releases the lock. */
  public static void stopAll() {
    synchronized (RUNNING) {
      try {
        for (Map.Entry<Vendor, Simulator> e : RUNNING.entrySet()) {
          save(e.getKey(), e.getValue());
          e.getValue().close();
        }
      } finally {
        RUNNING.clear();
        unlock();
      }
    }
  }

  /** The state directory: {@code TASKS_SANDBOX_DIR}, else the user's cache directory. */
  static Path directory(Map<String, String> env) {
    String explicit = env.get("TASKS_SANDBOX_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String home = System.getProperty("user.home");
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path cache;
    if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
      cache = Path.of(env.get("XDG_CACHE_HOME"));
    } else if (os.contains("mac")) {
      cache = Path.of(home, "Library", "Caches");
    } else if (os.contains("win") && env.get("LOCALAPPDATA") != null) {
      cache = Path.of(env.get("LOCALAPPDATA"));
    } else {
      cache = Path.of(home, ".cache");
    }
    return cache.resolve("tasksdk").resolve("sandbox");
  }

  private static Simulator open(Vendor vendor, int port) {
    Path file = dir.resolve(vendor.id() + ".json");
    // with a state file the seed is not needed: no spec is parsed on a warm command
    Simulator s =
        Simulator.builder(vendor)
            .port(port)
            .validate(false)
            .seeded(!Files.isRegularFile(file))
            .start();
    try {
      if (Files.isRegularFile(file)) {
        s.restoreState(Files.readString(file, StandardCharsets.UTF_8));
      } else if (vendor == Vendor.VAMBE) {
        s.restoreState(redated(s.exportState()));
      }
    } catch (IOException | RuntimeException e) {
      s.close();
      throw new IllegalStateException(
          "cannot read the sandbox state "
              + file
              + " ("
              + e.getMessage()
              + "); run `tasks sandbox reset` to start from the seeded data",
          e);
    }
    return s;
  }

  /**
   * Vambe's examples are due in October 2025, and the CLI lists a year around today: the sandbox
   * moves the seeded due dates (whole days) so that the earliest is due today.
   */
  static String redated(String state) {
    JsonObject o = JsonParser.parseString(state).getAsJsonObject();
    LocalDate earliest = null;
    for (JsonElement t : o.getAsJsonArray("tasks")) {
      JsonElement due = t.getAsJsonObject().get("due_at");
      if (due != null && !due.isJsonNull()) {
        LocalDate d = LocalDate.ofInstant(Instant.parse(due.getAsString()), ZoneOffset.UTC);
        earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
      }
    }
    if (earliest == null) {
      return state;
    }
    long days = ChronoUnit.DAYS.between(earliest, LocalDate.now(ZoneOffset.UTC));
    for (JsonElement t : o.getAsJsonArray("tasks")) {
      JsonObject task = t.getAsJsonObject();
      JsonElement due = task.get("due_at");
      if (due != null && !due.isJsonNull()) {
        Instant moved = Instant.parse(due.getAsString()).plus(days, ChronoUnit.DAYS);
        task.addProperty(
            "due_at",
            String.format(
                Locale.ROOT,
                "%s.%03dZ",
                moved.truncatedTo(ChronoUnit.SECONDS).toString().substring(0, 19),
                moved.getNano() / 1_000_000));
      }
    }
    return o.toString();
  }

  private static void save(Vendor vendor, Simulator s) {
    Path file = dir.resolve(vendor.id() + ".json");
    try {
      Path tmp = Files.createTempFile(dir, vendor.id(), ".tmp");
      Files.writeString(tmp, s.exportState(), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the sandbox state to " + file, e);
    }
  }

  private static void lock(Path d) {
    if (lock != null) {
      return;
    }
    try {
      Files.createDirectories(d);
      FileChannel ch =
          FileChannel.open(d.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
      FileLock l;
      while ((l = ch.tryLock()) == null) {
        if (System.nanoTime() > deadline) {
          ch.close();
          throw new IllegalStateException(
              "the sandbox in "
                  + d
                  + " is busy (another tasks command or `tasks sandbox serve` holds it); try again"
                  + " when it ends, or set TASKS_SANDBOX_DIR to use another directory");
        }
        Thread.sleep(25);
      }
      dir = d;
      lockChannel = ch;
      lock = l;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the sandbox directory " + d, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the sandbox lock", e);
    }
  }

  private static void unlock() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException e) {
      // the lock goes with the process anyway
    } finally {
      lock = null;
      lockChannel = null;
    }
  }
}
