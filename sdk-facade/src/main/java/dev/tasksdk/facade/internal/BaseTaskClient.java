package dev.tasksdk.facade.internal;

import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.Listeners;
import dev.tasksdk.core.spi.Require;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Support;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The checks every adapter shares: open first, capability second, arguments third, and only then a
 * request. Adapters implement the {@code do...} methods for what their vendor supports; the rest
 * are never called.
 *
 * <p>{@link #close()} closes the vendor client given as {@code owned} (the one {@code
 * TaskClients.fromEnv} created), never one the caller passed in; after it every operation throws
 * {@link IllegalStateException} naming the vendor.
 */
public abstract class BaseTaskClient implements TaskClient {
  private final Capabilities capabilities;
  private final AutoCloseable owned;
  private final Listeners listeners;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** An adapter that closes nothing but itself. */
  protected BaseTaskClient(Capabilities capabilities) {
    this(capabilities, null);
  }

  /**
   * An adapter whose {@link #close()} also closes {@code owned} (null: nothing to close).
   *
   * @throws NullPointerException naming {@code capabilities} when it is null
   */
  protected BaseTaskClient(Capabilities capabilities, AutoCloseable owned) {
    this(capabilities, owned, Listeners.none());
  }

  /**
   * An adapter as {@link #BaseTaskClient(Capabilities, AutoCloseable)} whose listings also report a
   * {@code ListingEvent} (source {@code "facade"}, with the items its client-side filters dropped)
   * to the vendor client's listeners.
   *
   * @throws NullPointerException naming {@code capabilities} or {@code listeners} when null
   */
  protected BaseTaskClient(Capabilities capabilities, AutoCloseable owned, Listeners listeners) {
    this.capabilities = Require.nonNull(capabilities, "capabilities");
    this.owned = owned;
    this.listeners = Require.nonNull(listeners, "listeners");
  }

  /**
   * Closes this client: every later operation (and every further page of a listing already started)
   * throws {@link IllegalStateException} naming the vendor. Closes the vendor client too when this
   * client owns it. Idempotent.
   */
  @Override
  public final void close() {
    if (closed.compareAndSet(false, true) && owned != null) {
      try {
        owned.close();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(vendor().displayName() + " client failed to close", e);
      }
    }
  }

  /** Whether {@link #close()} was called. */
  public final boolean isClosed() {
    return closed.get();
  }

  /**
   * Throws {@link IllegalStateException} naming the vendor when this client is closed.
   *
   * @param operation the operation attempted, for the message
   */
  protected final void ensureOpen(String operation) {
    if (closed.get()) {
      throw new IllegalStateException(
          vendor().displayName() + " TaskClient is closed: " + operation + " was not sent");
    }
  }

  @Override
  public final Vendor vendor() {
    return capabilities.vendor();
  }

  @Override
  public final Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public final AutoPager<Task> list(TaskQuery query) {
    return list(query, null);
  }

  @Override
  public final AutoPager<Task> list(TaskQuery query, PageToken resumeFrom) {
    ensureOpen("list");
    Require.nonNull(query, "query");
    capabilities.require(Capability.LIST);
    TaskQuery effective = withDefaults(query);
    for (Capability filter : effective.filtersUsed()) {
      if (capabilities.support(filter) == Support.UNSUPPORTED) {
        throw new UnsupportedCapabilityException(
            vendor(),
            filter.label(),
            vendor().displayName() + " cannot filter tasks by " + filterName(filter));
      }
    }
    for (Capability required : capabilities.requiredForList()) {
      if (!effective.filtersUsed().contains(required)) {
        throw new IllegalArgumentException(
            vendor().displayName() + " lists tasks only with " + filterName(required) + " set");
      }
    }
    ClientSideFilter filter = new ClientSideFilter(effective, capabilities);
    AtomicLong remaining = new AtomicLong(effective.maxResults().orElse(Long.MAX_VALUE));
    AtomicReference<Listeners.ListingObserver<Task>> observer = new AtomicReference<>();
    observer.set(
        listeners.observeListing(
            "facade",
            vendor(),
            "list",
            (PageToken token) -> {
              if (remaining.get() <= 0) {
                return Page.of(List.of(), null, token);
              }
              ensureOpen("list");
              Page<Task> page = fetchPage(effective, token);
              List<Task> kept = new ArrayList<>(page.items().size());
              for (Task t : page.items()) {
                if (filter.test(t) && remaining.getAndDecrement() > 0) {
                  kept.add(t);
                }
              }
              observer.get().filteredOut(page.items().size() - kept.size());
              PageToken next = remaining.get() > 0 ? page.nextToken().orElse(null) : null;
              return Page.of(kept, next, token);
            }));
    return AutoPager.of(observer.get(), resumeFrom).describedAs(vendor(), "listTasks");
  }

  @Override
  public final Task get(String id) {
    ensureOpen("get");
    capabilities.require(Capability.GET);
    return doGet(requireId(id));
  }

  @Override
  public final Task create(NewTask task) {
    ensureOpen("create");
    capabilities.require(Capability.CREATE);
    Require.nonNull(task, "task");
    return doCreate(task);
  }

  @Override
  public final Task update(String id, TaskUpdate update) {
    ensureOpen("update");
    capabilities.require(Capability.UPDATE);
    Require.nonNull(update, "update");
    return doUpdate(requireId(id), update);
  }

  @Override
  public final Optional<Task> complete(String id, String result) {
    ensureOpen("complete");
    capabilities.require(Capability.COMPLETE);
    return doComplete(requireId(id), result);
  }

  @Override
  public final Optional<Task> skip(String id) {
    ensureOpen("skip");
    capabilities.require(Capability.SKIP);
    return doSkip(requireId(id));
  }

  @Override
  public final Optional<Task> cancel(String id) {
    ensureOpen("cancel");
    capabilities.require(Capability.CANCEL);
    return doCancel(requireId(id));
  }

  @Override
  public final Optional<Task> claim(String id) {
    ensureOpen("claim");
    capabilities.require(Capability.CLAIM);
    return doClaim(requireId(id));
  }

  @Override
  public final Optional<Task> move(String id, String status) {
    ensureOpen("move");
    capabilities.require(Capability.MOVE);
    Require.nonBlank(status, "status");
    return doMove(requireId(id), status.trim());
  }

  @Override
  public final Optional<Task> assign(String id, List<String> assignees) {
    ensureOpen("assign");
    capabilities.require(Capability.ASSIGN);
    Require.noNullElements(assignees, "assignees");
    Require.argument(!assignees.isEmpty(), "assignees", "is empty");
    for (int i = 0; i < assignees.size(); i++) {
      Require.nonBlank(assignees.get(i), "assignees[" + i + "]");
    }
    return doAssign(requireId(id), List.copyOf(assignees));
  }

  @Override
  public final void delete(String id) {
    ensureOpen("delete");
    capabilities.require(Capability.DELETE);
    doDelete(requireId(id));
  }

  /**
   * Fills in defaults the vendor needs (a configured user id, a date window); the query as is by
   * default.
   */
  protected TaskQuery withDefaults(TaskQuery query) {
    return query;
  }

  /** Fetches one page applying the filters the vendor supports natively. */
  protected abstract Page<Task> fetchPage(TaskQuery query, PageToken token);

  protected Task doGet(String id) {
    throw unsupported(Capability.GET);
  }

  protected Task doCreate(NewTask task) {
    throw unsupported(Capability.CREATE);
  }

  protected Task doUpdate(String id, TaskUpdate update) {
    throw unsupported(Capability.UPDATE);
  }

  protected Optional<Task> doComplete(String id, String result) {
    throw unsupported(Capability.COMPLETE);
  }

  protected Optional<Task> doSkip(String id) {
    throw unsupported(Capability.SKIP);
  }

  protected Optional<Task> doCancel(String id) {
    throw unsupported(Capability.CANCEL);
  }

  protected Optional<Task> doClaim(String id) {
    throw unsupported(Capability.CLAIM);
  }

  protected Optional<Task> doMove(String id, String status) {
    throw unsupported(Capability.MOVE);
  }

  protected Optional<Task> doAssign(String id, List<String> assignees) {
    throw unsupported(Capability.ASSIGN);
  }

  protected void doDelete(String id) {
    throw unsupported(Capability.DELETE);
  }

  private UnsupportedCapabilityException unsupported(Capability c) {
    return new UnsupportedCapabilityException(vendor(), c.label());
  }

  private static String requireId(String id) {
    return Require.nonBlank(id, "id");
  }

  static String filterName(Capability filter) {
    switch (filter) {
      case FILTER_STATUS:
        return "status";
      case FILTER_ASSIGNEE:
        return "assignee";
      case FILTER_TYPE:
        return "type";
      case FILTER_DUE_WINDOW:
        return "due date window";
      case FILTER_TEXT:
        return "text";
      case FILTER_CALL_SID:
        return "call SID (callSid)";
      case FILTER_USER_ID:
        return "user id (userId)";
      case FILTER_PROJECT:
        return "project (projectId)";
      default:
        return filter.label();
    }
  }
}
