package dev.tasksdk.core.spi;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.RequestOptions;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Invocation;

/**
 * Retries connection failures and 408/429/502/503/504 with exponential backoff and full jitter,
 * within the retry budget; POST and PATCH only when idempotent by key or by operation.
 */
final class RetryInterceptor implements Interceptor {
  private static final Set<Integer> RETRY_STATUSES = Set.of(408, 429, 502, 503, 504);
  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final ClientOptions options;
  private final Set<String> retrySafeOperations;
  private final RuntimeHooks hooks;
  private final LongAdder retries;

  RetryInterceptor(
      ClientOptions options,
      Set<String> retrySafeOperations,
      RuntimeHooks hooks,
      LongAdder retries) {
    this.options = options;
    this.retrySafeOperations = retrySafeOperations;
    this.hooks = hooks;
    this.retries = retries;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Tags.Overrides overrides = request.tag(Tags.Overrides.class);
    int maxRetries =
        overrides != null && overrides.maxRetries() != null
            ? overrides.maxRetries()
            : options.maxRetries();
    boolean retryable = maxRetries > 0 && isRetryable(request);
    long budget = options.retryBudget().toNanos();
    long start = hooks.nanoTime();
    for (int attempt = 1; ; attempt++) {
      Request attemptRequest =
          request.newBuilder().tag(Tags.Attempt.class, new Tags.Attempt(attempt)).build();
      Response response = null;
      IOException failure = null;
      try {
        response = chain.proceed(attemptRequest);
        if (retryable && response.isSuccessful()) {
          // read the body here, so that a reset in the middle of it or a corrupt gzip stream is a
          // failure of this attempt (and retried), not an error after the retry loop is over
          response = buffered(response);
        }
      } catch (IOException e) {
        failure = e;
      }
      boolean mayRetry = retryable && attempt <= maxRetries && !chain.call().isCanceled();
      Duration delay;
      if (failure != null) {
        if (!mayRetry || !isRetryableFailure(failure)) {
          throw failure;
        }
        delay = backoff(attempt);
      } else {
        if (!mayRetry || !RETRY_STATUSES.contains(response.code())) {
          return done(response);
        }
        final int n = attempt;
        delay = RetryHints.delay(response.headers(), hooks.clock()).orElseGet(() -> backoff(n));
      }
      long remaining = budget - (hooks.nanoTime() - start);
      if (delay.toNanos() > remaining) {
        if (response != null) {
          return done(response);
        }
        throw new Tags.RetryBudgetExhaustedException(
            "retry budget of " + options.retryBudget() + " spent after " + attempt + " attempts",
            attempt,
            failure);
      }
      if (response != null) {
        response.close();
      }
      try {
        if (!hooks.sleeper().sleep(delay, () -> chain.call().isCanceled())) {
          throw new IOException("Canceled");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Tags.RetryInterruptedException(e);
      }
      retries.increment();
    }
  }

  /**
   * The response with its body read into memory; one larger than the decoder accepts is left
   * streaming, for the decoder to refuse with its own message.
   */
  private static Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    try {
      BufferedSource source = body.source();
      if (source.request(DecodingConverterFactory.MAX_BODY_BYTES + 1)) {
        return response;
      }
      Buffer data = new Buffer();
      data.writeAll(source);
      body.close();
      return response
          .newBuilder()
          .body(ResponseBody.create(data, body.contentType(), data.size()))
          .build();
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
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && retrySafeOperations.contains(invocation.method().getName());
  }

  private static boolean isRetryableFailure(IOException e) {
    if (e instanceof SSLPeerUnverifiedException) {
      return false;
    }
    if (e instanceof SSLHandshakeException && e.getCause() instanceof CertificateException) {
      return false;
    }
    return !(e instanceof Tags.RetryInterruptedException)
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
