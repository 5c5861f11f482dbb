package dev.tasksdk.core.event;

import java.util.function.BiConsumer;

/**
 * Receives the SDK's events; every method does nothing by default, so a listener implements only
 * what it needs.
 *
 * <p>Attach listeners once, on the client builder ({@code addListener(...)}) or {@code
 * ClientOptions.Builder.addListener(...)}; several are called in the order added. Methods are
 * called on the thread doing the work (the caller's for synchronous calls, OkHttp's dispatcher for
 * asynchronous ones) and must be quick and thread-safe. An exception a listener throws is logged
 * (its class only, never its message) to {@code dev.tasksdk.http} and never breaks the call.
 *
 * <p>Order for one call: {@link #callStarted}, then per attempt {@link #attemptStarted} and {@link
 * #attemptFinished}, then {@link #callFinished}.
 *
 * <pre>{@code
 * TaskSdkListener slowCalls = new TaskSdkListener() {
 *   public void callFinished(CallEvent e) {
 *     if (e.duration().toMillis() > 500) log.warn("{} took {}", e.call().operation(), e.duration());
 *   }
 * };
 * AgentTasksClient client = AgentTasksClient.builder().fromEnv(System.getenv())
 *     .addListener(slowCalls).build();
 * }</pre>
 */
public interface TaskSdkListener {
  /** A call starts; nothing is on the wire yet. */
  default void callStarted(CallContext call) {}

  /**
   * An attempt is about to be sent. {@code headers} adds a header to this attempt's request (e.g.
   * W3C {@code traceparent}); the SDK's credential headers are set after and always win.
   */
  default void attemptStarted(CallContext call, int attempt, BiConsumer<String, String> headers) {}

  /** An attempt's response headers arrived, or it failed. */
  default void attemptFinished(AttemptEvent attempt) {}

  /** A call ended with a result or an exception. */
  default void callFinished(CallEvent call) {}

  /** A paged listing ended (see {@link ListingEvent}). */
  default void listingFinished(ListingEvent listing) {}
}
