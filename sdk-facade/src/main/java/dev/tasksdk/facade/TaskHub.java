package dev.tasksdk.facade;

import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Several vendors at once: one merged, concurrent {@link #list(TaskQuery)} and {@code vendor:id}
 * references for everything else.
 *
 * <p>A vendor that fails does not fail the others: its error is reported in {@link
 * HubListResult#failures()} next to the tasks that did arrive. Give every vendor client the same
 * {@code OkHttpClient} so that they share one connection pool and dispatcher.
 *
 * <pre>{@code
 * try (TaskHub hub = TaskHub.of(TaskClients.fromEnv(Vendor.AGENTTASKS), TaskClients.fromEnv(Vendor.VAMBE))) {
 *   HubListResult r = hub.list(TaskQuery.builder().status(TaskStatus.OPEN).build());
 *   r.tasks().forEach(t -> System.out.println(t.ref() + " " + t.title()));
 *   r.failures().forEach((vendor, e) -> System.err.println(vendor + ": " + e.getMessage()));
 * }
 * }</pre>
 */
public final class TaskHub implements AutoCloseable {
  /** Due date (undated last), then vendor, then id. */
  public static final Comparator<Task> ORDER =
      Comparator.<Task, java.time.Instant>comparing(
              t -> t.due().map(Due::instant).orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Task::vendor)
          .thenComparing(Task::id);

  private final Map<Vendor, TaskClient> clients;
  private final ExecutorService executor;
  private final boolean ownsExecutor;

  private TaskHub(Map<Vendor, TaskClient> clients, ExecutorService executor, boolean owns) {
    this.clients = clients;
    this.executor = executor;
    this.ownsExecutor = owns;
  }

  /** A hub over these clients (at most one per vendor), with its own small thread pool. */
  public static TaskHub of(TaskClient... clients) {
    return of(List.of(clients));
  }

  /** A hub over these clients (at most one per vendor), with its own small thread pool. */
  public static TaskHub of(Collection<TaskClient> clients) {
    return new TaskHub(index(clients), newPool(), true);
  }

  /** A hub whose fan-out runs on {@code executor}, which the caller keeps and shuts down. */
  public static TaskHub of(Collection<TaskClient> clients, ExecutorService executor) {
    if (executor == null) throw new IllegalArgumentException("executor == null");
    return new TaskHub(index(clients), executor, false);
  }

  private static Map<Vendor, TaskClient> index(Collection<TaskClient> clients) {
    if (clients == null || clients.isEmpty()) {
      throw new IllegalArgumentException("a hub needs at least one TaskClient");
    }
    Map<Vendor, TaskClient> m = new EnumMap<>(Vendor.class);
    for (TaskClient c : clients) {
      if (c == null) throw new IllegalArgumentException("client == null");
      if (m.put(c.vendor(), c) != null) {
        throw new IllegalArgumentException("two clients for vendor " + c.vendor());
      }
    }
    return m;
  }

  private static ExecutorService newPool() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory tf =
        r -> {
          Thread t = new Thread(r, "tasksdk-hub-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    return Executors.newCachedThreadPool(tf);
  }

  /** The vendors in this hub. */
  public java.util.Set<Vendor> vendors() {
    return java.util.Collections.unmodifiableSet(clients.keySet());
  }

  /** The client for {@code vendor}, if the hub has one. */
  public Optional<TaskClient> client(Vendor vendor) {
    return Optional.ofNullable(clients.get(vendor));
  }

  /**
   * Lists from every vendor concurrently and merges the results in {@link #ORDER}. Per vendor,
   * {@link TaskQuery#maxResults()} applies; filters a vendor cannot apply make that vendor fail
   * (reported in {@link HubListResult#failures()}), not the whole list.
   */
  public HubListResult list(TaskQuery query) {
    return list(query, (client, q) -> q);
  }

  /**
   * Like {@link #list(TaskQuery)}, with a per-vendor adjustment of the query (e.g. to add
   * Amplemarket's user id only for Amplemarket).
   */
  public HubListResult list(
      TaskQuery query, BiFunction<TaskClient, TaskQuery, TaskQuery> perVendor) {
    if (query == null) throw new IllegalArgumentException("query == null");
    Map<Vendor, CompletableFuture<List<Task>>> futures = new LinkedHashMap<>();
    for (TaskClient c : clients.values()) {
      futures.put(
          c.vendor(),
          CompletableFuture.supplyAsync(
              () -> {
                List<Task> out = new ArrayList<>();
                c.list(perVendor.apply(c, query)).forEach(out::add);
                return out;
              },
              executor));
    }
    List<Task> all = new ArrayList<>();
    Map<Vendor, RuntimeException> failures = new EnumMap<>(Vendor.class);
    futures.forEach(
        (vendor, f) -> {
          try {
            all.addAll(f.join());
          } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // A failure on the very first page has nothing to resume from: report the vendor's own
            // error.
            if (cause instanceof PageFailedException pf
                && pf.resumeToken() == null
                && pf.getCause() != null) {
              cause = pf.getCause();
            }
            failures.put(
                vendor,
                cause instanceof RuntimeException re
                    ? re
                    : new RuntimeException(cause.getMessage(), cause));
          }
        });
    all.sort(ORDER);
    return new HubListResult(all, failures);
  }

  /** The client a {@code vendor:id} reference points at. */
  public TaskClient clientFor(TaskRef ref) {
    TaskClient c = clients.get(ref.vendor());
    if (c == null) {
      throw new IllegalArgumentException(
          "this hub has no client for vendor "
              + ref.vendor()
              + " (it has "
              + clients.keySet()
              + ")");
    }
    return c;
  }

  /** Reads one task by {@code vendor:id} reference. */
  public Task get(String ref) {
    TaskRef r = TaskRef.parse(ref);
    return clientFor(r).get(r.id());
  }

  /** Shuts down the hub's own thread pool (not one the caller supplied). */
  @Override
  public void close() {
    if (ownsExecutor) executor.shutdownNow();
  }

  static UnsupportedCapabilityException unsupported(Vendor v, Capability c) {
    return new UnsupportedCapabilityException(v, c.label());
  }
}
