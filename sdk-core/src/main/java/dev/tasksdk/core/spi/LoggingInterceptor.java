package dev.tasksdk.core.spi;

import java.io.IOException;
import java.lang.System.Logger.Level;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs one DEBUG line per attempt before and after it, headers at TRACE, all redacted; costs
 * nothing when the logger is off. The API key is also replaced wherever a server echoed it (a
 * {@code WWW-Authenticate} challenge, an error message).
 */
final class LoggingInterceptor implements Interceptor {
  private final System.Logger logger;

  LoggingInterceptor(System.Logger logger, SecretScrubber scrubber) {
    this.logger = new Scrubbing(logger, scrubber);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!logger.isLoggable(Level.DEBUG)) {
      return chain.proceed(request);
    }
    Tags.Attempt attempt = request.tag(Tags.Attempt.class);
    int n = attempt == null ? 1 : attempt.number();
    logger.log(
        Level.DEBUG,
        "--> "
            + request.method()
            + " "
            + Redactor.redactUrl(request.url())
            + " (attempt "
            + n
            + ")");
    boolean trace = logger.isLoggable(Level.TRACE);
    if (trace) {
      logHeaders(">", request.headers());
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.log(
          Level.DEBUG,
          "<-- FAILED "
              + request.method()
              + " "
              + withoutQuery(request.url())
              + ": "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage())
              + " ("
              + millis(start)
              + " ms)");
      throw e;
    }
    logger.log(
        Level.DEBUG,
        "<-- "
            + response.code()
            + " "
            + request.method()
            + " "
            + withoutQuery(request.url())
            + " ("
            + millis(start)
            + " ms)");
    if (trace) {
      logHeaders("<", response.headers());
    }
    return response;
  }

  private void logHeaders(String direction, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      logger.log(
          Level.TRACE,
          direction
              + " "
              + headers.name(i)
              + ": "
              + Redactor.redactHeaderValue(headers.name(i), headers.value(i)));
    }
  }

  /** Replaces the key in every line before it reaches the real logger. */
  private static final class Scrubbing implements System.Logger {
    private final System.Logger delegate;
    private final SecretScrubber scrubber;

    Scrubbing(System.Logger delegate, SecretScrubber scrubber) {
      this.delegate = delegate;
      this.scrubber = scrubber;
    }

    private String scrub(String line) {
      return scrubber.scrub(line);
    }

    @Override
    public String getName() {
      return delegate.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
      return delegate.isLoggable(level);
    }

    @Override
    public void log(Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown) {
      delegate.log(level, bundle, scrub(msg), scrubber.scrub(thrown));
    }

    @Override
    public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) {
      delegate.log(level, bundle, scrub(format), params);
    }
  }

  private static String withoutQuery(HttpUrl url) {
    return Redactor.redactUrl(url.newBuilder().query(null).build());
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000L;
  }
}
