package dev.tasksdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time the benchmark thread spends per operation in measured iterations: a figure the
 * machine's load barely moves, unlike throughput, since a descheduled thread uses no CPU. Calls
 * made on the caller's thread (OkHttp's {@code execute()}) are all counted; work done on other
 * threads (the loopback server's, reported separately) is not.
 */
final class CpuMeter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private volatile Thread worker;
  private long ops;
  private long cpuStart = -1;
  private long cpuSum;
  private long opsSum;

  /** Counts one operation; call from the benchmark method. */
  void tick() {
    if (worker == null) {
      worker = Thread.currentThread();
    }
    ops++;
  }

  /** Marks the start of an iteration. */
  void iterationStart() {
    ops = 0;
    Thread w = worker;
    cpuStart = w == null ? -1 : THREADS.getThreadCpuTime(w.getId());
  }

  /** Marks its end; only measured iterations count. */
  void iterationEnd(boolean measured) {
    Thread w = worker;
    if (measured && w != null && cpuStart >= 0) {
      cpuSum += THREADS.getThreadCpuTime(w.getId()) - cpuStart;
      opsSum += ops;
    }
  }

  /** CPU nanoseconds per operation over the measured iterations (NaN before any). */
  double nanosPerOp() {
    return opsSum == 0 ? Double.NaN : (double) cpuSum / opsSum;
  }
}
