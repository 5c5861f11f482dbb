package dev.tasksdk.core.event;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageFetcher;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The dispatcher: calls each listener in order and keeps a listener's exception from reaching the
 * call (it is logged to {@code dev.tasksdk.http} with the listener's and the exception's class
 * only, since a message may quote request data).
 *
 * <p>Immutable and thread-safe. The SDK's runtime and facade emit through it; {@link
 * #observeListing} wraps a {@link PageFetcher} so that a paged listing reports a {@link
 * ListingEvent}.
 */
public final class Listeners {
  private static final Listeners NONE = new Listeners(List.of());
  private static final System.Logger LOG = System.getLogger(ClientOptions.LOGGER_NAME);

  private final TaskSdkListener[] listeners;

  private Listeners(List<TaskSdkListener> listeners) {
    this.listeners = listeners.toArray(new TaskSdkListener[0]);
  }

  /**
   * The dispatcher of {@code listeners}, in order.
   *
   * @throws NullPointerException naming {@code listeners} when it or an element is null
   */
  public static Listeners of(List<TaskSdkListener> listeners) {
    Objects.requireNonNull(listeners, "listeners == null");
    for (TaskSdkListener l : listeners) {
      Objects.requireNonNull(l, "listeners contains null");
    }
    return listeners.isEmpty() ? NONE : new Listeners(List.copyOf(listeners));
  }

  /** The dispatcher without listeners: every method returns at once. */
  public static Listeners none() {
    return NONE;
  }

  /** Whether there is no listener (the runtime then skips all bookkeeping). */
  public boolean isEmpty() {
    return listeners.length == 0;
  }

  /** Reports {@link TaskSdkListener#callStarted}. */
  public void callStarted(CallContext call) {
    for (TaskSdkListener l : listeners) {
      try {
        l.callStarted(call);
      } catch (RuntimeException | LinkageError e) {
        failed(l, "callStarted", e);
      }
    }
  }

  /** Reports {@link TaskSdkListener#attemptStarted}. */
  public void attemptStarted(CallContext call, int attempt, BiConsumer<String, String> headers) {
    for (TaskSdkListener l : listeners) {
      try {
        l.attemptStarted(call, attempt, headers);
      } catch (RuntimeException | LinkageError e) {
        failed(l, "attemptStarted", e);
      }
    }
  }

  /** Reports {@link TaskSdkListener#attemptFinished}. */
  public void attemptFinished(AttemptEvent event) {
    for (TaskSdkListener l : listeners) {
      try {
        l.attemptFinished(event);
      } catch (RuntimeException | LinkageError e) {
        failed(l, "attemptFinished", e);
      }
    }
  }

  /** Reports {@link TaskSdkListener#callFinished}. */
  public void callFinished(CallEvent event) {
    for (TaskSdkListener l : listeners) {
      try {
        l.callFinished(event);
      } catch (RuntimeException | LinkageError e) {
        failed(l, "callFinished", e);
      }
    }
  }

  /** Reports {@link TaskSdkListener#listingFinished}. */
  public void listingFinished(ListingEvent event) {
    for (TaskSdkListener l : listeners) {
      try {
        l.listingFinished(event);
      } catch (RuntimeException | LinkageError e) {
        failed(l, "listingFinished", e);
      }
    }
  }

  /**
   * Wraps {@code fetcher} so that a listing reports a {@link ListingEvent} when its last page (one
   * without a next token) was fetched or a fetch failed; returns {@code fetcher} itself when there
   * is no listener.
   *
   * @param source {@code "client"}, {@code "facade"} or {@code "hub"} (see {@link ListingEvent})
   * @param vendor the vendor; null for a listing across vendors
   * @throws NullPointerException naming {@code source}, {@code operation} or {@code fetcher} when
   *     null
   */
  public <T> ListingObserver<T> observeListing(
      String source, Vendor vendor, String operation, PageFetcher<T> fetcher) {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(fetcher, "fetcher == null");
    return new ListingObserver<>(this, source, vendor, operation, fetcher);
  }

  private static void failed(TaskSdkListener l, String method, Throwable e) {
    if (LOG.isLoggable(System.Logger.Level.WARNING)) {
      LOG.log(
          System.Logger.Level.WARNING,
          "listener "
              + l.getClass().getName()
              + " failed in "
              + method
              + " ("
              + e.getClass().getName()
              + "); the call goes on");
    }
  }

  /**
   * A {@link PageFetcher} that counts pages and items and reports the listing's end; {@link
   * #filteredOut(long)} adds items the caller dropped client-side.
   *
   * @param <T> the item type
   */
  public static final class ListingObserver<T> implements PageFetcher<T> {
    private final Listeners listeners;
    private final String source;
    private final Vendor vendor;
    private final String operation;
    private final PageFetcher<T> fetcher;
    private int pages;
    private long items;
    private long filtered;
    private long startNanos;

    private ListingObserver(
        Listeners listeners,
        String source,
        Vendor vendor,
        String operation,
        PageFetcher<T> fetcher) {
      this.listeners = listeners;
      this.source = source;
      this.vendor = vendor;
      this.operation = operation;
      this.fetcher = fetcher;
    }

    /** Counts {@code n} items of the current listing as dropped by a client-side filter. */
    public synchronized void filteredOut(long n) {
      filtered += n;
    }

    @Override
    public Page<T> fetch(PageToken tokenOrNull) {
      if (listeners.isEmpty()) {
        return fetcher.fetch(tokenOrNull);
      }
      synchronized (this) {
        if (pages == 0 && startNanos == 0) {
          startNanos = System.nanoTime();
        }
      }
      Page<T> page;
      try {
        page = fetcher.fetch(tokenOrNull);
      } catch (RuntimeException e) {
        report(Outcome.of(e), e.getClass().getSimpleName());
        throw e;
      }
      boolean last;
      synchronized (this) {
        pages++;
        items += page == null ? 0 : page.items().size();
        last = page == null || page.nextToken().isEmpty();
      }
      if (last) {
        report(Outcome.SUCCESS, null);
      }
      return page;
    }

    private void report(Outcome outcome, String errorType) {
      ListingEvent event;
      synchronized (this) {
        event =
            new ListingEvent(
                source,
                vendor,
                operation,
                pages,
                items,
                filtered,
                outcome,
                errorType,
                Duration.ofNanos(System.nanoTime() - startNanos));
        pages = 0;
        items = 0;
        filtered = 0;
        startNanos = 0;
      }
      listeners.listingFinished(event);
    }
  }
}
