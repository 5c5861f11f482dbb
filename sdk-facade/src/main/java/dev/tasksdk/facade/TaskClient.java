package dev.tasksdk.facade;

import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.Vendor;
import java.util.List;
import java.util.Optional;

/**
 * One vendor's tasks behind the common task interface.
 *
 * <p>Get one from {@link TaskClients} (from a vendor client or from the environment). An operation
 * the vendor lacks throws {@link dev.tasksdk.core.UnsupportedCapabilityException} naming vendor and
 * operation before any request is sent; check {@link #capabilities()} to avoid it. Vendor errors
 * arrive as the {@link dev.tasksdk.core.TaskSdkException} tree of the vendor clients.
 *
 * <p>Whoever holds a client made by {@link TaskClients#fromEnv(Vendor)} owns it and closes it:
 * {@link #close()} then also closes the vendor client (its threads and idle connections) that
 * {@code fromEnv} created. A client made by {@link TaskClients#of TaskClients.of(vendorClient)}
 * leaves the vendor client open: the caller made it and closes it. After {@link #close()} every
 * operation throws {@link IllegalStateException} naming the vendor; a caller-supplied {@code
 * OkHttpClient} is never shut down.
 *
 * <pre>{@code
 * try (TaskClient agenttasks = TaskClients.fromEnv(Vendor.AGENTTASKS)) {
 *   for (Task t : agenttasks.list(TaskQuery.builder().status(TaskStatus.OPEN).build())) {
 *     agenttasks.claim(t.id());
 *   }
 * }
 * }</pre>
 */
public interface TaskClient extends AutoCloseable {

  /** The vendor behind this client. */
  Vendor vendor();

  /** What this vendor can do. */
  Capabilities capabilities();

  /**
   * Lists tasks lazily, page by page. Filters the vendor cannot apply are applied on the client
   * where {@link Capabilities#support(Capability)} says {@link Support#CLIENT_SIDE}; a filter it
   * cannot apply at all is rejected with {@link dev.tasksdk.core.UnsupportedCapabilityException}.
   */
  AutoPager<Task> list(TaskQuery query);

  /**
   * Resumes a listing where it stopped: {@code resumeFrom} is the {@link
   * dev.tasksdk.core.PageFailedException#resumeToken()} of a failed {@link #list(TaskQuery)} over
   * the same query (null starts from the first page). The tasks of the failed page and every later
   * page come again; none before it. {@link TaskQuery#maxResults()} counts from the resumed page.
   */
  AutoPager<Task> list(TaskQuery query, dev.tasksdk.core.PageToken resumeFrom);

  /** Reads one task. */
  Task get(String id);

  /** Creates a task and returns it as the vendor stored it. */
  Task create(NewTask task);

  /** Changes a task and returns it as the vendor stored it. */
  Task update(String id, TaskUpdate update);

  /**
   * Completes a task, with a result text where the vendor stores one ({@code result} may be null).
   *
   * @return the task after the change, when the vendor returns it
   */
  Optional<Task> complete(String id, String result);

  /** Skips a task (Amplemarket). */
  Optional<Task> skip(String id);

  /** Cancels a task. */
  Optional<Task> cancel(String id);

  /** Claims a task for the caller (AgentTasks agents). */
  Optional<Task> claim(String id);

  /**
   * Moves a task to a status: the vendor's own word (e.g. AgentTasks {@code in_progress}, a Vambe
   * status name) or a normalised {@link TaskStatus} name the vendor can express.
   */
  Optional<Task> move(String id, String status);

  /** Replaces the task's assignees (vendors with a single assignee take exactly one). */
  Optional<Task> assign(String id, List<String> assignees);

  /** Deletes a task. */
  void delete(String id);

  /**
   * Closes this client: every later operation, including the next page of a listing already
   * started, throws {@link IllegalStateException} naming the vendor. Closes the vendor client too
   * when this client owns it (see the class comment). {@link #vendor()} and {@link #capabilities()}
   * still answer. Idempotent.
   */
  @Override
  void close();
}
