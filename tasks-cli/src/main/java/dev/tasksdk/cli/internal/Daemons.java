package dev.tasksdk.cli.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads for the CLI's concurrent work (sandbox start-up, per-vendor listing). */
final class Daemons {
  private static final AtomicInteger N = new AtomicInteger();

  static final ExecutorService EXECUTOR =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "tasks-cli-" + N.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private Daemons() {}
}
