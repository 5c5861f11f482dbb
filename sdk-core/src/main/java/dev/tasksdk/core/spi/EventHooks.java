package dev.tasksdk.core.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Hooks through which other parts of the runtime report into the listener events of the call in
 * progress.
 *
 * <p>A client-side rate limiter calls {@link #rateLimitWaited(okhttp3.Call, Duration)} after each
 * wait, from an interceptor ({@code chain.call()}) or wherever it holds the OkHttp call; the wait
 * appears in the next {@link dev.tasksdk.core.event.AttemptEvent#rateLimitWait()}, in the call's
 * {@link dev.tasksdk.core.event.CallEvent#rateLimitWait()}, and is not counted as retry backoff.
 */
public final class EventHooks {
  private EventHooks() {}

  /**
   * Reports that the call waited {@code waited} for a rate limit; does nothing when the call has no
   * listener.
   *
   * @throws NullPointerException naming {@code call} or {@code waited} when null
   */
  public static void rateLimitWaited(okhttp3.Call call, Duration waited) {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(waited, "waited == null");
    CallRecorder r = CallRecorder.active(call);
    if (r != null) {
      r.rateLimitWaited(waited.toNanos());
    }
  }
}
