package dev.tasksdk.benchmarks;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.HubListResult;
import dev.tasksdk.facade.TaskHub;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Measurement 4: one merged {@code TaskHub.list} over five vendors that each answer after 50 ms.
 * Compared with {@link SingleVendorListBenchmark}, the same list from one vendor at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HubBenchmark {
  private HubFixture fixture;
  private TaskHub hub;

  /** Starts the five slow vendors and the hub. */
  @Setup
  public void setup() {
    fixture = new HubFixture();
    hub = TaskHub.of(fixture.clients.values());
  }

  /** Stops everything. */
  @TearDown
  public void tearDown() throws Exception {
    hub.close();
    fixture.close();
  }

  /** Wall time of one merged list of all five vendors. */
  @Benchmark
  public int hubList() {
    HubListResult r =
        hub.list(HubFixture.query(Vendor.AGENTTASKS), (c, q) -> HubFixture.query(c.vendor()));
    if (r.isPartial() || r.tasks().size() != 5 * HubFixture.TASKS) {
      throw new IllegalStateException("hub list: " + r);
    }
    return r.tasks().size();
  }
}
