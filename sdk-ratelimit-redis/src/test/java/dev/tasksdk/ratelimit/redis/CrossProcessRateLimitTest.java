package dev.tasksdk.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 4 JVM processes x 8 threads on one credential with a limit of 50 per 5 s, against a loopback
 * server that counts requests per 5-second window (aligned to the epoch, as the limiter's window
 * is). With Redis the server answers 429 above the limit plus {@value #TOLERANCE}, and must never
 * have to; with each process on its own local bucket (the server only counts) it sees about 4x.
 * Both runs go at once, after every JVM reported ready: about 15 s plus the JVMs' start-up.
 */
class CrossProcessRateLimitTest {
  static final int PROCESSES = 4;
  static final int THREADS = 8;
  static final int LIMIT = 50;
  static final long WINDOW_MS = 5_000;

  /** Requests given a permit just before a window ends may arrive just after it. */
  static final int TOLERANCE = 5;

  /** Two whole windows. */
  static final long RUN_MS = 2 * WINDOW_MS;

  @BeforeAll
  static void redis() {
    TestRedis.requireRunning();
  }

  /** What one server saw: requests per window of the run, and the 429s it sent. */
  record Seen(List<Integer> perWindow, int sent429) {}

  @Test
  void fourProcesses_withRedis_stayUnderTheLimit_andWithoutRedis_sendAbout4x() throws Exception {
    try (Counting withRedis = new Counting(true);
        Counting alone = new Counting(false)) {
      List<Process> processes = new ArrayList<>();
      for (int p = 0; p < PROCESSES; p++) {
        processes.add(worker(withRedis.baseUrl(), TestRedis.URL));
        processes.add(worker(alone.baseUrl(), "local"));
      }
      // every JVM up (client built, Redis connected), then one start on a window boundary
      List<BufferedReader> outs = new ArrayList<>();
      for (Process proc : processes) {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        while (line != null && !line.equals("READY")) {
          line = out.readLine();
        }
        if (line == null) {
          processes.forEach(Process::destroyForcibly);
          throw new AssertionError("a worker exited before it was ready");
        }
        outs.add(out);
      }
      long start = (System.currentTimeMillis() / WINDOW_MS + 1) * WINDOW_MS;
      withRedis.start = start;
      alone.start = start;
      for (Process proc : processes) {
        proc.getOutputStream().write((start + "\n").getBytes(StandardCharsets.UTF_8));
        proc.getOutputStream().flush();
      }
      for (int i = 0; i < processes.size(); i++) {
        Process proc = processes.get(i);
        if (!proc.waitFor(
            start + RUN_MS + 30_000 - System.currentTimeMillis(), TimeUnit.MILLISECONDS)) {
          processes.forEach(Process::destroyForcibly);
          throw new AssertionError("a worker did not finish in time");
        }
        StringBuilder text = new StringBuilder();
        outs.get(i).lines().forEach(l -> text.append(l).append('\n'));
        String out = text.toString();
        assertEquals(0, proc.exitValue(), out);
        assertTrue(out.contains("SENT "), out);
      }
      Seen shared = withRedis.seen();
      Seen local = alone.seen();
      String figures =
          "redis: per window "
              + shared.perWindow()
              + ", 429s "
              + shared.sent429()
              + "; local only: per window "
              + local.perWindow();
      System.out.println("CROSS-PROCESS " + figures);

      assertEquals(2, shared.perWindow().size(), figures);
      assertEquals(0, shared.sent429(), figures);
      assertTrue(max(shared) <= LIMIT + TOLERANCE, figures);
      // the shared budget was spent, not starved (the first window is the JVMs' warm-up)
      assertTrue(max(shared) >= LIMIT - TOLERANCE, figures);
      // without a shared budget each process spends its own 50 in a window: about 4x
      assertTrue(max(local) >= 3 * LIMIT, figures);
    }
  }

  private static int max(Seen seen) {
    return seen.perWindow().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static Process worker(String baseUrl, String store) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx64m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            LoadWorker.class.getName(),
            baseUrl,
            store,
            LIMIT + "/" + (WINDOW_MS / 1000) + "s",
            Integer.toString(THREADS),
            Long.toString(RUN_MS))
        .redirectErrorStream(true)
        .start();
  }

  /**
   * A loopback server counting requests per aligned window; enforcing answers 429 above the limit.
   */
  static final class Counting implements AutoCloseable {
    private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger status429 = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(PROCESSES * THREADS);
    volatile long start;

    Counting(boolean enforce) throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
      server.setExecutor(executor);
      server.createContext(
          "/",
          exchange -> {
            long window = System.currentTimeMillis() / WINDOW_MS;
            if (start == 0) {
              exchange.sendResponseHeaders(503, -1); // nothing is counted before the start
              exchange.close();
              return;
            }
            int n = counts.computeIfAbsent(window, w -> new AtomicInteger()).incrementAndGet();
            int code = enforce && n > LIMIT + TOLERANCE ? 429 : 200;
            if (code == 429) {
              status429.incrementAndGet();
            }
            byte[] body = "{\"data\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    Seen seen() {
      List<Integer> perWindow = new ArrayList<>();
      for (long w = start / WINDOW_MS; w < (start + RUN_MS) / WINDOW_MS; w++) {
        AtomicInteger c = counts.get(w);
        perWindow.add(c == null ? 0 : c.get());
      }
      return new Seen(perWindow, status429.get());
    }

    @Override
    public void close() {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
