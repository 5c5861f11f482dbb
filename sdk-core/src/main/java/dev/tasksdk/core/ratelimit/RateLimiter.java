package dev.tasksdk.core.ratelimit;

import dev.tasksdk.core.Secret;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client's view of the rate limits: which bucket a request draws from. The runtime's rate-limit
 * interceptor asks it for the {@link #bucketFor bucket} of each attempt; a limiter that is {@link
 * #isOff() off} hands out none.
 *
 * <p>The endpoint class of a request is found by matching its method and path against the
 * operations of the vendor's spec, cached per generated method.
 */
public final class RateLimiter {
  private final Vendor vendor;
  private final RateLimiting settings;
  private final Map<String, RateLimit> classes;
  private final DocumentedLimits documented;
  private final boolean overridden;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
  private final Map<Object, Lane> byOperation = new ConcurrentHashMap<>();
  private final String credentialHash;

  /** A bucket with the key and limit it was made for. */
  public record Lane(RateLimitKey key, RateLimit limit, RateLimitBucket bucket) {}

  private RateLimiter(Vendor vendor, Secret credential, String server, RateLimiting settings) {
    this.vendor = vendor;
    this.settings = settings;
    this.documented = DocumentedLimits.of(vendor);
    this.overridden = settings.limit().isPresent();
    this.classes =
        overridden
            ? (settings.limit().get().isOff() ? Map.of() : Map.of("all", settings.limit().get()))
            : documented.classes();
    this.credentialHash = classes.isEmpty() ? null : RateLimitKey.hash(credential, server);
  }

  /**
   * The limiter of a client of {@code vendor} with {@code credential} at {@code server} ({@code
   * host:port} of the base URL; part of the bucket's key, hashed with the credential).
   *
   * @throws NullPointerException naming the null parameter
   */
  public static RateLimiter create(
      Vendor vendor, Secret credential, String server, RateLimiting settings) {
    Require.nonNull(vendor, "vendor");
    Require.nonNull(credential, "credential");
    Require.nonNull(server, "server");
    Require.nonNull(settings, "settings");
    return new RateLimiter(vendor, credential, server, settings);
  }

  /** Whether no request is limited. */
  public boolean isOff() {
    return classes.isEmpty();
  }

  /** The limit of each endpoint class in force (empty when off). */
  public Map<String, RateLimit> limits() {
    return classes;
  }

  /** The settings. */
  public RateLimiting settings() {
    return settings;
  }

  /** The vendor. */
  public Vendor vendor() {
    return vendor;
  }

  /**
   * The lane of a request, or null when the limiter is off.
   *
   * @param method the HTTP method
   * @param path the request path relative to the base URL, starting with {@code /}
   * @param operation a stable key of the operation (the generated method), or null; the class is
   *     cached under it
   */
  public Lane bucketFor(String method, String path, Object operation) {
    if (classes.isEmpty()) {
      return null;
    }
    if (operation != null) {
      Lane cached = byOperation.get(operation);
      if (cached != null) {
        return cached;
      }
    }
    String cls = overridden ? "all" : documented.classOf(method, path);
    Lane lane =
        lanes.computeIfAbsent(
            cls,
            c -> {
              RateLimitKey key = RateLimitKey.ofHash(vendor, credentialHash, c);
              RateLimit limit = classes.get(c);
              return new Lane(key, limit, settings.store().bucket(key, limit));
            });
    if (operation != null) {
      byOperation.put(operation, lane);
    }
    return lane;
  }

  @Override
  public String toString() {
    return "RateLimiter[" + vendor + ", " + (isOff() ? "off" : classes) + "]";
  }
}
