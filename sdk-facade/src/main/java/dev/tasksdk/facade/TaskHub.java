package dev.tasksdk.facade;

import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.Listeners;
import dev.tasksdk.core.event.ListingEvent;
import dev.tasksdk.core.event.Outcome;
import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.core.spi.Require;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>A hub owns the clients it is given: {@link #close()} closes each of them (and with them the
 * vendor clients {@link TaskClients#fromEnv} created), then its own thread pool. Clients that are
 * shared with other code stay open with {@code TaskHub.builder().clients(...).closeClients(false)}.
 * A caller's {@code ExecutorService} and {@code OkHttpClient} are never shut down. After {@link
 * #close()} every method but {@code close()} throws {@link IllegalStateException} naming the hub's
 * vendors.
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
  private final boolean closeClients;
  private final Listeners listeners;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TaskHub(
      Map<Vendor, TaskClient> clients,
      ExecutorService executor,
      boolean ownsExecutor,
      boolean closeClients,
      Listeners listeners) {
    this.clients = clients;
    this.executor = executor;
    this.ownsExecutor = ownsExecutor;
    this.closeClients = closeClients;
    this.listeners = listeners;
  }

  /**
   * A hub over these clients (at most one per vendor), with its own small thread pool; {@link
   * #close()} closes the clients.
   *
   * @throws NullPointerException naming {@code clients} (or the null element) when null
   * @throws IllegalArgumentException when {@code clients} is empty or has two for one vendor
   */
  public static TaskHub of(TaskClient... clients) {
    Require.nonNull(clients, "clients");
    return of(Arrays.asList(clients));
  }

  /**
   * A hub over these clients (at most one per vendor), with its own small thread pool; {@link
   * #close()} closes the clients.
   *
   * @throws NullPointerException naming {@code clients} (or the null element) when null
   * @throws IllegalArgumentException when {@code clients} is empty or has two for one vendor
   */
  public static TaskHub of(Collection<TaskClient> clients) {
    return builder().clients(clients).build();
  }

  /**
   * A hub whose fan-out runs on {@code executor}, which the caller keeps and shuts down; {@link
   * #close()} closes the clients.
   *
   * @throws NullPointerException naming {@code clients} or {@code executor} when null
   */
  public static TaskHub of(Collection<TaskClient> clients, ExecutorService executor) {
    return builder().clients(clients).executor(executor).build();
  }

  /** A builder, for a hub over shared clients ({@code closeClients(false)}) or an executor. */
  public static Builder builder() {
    return new Builder();
  }

  private static Map<Vendor, TaskClient> index(List<TaskClient> clients) {
    Require.noNullElements(clients, "clients");
    Require.argument(
        !clients.isEmpty(), "clients", "is empty: a hub needs at least one TaskClient");
    Map<Vendor, TaskClient> m = new EnumMap<>(Vendor.class);
    for (TaskClient c : clients) {
      if (m.put(c.vendor(), c) != null) {
        throw new IllegalArgumentException("clients has two clients for vendor " + c.vendor());
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
    ensureOpen();
    return java.util.Collections.unmodifiableSet(clients.keySet());
  }

  /** The client for {@code vendor}, if the hub has one. */
  public Optional<TaskClient> client(Vendor vendor) {
    ensureOpen();
    Require.nonNull(vendor, "vendor");
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
    ensureOpen();
    Require.nonNull(query, "query");
    Require.nonNull(perVendor, "perVendor");
    long start = System.nanoTime();
    AtomicInteger pages = new AtomicInteger();
    Map<Vendor, CompletableFuture<List<Task>>> futures = new LinkedHashMap<>();
    for (TaskClient c : clients.values()) {
      futures.put(
          c.vendor(),
          CompletableFuture.supplyAsync(
              () -> {
                List<Task> out = new ArrayList<>();
                for (Page<Task> page : c.list(perVendor.apply(c, query)).pages()) {
                  pages.incrementAndGet();
                  out.addAll(page.items());
                }
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
    if (!listeners.isEmpty()) {
      // one event for the whole fan-out; each vendor's own listing reports on its client's
      // listeners
      RuntimeException first = failures.values().stream().findFirst().orElse(null);
      listeners.listingFinished(
          new ListingEvent(
              "hub",
              null,
              "list",
              pages.get(),
              all.size(),
              0,
              first == null ? Outcome.SUCCESS : Outcome.of(first),
              first == null ? null : first.getClass().getSimpleName(),
              Duration.ofNanos(System.nanoTime() - start)));
    }
    return new HubListResult(all, failures);
  }

  /** The client a {@code vendor:id} reference points at. */
  public TaskClient clientFor(TaskRef ref) {
    ensureOpen();
    Require.nonNull(ref, "ref");
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
    ensureOpen();
    TaskRef r = TaskRef.parse(ref);
    return clientFor(r).get(r.id());
  }

  /**
   * Closes the hub: closes every client it was given (unless built with {@link
   * Builder#closeClients(boolean) closeClients(false)}) and shuts down its own thread pool, never
   * an executor the caller supplied. Every client is closed even when one fails; the first failure
   * is thrown with the others suppressed. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    RuntimeException failure = null;
    if (closeClients) {
      for (TaskClient c : clients.values()) {
        try {
          c.close();
        } catch (RuntimeException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
    }
    if (ownsExecutor) {
      executor.shutdownNow();
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      StringBuilder names = new StringBuilder();
      for (Vendor v : clients.keySet()) {
        names.append(names.length() == 0 ? "" : ", ").append(v.displayName());
      }
      throw new IllegalStateException("TaskHub (" + names + ") is closed");
    }
  }

  /** Builds a {@link TaskHub}; at least one client is required. */
  public static final class Builder {
    private final List<TaskClient> clients = new ArrayList<>();
    private ExecutorService executor;
    private boolean closeClients = true;
    private final List<TaskSdkListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a listener told of every {@link TaskHub#list(TaskQuery)} across vendors: a {@link
     * ListingEvent} with source {@code "hub"}, no vendor, the pages and merged items of all vendors
     * and, when a vendor failed, the first failure's outcome and class (in {@link Vendor} order).
     * Each vendor's own calls and listings report on that vendor client's listeners.
     *
     * @throws NullPointerException naming {@code listener} when it is null
     */
    public Builder listener(TaskSdkListener listener) {
      listeners.add(Require.nonNull(listener, "listener"));
      return this;
    }

    /**
     * Adds a client (at most one per vendor).
     *
     * @throws NullPointerException naming {@code client} when it is null
     */
    public Builder client(TaskClient client) {
      clients.add(Require.nonNull(client, "client"));
      return this;
    }

    /**
     * Adds clients (at most one per vendor).
     *
     * @throws NullPointerException naming {@code clients} (or the null element) when null
     */
    public Builder clients(Collection<TaskClient> clients) {
      this.clients.addAll(Require.noNullElements(clients, "clients"));
      return this;
    }

    /**
     * Runs the fan-out on {@code executor}, which the caller keeps and shuts down; by default the
     * hub has its own small pool of daemon threads.
     *
     * @throws NullPointerException naming {@code executor} when it is null
     */
    public Builder executor(ExecutorService executor) {
      this.executor = Require.nonNull(executor, "executor");
      return this;
    }

    /**
     * Whether {@link TaskHub#close()} closes the clients (default true); false for clients shared
     * with other code, which the caller then closes.
     */
    public Builder closeClients(boolean closeClients) {
      this.closeClients = closeClients;
      return this;
    }

    /**
     * Builds the hub.
     *
     * @throws IllegalArgumentException when no client was added or two share a vendor
     */
    public TaskHub build() {
      Map<Vendor, TaskClient> index = index(clients);
      Listeners l = Listeners.of(listeners);
      return executor == null
          ? new TaskHub(index, newPool(), true, closeClients, l)
          : new TaskHub(index, executor, false, closeClients, l);
    }
  }

  static UnsupportedCapabilityException unsupported(Vendor v, Capability c) {
    return new UnsupportedCapabilityException(v, c.label());
  }
}
