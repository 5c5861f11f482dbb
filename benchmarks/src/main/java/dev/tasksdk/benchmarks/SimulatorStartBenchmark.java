package dev.tasksdk.benchmarks;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.Simulator;
import dev.tasksdk.testkit.PrismServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measurement 7: starting a mock server for one vendor and stopping it, in process. {@code
 * simulator}: a seeded {@link Simulator} with spec validation (the validator is built once per JVM
 * and shared, as in a test run); {@code simulatorNoValidation}: as the CLI's sandbox starts it;
 * {@code prism}: a {@link PrismServer} (Docker or a node process, whichever the testkit picks), in
 * single shots since each takes seconds.
 */
@State(Scope.Benchmark)
@Fork(1)
public class SimulatorStartBenchmark {
  /** The vendor started. */
  @Param({"agenttasks", "vambe"})
  public String vendor;

  /** A validating simulator: start, seed, stop. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public int simulator() {
    try (Simulator s = Simulator.start(Vendor.fromId(vendor))) {
      return s.port();
    }
  }

  /** The CLI's sandbox: no spec validation. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  public int simulatorNoValidation() {
    try (Simulator s = Simulator.builder(Vendor.fromId(vendor)).validate(false).start()) {
      return s.port();
    }
  }

  /** Prism through the testkit, one start per shot. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1, batchSize = 1)
  @Measurement(iterations = 3, batchSize = 1)
  public String prism() {
    try (PrismServer p = PrismServer.start(Vendor.fromId(vendor))) {
      return p.baseUrl();
    }
  }
}
