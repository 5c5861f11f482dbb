package dev.tasksdk.core.spi;

import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.ratelimit.RateLimitEvent;
import dev.tasksdk.core.ratelimit.RateLimitEvent.Outcome;
import dev.tasksdk.core.ratelimit.RateLimiter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * Takes a permit from the request's bucket before each attempt (after the retry interceptor, so a
 * retry is counted too) and adjusts the bucket from the answer: a 429 pauses it for everyone for
 * its {@code Retry-After}, {@code X-RateLimit-Remaining} lowers what is left, a remaining of 0
 * pauses it until {@code X-RateLimit-Reset}. A wait longer than what is left of the call's deadline
 * (its call timeout, else {@link dev.tasksdk.core.ratelimit.RateLimiting#maxWait()}) fails at once
 * with {@link RateLimitedException}. Time spent waiting is reported through {@link
 * EventHooks#rateLimitWaited}, so listeners see it as the attempt's and the call's {@code
 * rateLimitWait}.
 */
final class RateLimitInterceptor implements Interceptor {
  /** The longest pause a server's hint may impose on the shared bucket. */
  static final Duration MAX_PAUSE = Duration.ofMinutes(10);

  private final RateLimiter limiter;
  private final RuntimeHooks hooks;
  private final String basePath;

  RateLimitInterceptor(RateLimiter limiter, RuntimeHooks hooks, String baseEncodedPath) {
    this.limiter = limiter;
    this.hooks = hooks;
    this.basePath =
        baseEncodedPath.endsWith("/")
            ? baseEncodedPath.substring(0, baseEncodedPath.length() - 1)
            : baseEncodedPath;
  }

  /** The time one call spent waiting for permits, over all its attempts. */
  static final class CallWait {
    final long startNanos;
    final AtomicLong waitedNanos = new AtomicLong();

    CallWait(long startNanos) {
      this.startNanos = startNanos;
    }
  }

  /** The time the call of {@code request} (the request of a final response) waited for permits. */
  static Duration waited(Request request) {
    CallWait w = request.tag(CallWait.class);
    return w == null ? Duration.ZERO : Duration.ofNanos(w.waitedNanos.get());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Invocation invocation = request.tag(Invocation.class);
    String path = request.url().encodedPath();
    if (!basePath.isEmpty() && path.startsWith(basePath)) {
      path = path.substring(basePath.length());
    }
    RateLimiter.Lane lane =
        limiter.bucketFor(request.method(), path, invocation == null ? null : invocation.method());
    if (lane == null) {
      return chain.proceed(request);
    }
    String operation = invocation == null ? "?" : invocation.method().getName();
    CallWait call = chain.call().tag(CallWait.class, () -> new CallWait(hooks.nanoTime()));
    long maxWait = maxWaitNanos(chain, call);
    long[] parked = {0};
    boolean[] canceled = {false};
    boolean acquired;
    try {
      acquired =
          lane.bucket()
              .tryAcquire(
                  maxWait,
                  nanos -> {
                    parked[0] += nanos;
                    if (!hooks.sleeper().sleep(Duration.ofNanos(nanos), chain.call()::isCanceled)) {
                      canceled[0] = true;
                    }
                  });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io =
          new InterruptedIOException("interrupted while waiting for a rate-limit permit");
      io.initCause(e);
      throw io;
    }
    if (parked[0] > 0) {
      // the listeners' rateLimitWait of this attempt and call; not retry backoff
      EventHooks.rateLimitWaited(chain.call(), Duration.ofNanos(parked[0]));
    }
    if (!acquired) {
      Duration left = Duration.ofNanos(maxWait);
      emit(operation, lane, Outcome.REJECTED, left);
      throw new Rejected(rejection(operation, lane, left));
    }
    if (canceled[0]) {
      throw new IOException("Canceled");
    }
    if (parked[0] > 0) {
      call.waitedNanos.addAndGet(parked[0]);
      emit(operation, lane, Outcome.WAITED, Duration.ofNanos(parked[0]));
    }
    if (call.waitedNanos.get() > 0) {
      request = request.newBuilder().tag(CallWait.class, call).build();
    }
    Response response = chain.proceed(request);
    observe(operation, lane, response);
    return response;
  }

  private long maxWaitNanos(Chain chain, CallWait call) {
    long timeout = chain.call().timeout().timeoutNanos();
    if (timeout <= 0) {
      return limiter.settings().maxWait().toNanos();
    }
    return Math.max(0, timeout - (hooks.nanoTime() - call.startNanos));
  }

  private void observe(String operation, RateLimiter.Lane lane, Response response) {
    if (response.code() == 429) {
      Optional<Duration> hint = RetryHints.delay(response.headers(), hooks.clock());
      if (hint.isPresent() && !hint.get().isZero()) {
        pause(operation, lane, hint.get());
      } else {
        lane.bucket().limitRemaining(0);
      }
      return;
    }
    String remaining = response.header("X-RateLimit-Remaining");
    if (remaining == null) {
      return;
    }
    long left;
    try {
      left = Long.parseLong(remaining.trim());
    } catch (NumberFormatException e) {
      return;
    }
    if (left <= 0) {
      Optional<Duration> reset = RetryHints.delay(response.headers(), hooks.clock());
      if (reset.isPresent() && !reset.get().isZero()) {
        pause(operation, lane, reset.get());
        return;
      }
    }
    lane.bucket().limitRemaining(left);
  }

  private void pause(String operation, RateLimiter.Lane lane, Duration hint) {
    Duration d = hint.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : hint;
    lane.bucket().pause(d);
    emit(operation, lane, Outcome.PAUSED, d);
  }

  private void emit(String operation, RateLimiter.Lane lane, Outcome outcome, Duration d) {
    try {
      limiter
          .settings()
          .listener()
          .onEvent(
              new RateLimitEvent(
                  limiter.vendor(), operation, lane.key().endpointClass(), outcome, d));
    } catch (RuntimeException ignored) {
      // a listener's failure must not fail the call
    }
  }

  private RateLimitedException rejection(String operation, RateLimiter.Lane lane, Duration left) {
    return (RateLimitedException)
        ServiceException.builder()
            .vendor(limiter.vendor())
            .operation(operation)
            .statusCode(429)
            .errorCode("CLIENT_RATE_LIMITED")
            .detail(
                "client-side limit "
                    + lane.limit()
                    + " ("
                    + lane.key().endpointClass()
                    + " endpoints) has no permit within the "
                    + left.toMillis()
                    + " ms left of the call's deadline; nothing was sent")
            .build();
  }

  /** Carries the refusal through OkHttp's chain (which only lets IOExceptions through cleanly). */
  static final class Rejected extends IOException {
    private static final long serialVersionUID = 1L;
    final transient RateLimitedException exception;

    Rejected(RateLimitedException exception) {
      super(exception.getMessage());
      this.exception = exception;
    }
  }
}
