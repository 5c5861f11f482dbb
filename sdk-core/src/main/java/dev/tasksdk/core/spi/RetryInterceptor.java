package dev.tasksdk.core.spi;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.RequestOptions;
import java.io.IOException;
import java.net.ProtocolException;
import java.net.UnknownServiceException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.AsyncTimeout;
import retrofit2.Invocation;

/**
 * Retries connection failures and 408/429/502/503/504 with exponential backoff and full jitter,
 * within the retry budget; POST and PATCH only when idempotent by key or by operation.
 *
 * <p>The budget counts from the call's start and includes the attempts: no retry starts whose wait
 * would end past the budget or the call's deadline (a longer server hint ends the call with the
 * server's answer), and a retry still running when the budget ends is cancelled. Every request a
 * call starts must go to the base URL's origin. Every response not handed on is closed.
 *
 * <p>A request safe to repeat that fails on a pooled connection before any byte of a response (the
 * server closed the idle connection) is sent again at once on another connection, even with retries
 * off, as browsers and OkHttp's own default do; such a resend does not count against {@code
 * maxRetries}. A request not safe to repeat is never sent twice.
 */
final class RetryInterceptor implements Interceptor {
  private static final Set<Integer> RETRY_STATUSES = Set.of(408, 429, 502, 503, 504);
  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  /** OkHttp's default pool keeps five idle connections; each may have been closed by the server. */
  static final int MAX_STALE_RESENDS = 5;

  private final ClientOptions options;
  private final Set<String> retrySafeOperations;
  private final RuntimeHooks hooks;
  private final LongAdder retries;
  private final HttpUrl baseUrl;
  private final SecretScrubber scrubber;

  RetryInterceptor(
      ClientOptions options,
      Set<String> retrySafeOperations,
      RuntimeHooks hooks,
      LongAdder retries,
      HttpUrl baseUrl,
      SecretScrubber scrubber) {
    this.baseUrl = baseUrl;
    this.scrubber = scrubber;
    this.options = options;
    this.retrySafeOperations = retrySafeOperations;
    this.hooks = hooks;
    this.retries = retries;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!UrlPolicy.sameOrigin(request.url(), baseUrl)) {
      // a next link, a resumed token or a caller's URL: whatever OkHttp would send is checked
      throw new Tags.OriginRefusedException(
          "refused to send a request to "
              + Redactor.redactUrl(request.url())
              + ", which is not on the base URL's origin ("
              + baseUrl.scheme()
              + "://"
              + baseUrl.host()
              + ":"
              + baseUrl.port()
              + ")");
    }
    Tags.Overrides overrides = request.tag(Tags.Overrides.class);
    int maxRetries =
        overrides != null && overrides.maxRetries() != null
            ? overrides.maxRetries()
            : options.maxRetries();
    boolean safeToRepeat = isRetryable(request);
    boolean retryable = maxRetries > 0 && safeToRepeat;
    int staleResends = 0;
    long budget = options.retryBudget().toNanos();
    long deadline = chain.call().timeout().timeoutNanos();
    long start = hooks.nanoTime();
    for (int attempt = 1; ; attempt++) {
      Tags.Exchange exchange = new Tags.Exchange();
      Request attemptRequest =
          request
              .newBuilder()
              .tag(Tags.Attempt.class, new Tags.Attempt(attempt))
              .tag(Tags.Exchange.class, exchange)
              .build();
      Response response = null;
      IOException failure = null;
      boolean inBody = false;
      BudgetTimer timer = null;
      try {
        if (attempt > 1) {
          // a retry may not outlive the budget: the watchdog cancels it when the budget ends
          timer = new BudgetTimer(chain.call());
          timer.timeout(Math.max(1L, budget - (hooks.nanoTime() - start)), TimeUnit.NANOSECONDS);
          timer.enter();
        }
        response = chain.proceed(attemptRequest);
        if (retryable && response.isSuccessful()) {
          // read the body here, so that a reset in the middle of it or a corrupt gzip stream is a
          // failure of this attempt (and retried), not an error after the retry loop is over
          inBody = true;
          response = buffered(response);
        }
      } catch (IOException e) {
        failure = e;
      } catch (RuntimeException e) {
        // e.g. OkHttp's header checks: never let one escape raw (async: an uncaught stack trace)
        throw new Tags.RequestRejectedException(scrubber.scrub(String.valueOf(e.getMessage())));
      } finally {
        if (timer != null && timer.exit()) {
          closeQuietly(response);
          throw new Tags.RetryBudgetExhaustedException(
              "retry budget of "
                  + options.retryBudget()
                  + " spent during attempt "
                  + attempt
                  + " (attempts count against it)",
              attempt,
              failure);
        }
      }
      if (failure != null
          && !inBody
          && safeToRepeat
          && exchange.reusedConnection
          && staleResends < MAX_STALE_RESENDS
          && isStaleConnectionFailure(failure)
          && !chain.call().isCanceled()
          && hooks.nanoTime() - start < budget) {
        // the server closed the pooled connection while it was idle: nothing reached it
        staleResends++;
        retries.increment();
        continue;
      }
      try {
        Duration delay =
            nextDelay(
                chain, retryable, attempt - staleResends, maxRetries, response, failure, inBody);
        if (delay == null) {
          return done(response);
        }
        long elapsed = hooks.nanoTime() - start;
        long remaining = budget - elapsed;
        if (deadline > 0) {
          remaining = Math.min(remaining, deadline - elapsed);
        }
        if (delay.toNanos() > remaining) {
          if (response != null) {
            // the server asks for a longer wait than is left: its answer (a 429 becomes a
            // RateLimitedException carrying the clamped hint) ends the call at once
            return done(response);
          }
          throw new Tags.RetryBudgetExhaustedException(
              "retry budget of " + options.retryBudget() + " spent after " + attempt + " attempts",
              attempt,
              failure);
        }
        closeQuietly(response);
        response = null;
        if (!hooks.sleeper().sleep(delay, () -> chain.call().isCanceled())) {
          throw new IOException("Canceled");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Tags.RetryInterruptedException(e);
      } catch (IOException | RuntimeException | Error e) {
        closeQuietly(response);
        throw e;
      }
      retries.increment();
    }
  }

  /**
   * The wait before the next attempt, or null when {@code response} is the answer; rethrows a
   * failure that is not retried.
   */
  private Duration nextDelay(
      Chain chain,
      boolean retryable,
      int attempt,
      int maxRetries,
      Response response,
      IOException failure,
      boolean inBody)
      throws IOException {
    boolean mayRetry = retryable && attempt <= maxRetries && !chain.call().isCanceled();
    if (failure != null) {
      // a body cut short is a transient failure, whatever OkHttp calls it
      if (!mayRetry || !(inBody || isRetryableFailure(failure))) {
        throw failure;
      }
      return backoff(attempt);
    }
    if (!mayRetry || !RETRY_STATUSES.contains(response.code())) {
      return null;
    }
    return RetryHints.delay(response.headers(), hooks.clock()).orElseGet(() -> backoff(attempt));
  }

  private static void closeQuietly(Response response) {
    if (response != null) {
      response.close();
    }
  }

  /** Cancels the call when the retry budget ends during an attempt. */
  private static final class BudgetTimer extends AsyncTimeout {
    private final okhttp3.Call call;

    BudgetTimer(okhttp3.Call call) {
      this.call = call;
    }

    @Override
    protected void timedOut() {
      call.cancel();
    }
  }

  /**
   * The response with its body read into its source's buffer (the decoder then reads from memory,
   * and the connection is released at the body's end); one larger than the decoder accepts is left
   * streaming, for the decoder to refuse with its own message.
   */
  private static Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    try {
      body.source().request(DecodingConverterFactory.MAX_BODY_BYTES + 1);
      return response;
    } catch (IOException e) {
      response.close();
      throw e;
    }
  }

  private static Response done(Response response) {
    Tags.LastStatus.set(response.code());
    return response;
  }

  private boolean isRetryable(Request request) {
    if (request.body() != null && request.body().isOneShot()) {
      return false;
    }
    String method = request.method();
    if (IDEMPOTENT_METHODS.contains(method)) {
      return true;
    }
    if (request.header(RequestOptions.IDEMPOTENCY_KEY_HEADER) != null) {
      return true;
    }
    Tags.PerRequest perRequest = request.tag(Tags.PerRequest.class);
    if (perRequest != null && perRequest.idempotencyKey() != null) {
      return true;
    }
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && retrySafeOperations.contains(invocation.method().getName());
  }

  /**
   * Whether a failure is how a connection the server closed while idle fails the next request: the
   * stream ends or the socket is reset. A timeout is not: the server has the request and is slow.
   */
  static boolean isStaleConnectionFailure(IOException e) {
    return isRetryableFailure(e) && !(e instanceof java.io.InterruptedIOException);
  }

  /**
   * Whether a failure may pass with time. Deterministic ones are not retried: too many redirects
   * and other protocol errors ({@link ProtocolException}), TLS failures (a reset during the
   * handshake excepted), a scheme the client cannot speak, and the runtime's own refusals.
   */
  static boolean isRetryableFailure(IOException e) {
    if (e instanceof ProtocolException || e instanceof UnknownServiceException) {
      return false;
    }
    if (e instanceof SSLException) {
      Throwable c = e.getCause();
      return c instanceof java.net.SocketException || c instanceof java.io.EOFException;
    }
    return !(e instanceof Tags.Refusal)
        && !(e instanceof Tags.RetryInterruptedException)
        && !(e instanceof RateLimitInterceptor.Rejected)
        && !(e instanceof Tags.RetryBudgetExhaustedException);
  }

  private Duration backoff(int retry) {
    long initial = options.initialBackoff().toNanos();
    long max = options.maxBackoff().toNanos();
    int shift = Math.min(retry - 1, 40);
    long cap = initial > (max >> shift) ? max : Math.min(max, initial << shift);
    double j = Math.max(0.0, Math.min(1.0, hooks.jitter()));
    return Duration.ofNanos((long) (cap * j));
  }
}
