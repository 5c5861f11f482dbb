package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.HubListResult;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskHub;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskUpdate;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * 32 threads sharing one {@link TaskHub} (five vendor clients on one OkHttpClient) run 20,000 mixed
 * operations against loopback servers injecting 2% 429 (Retry-After: 0), 2% 503 and 1% connection
 * resets.
 */
class LoadTest {
  static final int THREADS = 32;
  static final int OPERATIONS = 20_000;

  /** Retries per call in this run (the default is 2; see docs/RELIABILITY.md for why 4). */
  static final int MAX_RETRIES = 4;

  enum Op {
    HUB_LIST(true),
    GET_AGENTTASKS(true),
    GET_AMIGO(true),
    COMPLETE_AMPLEMARKET(true),
    UPDATE_VAMBE(true),
    MOVE_AGENTTASKS(true),
    CLAIM_AGENTTASKS(false);

    final boolean idempotent;

    Op(boolean idempotent) {
      this.idempotent = idempotent;
    }

    static Op pick(int x) {
      if (x < 35) return HUB_LIST;
      if (x < 55) return GET_AGENTTASKS;
      if (x < 65) return GET_AMIGO;
      if (x < 75) return COMPLETE_AMPLEMARKET;
      if (x < 85) return UPDATE_VAMBE;
      if (x < 92) return MOVE_AGENTTASKS;
      return CLAIM_AGENTTASKS;
    }
  }

  @Test
  void hub_whenServersInjectFaults_surfacesNoErrorForIdempotentOperationsAndLeaksNothing()
      throws Exception {
    LongAdder calls = new LongAdder();
    LongAdder attempts = new LongAdder();
    OkHttpClient shared =
        Support.sharedHttpClient()
            .newBuilder()
            .addInterceptor(
                chain -> {
                  calls.increment();
                  return chain.proceed(chain.request());
                })
            .addNetworkInterceptor(
                chain -> {
                  attempts.increment();
                  return chain.proceed(chain.request());
                })
            .build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();

    try (VendorServers servers = new VendorServers();
        LogCapture okhttpLog = LogCapture.of("okhttp3.OkHttpClient", Level.ALL)) {
      TaskHub hub =
          TaskHub.of(
              TaskClients.of(Support.agentTasks(opts(servers, Vendor.AGENTTASKS, shared))),
              TaskClients.of(Support.amigo(opts(servers, Vendor.AMIGO, shared))),
              TaskClients.of(Support.amplemarket(opts(servers, Vendor.AMPLEMARKET, shared))),
              TaskClients.of(Support.stuut(opts(servers, Vendor.STUUT, shared))),
              TaskClients.of(Support.vambe(opts(servers, Vendor.VAMBE, shared))));
      TaskQuery query = TaskQuery.all();

      // warm up without faults so class loading does not count against the figures
      for (int i = 0; i < 20; i++) {
        run(hub, Op.values()[i % Op.values().length], query);
      }
      servers.rates(new VendorServers.Rates(0.02, 0.02, 0.01));
      System.gc();
      threads.resetPeakThreadCount();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      long callsBefore = calls.sum();
      long attemptsBefore = attempts.sum();
      long requestsBefore = servers.counts.requests.sum();

      Map<Op, LongAdder> done = new ConcurrentHashMap<>();
      Map<Op, LongAdder> failed = new ConcurrentHashMap<>();
      Map<String, AtomicInteger> failureKinds = new ConcurrentHashMap<>();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      long start = System.nanoTime();
      List<Future<?>> workers =
          java.util.stream.IntStream.range(0, THREADS)
              .<Future<?>>mapToObj(
                  w ->
                      pool.submit(
                          () -> {
                            while (next.getAndIncrement() < OPERATIONS) {
                              Op op = Op.pick(ThreadLocalRandom.current().nextInt(100));
                              done.computeIfAbsent(op, k -> new LongAdder()).increment();
                              String error = run(hub, op, query);
                              if (error != null) {
                                failed.computeIfAbsent(op, k -> new LongAdder()).increment();
                                failureKinds
                                    .computeIfAbsent(op + ": " + error, k -> new AtomicInteger())
                                    .incrementAndGet();
                              }
                            }
                          }))
              .toList();
      for (Future<?> f : workers) {
        f.get(5, TimeUnit.MINUTES);
      }
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      pool.shutdown();
      int peakThreads = threads.getPeakThreadCount();
      long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      servers.rates(VendorServers.Rates.NONE);

      long idempotentErrors =
          failed.entrySet().stream()
              .filter(e -> e.getKey().idempotent)
              .mapToLong(e -> e.getValue().sum())
              .sum();
      long otherErrors =
          failed.entrySet().stream()
              .filter(e -> !e.getKey().idempotent)
              .mapToLong(e -> e.getValue().sum())
              .sum();
      long httpCalls = calls.sum() - callsBefore;
      long httpAttempts = attempts.sum() - attemptsBefore;
      long serverRequests = servers.counts.requests.sum() - requestsBefore;
      long inUse =
          shared.connectionPool().connectionCount() - shared.connectionPool().idleConnectionCount();
      int leakWarnings =
          Leaks.awaitWarnings(shared, servers.url(Vendor.STUUT) + "v1/tasks", okhttpLog);
      hub.close();

      Figures.record("load.threads", THREADS);
      Figures.record("load.operations", OPERATIONS);
      Figures.record("load.wall_ms", elapsedMs);
      Figures.record("load.ops_per_s", OPERATIONS * 1000L / Math.max(1, elapsedMs));
      Figures.record("load.http_calls", httpCalls);
      Figures.record("load.http_attempts", httpAttempts);
      Figures.record("load.retries", httpAttempts - httpCalls);
      Figures.record("load.server_requests", serverRequests);
      Figures.record("load.injected_429", servers.counts.injected429.sum());
      Figures.record("load.injected_503", servers.counts.injected503.sum());
      Figures.record("load.injected_resets", servers.counts.injectedResets.sum());
      for (Op op : Op.values()) {
        Figures.record(
            "load.ops." + op.name().toLowerCase(java.util.Locale.ROOT),
            done.getOrDefault(op, new LongAdder()).sum()
                + " errors="
                + failed.getOrDefault(op, new LongAdder()).sum());
      }
      Figures.record("load.errors_idempotent", idempotentErrors);
      Figures.record("load.errors_non_idempotent", otherErrors);
      failureKinds.forEach((k, v) -> Figures.record("load.error_kind", v + " x " + k));
      Figures.record("load.connections_in_use_after", inUse);
      Figures.record("load.okhttp_leak_warnings", leakWarnings);
      Figures.record("load.peak_threads", peakThreads);
      Figures.record("load.peak_heap_mib", peakHeap / (1024 * 1024));

      assertEquals(0, idempotentErrors, "idempotent operations that failed: " + failureKinds);
      assertEquals(0, inUse, "connections still allocated to a call after the run");
      assertEquals(0, leakWarnings, okhttpLog.lines().toString());
      assertTrue(servers.counts.injectedResets.sum() > 0, "the run injected no resets");
    }
  }

  private static ClientOptions opts(VendorServers s, Vendor v, OkHttpClient shared) {
    return Support.options(s.url(v), shared, MAX_RETRIES)
        .callTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** Runs one operation; returns null or "ExceptionClass: message" of what the caller saw. */
  private static String run(TaskHub hub, Op op, TaskQuery query) {
    try {
      switch (op) {
        case HUB_LIST -> {
          HubListResult r =
              hub.list(
                  query,
                  (c, q) ->
                      c.vendor() == Vendor.AMIGO
                          ? q.toBuilder().callSid(Support.AMIGO_CALL).build()
                          : q);
          if (!r.failures().isEmpty()) {
            Map.Entry<Vendor, RuntimeException> f = r.failures().entrySet().iterator().next();
            return f.getKey()
                + " "
                + f.getValue().getClass().getSimpleName()
                + ": "
                + f.getValue().getMessage();
          }
          if (r.tasks().size() < 5) {
            return "only " + r.tasks().size() + " tasks";
          }
        }
        case GET_AGENTTASKS -> check(hub.get("agenttasks:cmabc123"));
        case GET_AMIGO -> check(hub.get("amigo:task_8f14e45fceea167a"));
        case COMPLETE_AMPLEMARKET -> client(hub, Vendor.AMPLEMARKET).complete("t1", null);
        case UPDATE_VAMBE ->
            check(
                client(hub, Vendor.VAMBE)
                    .update(
                        "123e4567-e89b-12d3-a456-426614174000",
                        TaskUpdate.builder().title("Call back").build()));
        case MOVE_AGENTTASKS -> client(hub, Vendor.AGENTTASKS).move("cmabc123", "in_progress");
        case CLAIM_AGENTTASKS -> client(hub, Vendor.AGENTTASKS).claim("cmabc123");
      }
      return null;
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static TaskClient client(TaskHub hub, Vendor v) {
    return hub.client(v).orElseThrow();
  }

  private static void check(Task t) {
    if (t == null || t.id() == null) {
      throw new IllegalStateException("no task");
    }
  }
}
