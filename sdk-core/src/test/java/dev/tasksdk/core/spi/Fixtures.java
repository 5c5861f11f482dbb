package dev.tasksdk.core.spi;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.ratelimit.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockWebServer;

/** Shared test setup: a profile, options pointing at a MockWebServer, recording hooks. */
final class Fixtures {
  static final String KEY = "sk_live_SENTINEL_9f8e7d6c";

  private Fixtures() {}

  static VendorProfile.Builder profile() {
    return VendorProfile.builder()
        .vendor(Vendor.AGENTTASKS)
        .defaultBaseUrl("https://api.agenttasks.test/v1/")
        .bearerAuth()
        .requestIdHeader("x-request-id")
        .errorParser(ErrorParser.json(TestApi.TestError.class, e -> e.code, e -> e.message))
        .retrySafeOperation("act")
        .defaultHeader("Accept", "application/json")
        .sdkVersion("9.9.9");
  }

  static ClientOptions.Builder options(MockWebServer server) {
    return ClientOptions.builder()
        .baseUrl(server.url("/v1/"))
        .apiKey(KEY)
        // the retry tests count sleeps: the limiter (RateLimiterTest) is not part of them
        .rateLimit(RateLimit.off())
        .initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofSeconds(2));
  }

  /** A sleeper that records what it was asked to wait and returns at once. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @Override
    public boolean sleep(Duration duration, BooleanSupplier canceled) {
      sleeps.add(duration);
      return true;
    }
  }

  /** A logger that keeps every line at or above its level. */
  static final class CapturingLogger implements System.Logger {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Level threshold;

    CapturingLogger(Level threshold) {
      this.threshold = threshold;
    }

    @Override
    public String getName() {
      return ClientOptions.LOGGER_NAME;
    }

    @Override
    public boolean isLoggable(Level level) {
      return level.getSeverity() >= threshold.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      if (isLoggable(level)) {
        lines.add(level + " " + msg + (thrown == null ? "" : " " + thrown));
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        lines.add(
            level
                + " "
                + (params == null || params.length == 0
                    ? format
                    : java.text.MessageFormat.format(format, params)));
      }
    }
  }

  static RuntimeHooks hooks(Sleeper sleeper, System.Logger logger) {
    return RuntimeHooks.builder().sleeper(sleeper).jitter(() -> 1.0).logger(logger).build();
  }
}
