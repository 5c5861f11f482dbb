package dev.tasksdk.core.spi;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.AttemptEvent;
import dev.tasksdk.core.event.CallContext;
import dev.tasksdk.core.event.CallEvent;
import dev.tasksdk.core.event.Listeners;
import dev.tasksdk.core.event.Outcome;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * The bookkeeping of one call with listeners: started by {@link ClientRuntime}, fed per attempt by
 * {@link EventInterceptor} and by {@link EventHooks#rateLimitWaited}, finished by the runtime.
 *
 * <p>Active recorders are found by the call's original {@link Request} (identity), which every
 * interceptor of the call sees as {@code chain.call().request()}.
 */
final class CallRecorder {
  private static final Map<Request, CallRecorder> ACTIVE = new ConcurrentHashMap<>();
  private static final Map<Method, String[]> TEMPLATES = new ConcurrentHashMap<>();

  final Listeners listeners;
  final CallContext context;
  private final Request request;
  private final long startNanos;
  private int attempts;
  private int lastStatus;
  private long lastAttemptEnd;
  private long backoffNanos;
  private long rateWaitNanos;

  /** Waits reported between attempts (by an interceptor before the event interceptor). */
  private long pendingRateWaitNanos;

  /** Waits reported during the open attempt (by an interceptor after the event interceptor). */
  private long attemptRateWaitNanos;

  private boolean inAttempt;
  private long requestBytes;
  private long responseBytes;

  private CallRecorder(Listeners listeners, CallContext context, Request request) {
    this.listeners = listeners;
    this.context = context;
    this.request = request;
    this.startNanos = System.nanoTime();
    this.lastAttemptEnd = startNanos;
  }

  /** Starts recording the call whose original request is {@code request}. */
  static CallRecorder start(
      Listeners listeners, Vendor vendor, String operation, Request request, HttpUrl baseUrl) {
    HttpUrl url = request.url();
    String[] declared = declared(request);
    String method = declared == null ? request.method() : declared[0];
    CallContext context =
        new CallContext(
            vendor,
            operation,
            method,
            declared == null ? null : template(baseUrl, declared[1]),
            url.host(),
            url.port());
    CallRecorder r = new CallRecorder(listeners, context, request);
    ACTIVE.put(request, r);
    listeners.callStarted(context);
    return r;
  }

  /** The recorder of the call {@code call} belongs to; null when none is recording. */
  static CallRecorder active(okhttp3.Call call) {
    return ACTIVE.get(call.request());
  }

  synchronized void rateLimitWaited(long nanos) {
    if (inAttempt) {
      attemptRateWaitNanos += Math.max(0, nanos);
    } else {
      pendingRateWaitNanos += Math.max(0, nanos);
    }
  }

  /**
   * Returns the attempt's start time; the time since the previous attempt, less the rate-limit
   * waits reported in between, is its backoff. A wait reported from now until {@link
   * #attemptFinished} happened inside the attempt: it is not part of its duration either.
   */
  long attemptStarted() {
    synchronized (this) {
      inAttempt = true;
      attemptRateWaitNanos = 0;
    }
    return System.nanoTime();
  }

  void attemptFinished(
      int attempt,
      long startedNanos,
      int status,
      Outcome outcome,
      Throwable error,
      long reqBytes,
      long respBytes) {
    long now = System.nanoTime();
    long rateWait;
    long backoff;
    long within;
    synchronized (this) {
      long before = pendingRateWaitNanos;
      within = attemptRateWaitNanos;
      rateWait = before + within;
      pendingRateWaitNanos = 0;
      attemptRateWaitNanos = 0;
      inAttempt = false;
      backoff = attempt <= 1 ? 0 : Math.max(0, startedNanos - lastAttemptEnd - before);
      lastAttemptEnd = now;
      attempts = Math.max(attempts, attempt);
      lastStatus = status;
      backoffNanos += backoff;
      rateWaitNanos += rateWait;
      requestBytes = add(requestBytes, reqBytes);
      responseBytes = add(responseBytes, respBytes);
    }
    listeners.attemptFinished(
        new AttemptEvent(
            context,
            attempt,
            status,
            outcome,
            error == null ? null : error.getClass().getSimpleName(),
            error,
            Duration.ofNanos(Math.max(0, now - startedNanos - within)),
            Duration.ofNanos(backoff),
            Duration.ofNanos(rateWait),
            reqBytes,
            respBytes));
  }

  /** Ends the call with its final status (success) or the exception it throws. */
  void finish(int status, Throwable error) {
    ACTIVE.remove(request, this);
    long now = System.nanoTime();
    CallEvent event;
    synchronized (this) {
      rateWaitNanos += pendingRateWaitNanos + attemptRateWaitNanos;
      pendingRateWaitNanos = 0;
      attemptRateWaitNanos = 0;
      int finalStatus = status > 0 ? status : statusOf(error, lastStatus);
      event =
          new CallEvent(
              context,
              attempts,
              finalStatus,
              error == null ? Outcome.ofStatus(finalStatus) : Outcome.of(error),
              error == null ? null : error.getClass().getSimpleName(),
              error,
              Duration.ofNanos(now - startNanos),
              Duration.ofNanos(backoffNanos),
              Duration.ofNanos(rateWaitNanos),
              requestBytes,
              responseBytes);
    }
    listeners.callFinished(event);
  }

  private static int statusOf(Throwable error, int lastStatus) {
    if (error instanceof dev.tasksdk.core.ServiceException) {
      return ((dev.tasksdk.core.ServiceException) error).statusCode();
    }
    return error instanceof dev.tasksdk.core.InvalidResponseException ? lastStatus : 0;
  }

  private static long add(long total, long n) {
    return total < 0 || n < 0 ? -1 : total + n;
  }

  /** {method, relative path} of the Retrofit method behind the request; null when unknown. */
  private static String[] declared(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return null;
    }
    return TEMPLATES.computeIfAbsent(invocation.method(), CallRecorder::fromAnnotations);
  }

  private static String[] fromAnnotations(Method m) {
    for (Annotation a : m.getAnnotations()) {
      String[] d = fromAnnotation(a);
      if (d != null) {
        int q = d[1].indexOf('?');
        return new String[] {d[0], q < 0 ? d[1] : d[1].substring(0, q)};
      }
    }
    return null;
  }

  private static String[] fromAnnotation(Annotation a) {
    if (a instanceof retrofit2.http.GET g) {
      return new String[] {"GET", g.value()};
    } else if (a instanceof retrofit2.http.POST p) {
      return new String[] {"POST", p.value()};
    } else if (a instanceof retrofit2.http.PUT p) {
      return new String[] {"PUT", p.value()};
    } else if (a instanceof retrofit2.http.PATCH p) {
      return new String[] {"PATCH", p.value()};
    } else if (a instanceof retrofit2.http.DELETE d) {
      return new String[] {"DELETE", d.value()};
    } else if (a instanceof retrofit2.http.HEAD h) {
      return new String[] {"HEAD", h.value()};
    } else if (a instanceof retrofit2.http.OPTIONS o) {
      return new String[] {"OPTIONS", o.value()};
    } else if (a instanceof retrofit2.http.HTTP h) {
      return new String[] {h.method(), h.path()};
    }
    return null;
  }

  /** The template as the server sees it: the base URL's path, then the relative one. */
  private static String template(HttpUrl baseUrl, String relative) {
    if (relative.startsWith("/")) {
      return relative;
    }
    if (relative.startsWith("http:") || relative.startsWith("https:")) {
      HttpUrl absolute = HttpUrl.parse(relative);
      return absolute == null ? null : absolute.encodedPath();
    }
    return baseUrl.encodedPath() + relative;
  }
}
