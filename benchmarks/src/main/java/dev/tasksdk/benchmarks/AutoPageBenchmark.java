package dev.tasksdk.benchmarks;

import com.google.gson.stream.JsonReader;
import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskQuery;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Measurement 3 (and 6 with the GC profiler): 100,000 AgentTasks tasks, 1,000 cursor pages of 100,
 * in a JVM limited to 64 MB of heap: through the facade's auto-pager versus the same loop written
 * by hand. One operation is the whole listing; it fails unless every task arrived.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx64m") // BenchMain passes the same
public class AutoPageBenchmark {
  /** Tasks listed per operation. */
  public static final int TOTAL = 100_000;

  private static final String TEAM = "team_1";

  private LoopbackServer server;
  private OkHttpClient okHttp;
  private HttpUrl listUrl;
  private AgentTasksClient vendorClient;
  private TaskClient facade;
  private long peakHeap;
  private long oldAfterGc;
  private final CpuMeter cpu = new CpuMeter();

  /** Starts the paging server and the clients. */
  @Setup
  public void setup() {
    server = LoopbackServer.start(new PagingServer(TOTAL));
    okHttp = new OkHttpClient();
    listUrl =
        HttpUrl.get(server.baseUrl())
            .newBuilder()
            .addPathSegments("api/teams/" + TEAM + "/tasks")
            .build();
    vendorClient =
        AgentTasksClient.builder()
            .rateLimit(RateLimit.off()) // thousands of pages a second, far above 120/min
            .apiKey(GetTaskBenchmark.API_KEY)
            .baseUrl(server.baseUrl())
            .teamId(TEAM)
            .build();
    facade = TaskClients.of(vendorClient);
  }

  /** Resets the heap pools' peak usage before each iteration. */
  @Setup(Level.Iteration)
  public void resetPeak() {
    server.resetCounters();
    cpu.iterationStart();
    for (MemoryPoolMXBean pool : heapPools()) {
      pool.resetPeakUsage();
    }
  }

  /** Keeps the largest measured peak. */
  @TearDown(Level.Iteration)
  public void readPeak(IterationParams iteration) {
    cpu.iterationEnd(iteration.getType() == IterationType.MEASUREMENT);
    long sum = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      sum += pool.getPeakUsage().getUsed();
    }
    if (iteration.getType() == IterationType.MEASUREMENT) {
      peakHeap = Math.max(peakHeap, sum);
      for (MemoryPoolMXBean pool : heapPools()) {
        boolean old = pool.getName().contains("Old") || pool.getName().contains("Tenured");
        if (old && pool.getCollectionUsage() != null) {
          oldAfterGc = Math.max(oldAfterGc, pool.getCollectionUsage().getUsed());
        }
      }
    }
  }

  /** Reports peak heap and server cost, then stops everything. */
  @TearDown
  public void tearDown(BenchmarkParams params) {
    String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    SideResults.record("page." + name + ".peakHeapBytes", peakHeap);
    SideResults.record("page." + name + ".oldGenAfterGcBytes", oldAfterGc);
    SideResults.record("page." + name + ".maxHeapBytes", Runtime.getRuntime().maxMemory());
    SideResults.record("page." + name + ".serverCpuNsPerRequest", server.cpuNanosPerRequest());
    SideResults.record("page." + name + ".clientCpuMsPerListing", cpu.nanosPerOp() / 1e6);
    vendorClient.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  /** Every task through {@code TaskClient.list} (the facade's auto-pager), counted. */
  @Benchmark
  public long facade() {
    cpu.tick();
    AutoPager<Task> pager = facade.list(TaskQuery.builder().pageSize(Payloads.PAGE).build());
    long n = 0;
    for (Task t : pager) {
      if (t.id() != null) {
        n++;
      }
    }
    return check(n);
  }

  /** Baseline: the cursor loop by hand with OkHttp and Gson's JsonReader, tasks counted. */
  @Benchmark
  public long handWritten() throws IOException {
    cpu.tick();
    long n = 0;
    String cursor = null;
    int[] count = new int[1];
    while (true) {
      HttpUrl.Builder url = listUrl.newBuilder().addQueryParameter("limit", "100");
      if (cursor != null) {
        url.addQueryParameter("cursor", cursor);
      }
      Request request =
          new Request.Builder()
              .url(url.build())
              .header("Authorization", "Bearer " + GetTaskBenchmark.API_KEY)
              .header("Accept", "application/json")
              .build();
      count[0] = 0;
      try (Response response = okHttp.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        try (JsonReader r = new JsonReader(response.body().charStream())) {
          cursor = HandParsers.agentTasksPageLastId(r, count);
        }
      }
      n += count[0];
      if (count[0] < Payloads.PAGE) {
        return check(n);
      }
    }
  }

  private static long check(long n) {
    if (n != TOTAL) {
      throw new IllegalStateException("listed " + n + " tasks, expected " + TOTAL);
    }
    return n;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }
}
