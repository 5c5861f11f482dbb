package dev.tasksdk.spring.boot.health;

import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of one vendor: runs a read-only probe (a one-item list or similar) with a bounded timeout
 * and no retries, and reuses the result for a TTL so that health checks never load the vendor.
 *
 * <p>Details name the vendor and, when down, the HTTP status or the exception type; never an
 * exception message, a URL with credentials, or the key.
 */
public final class VendorHealthIndicator implements HealthIndicator {
  private final Vendor vendor;
  private final Consumer<RequestOptions> probe;
  private final RequestOptions options;
  private final Duration ttl;
  private final Clock clock;
  private Health cached;
  private Instant expires = Instant.MIN;

  /**
   * Creates the indicator.
   *
   * @param vendor the vendor reported
   * @param probe a read-only call made with the given request options; throws when unhealthy
   * @param timeout the longest a probe may take
   * @param ttl how long a result is reused
   * @param clock the clock the TTL is measured on
   */
  public VendorHealthIndicator(
      Vendor vendor, Consumer<RequestOptions> probe, Duration timeout, Duration ttl, Clock clock) {
    this.vendor = vendor;
    this.probe = probe;
    this.options = RequestOptions.builder().timeout(timeout).maxRetries(0).build();
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (cached == null || !now.isBefore(expires)) {
      cached = probe();
      expires = now.plus(ttl);
    }
    return cached;
  }

  private Health probe() {
    try {
      probe.accept(options);
      return Health.up().withDetail("vendor", vendor.id()).build();
    } catch (ServiceException e) {
      return Health.down()
          .withDetail("vendor", vendor.id())
          .withDetail("status", e.statusCode())
          .withDetail("error", e.getClass().getSimpleName())
          .build();
    } catch (RuntimeException e) {
      return Health.down()
          .withDetail("vendor", vendor.id())
          .withDetail("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
