package dev.tasksdk.benchmarks;

import dev.tasksdk.core.Vendor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Measurement 4's reference: the same list from one 50 ms vendor through its facade client. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SingleVendorListBenchmark {
  /** The vendor listed. */
  @Param({"AMPLEMARKET", "AMIGO", "AGENTTASKS", "STUUT", "VAMBE"})
  public Vendor vendor;

  private HubFixture fixture;

  /** Starts the slow vendors. */
  @Setup
  public void setup() {
    fixture = new HubFixture();
  }

  /** Stops them. */
  @TearDown
  public void tearDown() throws Exception {
    fixture.close();
  }

  /** Wall time of one list of this vendor alone. */
  @Benchmark
  public int singleList() {
    return fixture.list(vendor);
  }
}
