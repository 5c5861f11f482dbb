package dev.tasksdk.core.spi;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;

/** Request tags and exceptions the runtime's interceptors pass between each other. */
final class Tags {
  private Tags() {}

  /** The attempt number of a request, set by the retry interceptor, read by the logger. */
  record Attempt(int number) {}

  /**
   * What the network layer saw of one attempt, set by {@link ConnectionReuseInterceptor}, read by
   * the retry interceptor: whether the attempt went out on a connection that had carried an
   * exchange before (one the server may have closed while it sat idle in the pool).
   */
  static final class Exchange {
    volatile boolean reusedConnection;
  }

  /** Per-request overrides, set by {@link RequestOptionsInterceptor}. */
  record Overrides(Integer maxRetries) {}

  /**
   * A request's own headers and idempotency key, set by {@link RequestOptionsInterceptor} and
   * attached by {@link CredentialInterceptor} only to requests for the base URL's origin.
   */
  record PerRequest(Map<String, String> headers, String idempotencyKey) {}

  /** A request the runtime refused to send; never retried. */
  interface Refusal {}

  /** The first request of a call was not for the base URL's origin (e.g. a foreign next link). */
  static final class OriginRefusedException extends IOException implements Refusal {
    private static final long serialVersionUID = 1L;

    OriginRefusedException(String message) {
      super(message);
    }
  }

  /** A request that is not safe to repeat was redirected to another origin. */
  static final class RedirectRefusedException extends IOException implements Refusal {
    private static final long serialVersionUID = 1L;

    RedirectRefusedException(String message) {
      super(message);
    }
  }

  /** An interceptor or OkHttp refused the request (its message scrubbed of the key). */
  static final class RequestRejectedException extends IOException implements Refusal {
    private static final long serialVersionUID = 1L;

    RequestRejectedException(String message) {
      super(message);
    }
  }

  /** The retry budget ran out while the last attempt had failed with an I/O error. */
  static final class RetryBudgetExhaustedException extends IOException {
    private static final long serialVersionUID = 1L;
    final int attempts;

    RetryBudgetExhaustedException(String message, int attempts, IOException last) {
      super(message, last);
      this.attempts = attempts;
    }
  }

  /** The thread was interrupted while waiting to retry; its interrupt flag is set again. */
  static final class RetryInterruptedException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    RetryInterruptedException(InterruptedException cause) {
      super("interrupted while waiting to retry");
      initCause(cause);
    }
  }

  /** The status of the last response on this thread, for decode failures (see the converter). */
  static final class LastStatus {
    private static final ThreadLocal<Integer> STATUS = new ThreadLocal<>();

    private LastStatus() {}

    static void set(int status) {
      STATUS.set(status);
    }

    static int take() {
      Integer s = STATUS.get();
      STATUS.remove();
      return s == null ? 200 : s;
    }

    static void clear() {
      STATUS.remove();
    }
  }
}
