package dev.tasksdk.ratelimit.redis;

import dev.tasksdk.core.ratelimit.Bucket4jRateLimitBucket;
import dev.tasksdk.core.ratelimit.LocalRateLimitStore;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.core.ratelimit.RateLimitBucket;
import dev.tasksdk.core.ratelimit.RateLimitKey;
import dev.tasksdk.core.ratelimit.RateLimitStore;
import dev.tasksdk.core.spi.Require;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A {@link RateLimitStore} in Redis: every process given a store on the same Redis shares one
 * bucket per vendor, credential (as a hash of it and the server, never the key itself) and endpoint
 * class.
 *
 * <pre>{@code
 * RedisRateLimitStore store = RedisRateLimitStore.create("redis://127.0.0.1:6379");
 * AmplemarketClient client = AmplemarketClient.builder()
 *     .fromEnv()
 *     .rateLimiting(RateLimiting.builder().store(store).build())
 *     .build();
 * }</pre>
 *
 * <p><b>When Redis is unreachable</b> the store fails open by default ({@link
 * WhenUnavailable#USE_LOCAL}): each process falls back to its own in-JVM bucket of the same limit
 * (so a fleet of N processes may send up to N times the limit until Redis is back) and tries Redis
 * again after {@link Builder#retryAfter(Duration)}. {@link WhenUnavailable#REFUSE} fails closed: no
 * permit is given, so calls fail at once with {@code RateLimitedException} and nothing is sent.
 * Each Redis command waits at most {@link Builder#commandTimeout(Duration)} (default 500 ms), the
 * connect at most {@link Builder#connectTimeout(Duration)} (default 5 s); commands are rejected,
 * not queued, while the connection is down. An {@link RateLimit#adaptive()} limit (no published
 * number) stays in the JVM.
 *
 * <p>The store owns its Redis connection: {@link #close()} closes it.
 */
public final class RedisRateLimitStore implements RateLimitStore, AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.tasksdk.ratelimit.redis");

  /** What the store does while Redis cannot be reached. */
  public enum WhenUnavailable {
    /** Fail open: use the process's own bucket of the same limit (the default). */
    USE_LOCAL,
    /** Fail closed: give no permit; calls fail at once with {@code RateLimitedException}. */
    REFUSE
  }

  private final RedisURI uri;
  private final WhenUnavailable whenUnavailable;
  private final RateLimitStore fallback;
  private final long retryAfterNanos;
  private final Duration commandTimeout;
  private final LongSupplier nanoTime;
  private final ConcurrentMap<RateLimitKey, RateLimitBucket> buckets = new ConcurrentHashMap<>();
  private final RedisClient client;
  private volatile StatefulRedisConnection<byte[], byte[]> connection;
  private volatile ProxyManager<byte[]> proxies;
  private volatile long downUntil;

  private RedisRateLimitStore(Builder b) {
    this.uri = b.uri;
    this.whenUnavailable = b.whenUnavailable;
    this.fallback = b.fallback;
    this.retryAfterNanos = b.retryAfter.toNanos();
    this.commandTimeout = b.commandTimeout;
    this.nanoTime = System::nanoTime;
    this.downUntil = nanoTime.getAsLong();
    this.client = RedisClient.create();
    client.setOptions(
        ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(SocketOptions.builder().connectTimeout(b.connectTimeout).build())
            .build());
  }

  /**
   * A store on the Redis at {@code url} (e.g. {@code redis://127.0.0.1:6379}), failing open.
   *
   * @throws NullPointerException naming {@code url} when null
   * @throws IllegalArgumentException naming {@code url} when it is not a Redis URL
   */
  public static RedisRateLimitStore create(String url) {
    return builder().url(url).build();
  }

  /** A builder; {@link Builder#url(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public RateLimitBucket bucket(RateLimitKey key, RateLimit limit) {
    Require.nonNull(key, "key");
    Require.nonNull(limit, "limit");
    Require.argument(!limit.isOff(), "limit", "must not be off");
    if (limit.kind() == RateLimit.Kind.ADAPTIVE) {
      return fallback.bucket(key, limit);
    }
    return buckets.computeIfAbsent(key, k -> new Failover(k, limit));
  }

  /** Whether the last attempt to reach Redis failed (and the store is on its fallback). */
  public boolean isUnavailable() {
    return nanoTime.getAsLong() - downUntil < 0;
  }

  /** Closes the Redis connection and client. */
  @Override
  public void close() {
    StatefulRedisConnection<byte[], byte[]> c = connection;
    if (c != null) {
      c.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  @Override
  public String toString() {
    return "RedisRateLimitStore["
        + uri.getHost()
        + ":"
        + uri.getPort()
        + ", whenUnavailable="
        + whenUnavailable
        + "]";
  }

  /** The proxies, connecting first if needed; null while Redis is considered down. */
  private ProxyManager<byte[]> proxies() {
    ProxyManager<byte[]> p = proxies;
    if (p != null) {
      return p;
    }
    if (isUnavailable()) {
      return null;
    }
    synchronized (this) {
      if (proxies == null) {
        try {
          connection = client.connect(ByteArrayCodec.INSTANCE, uri);
          // the handshake ran under the connect timeout; commands from now on under their own
          connection.setTimeout(commandTimeout);
          proxies =
              Bucket4jLettuce.casBasedBuilder(connection)
                  .expirationAfterWrite(
                      ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                          Duration.ofSeconds(10)))
                  .build();
        } catch (RuntimeException e) {
          connection = null;
          markDown(e);
          return null;
        }
      }
      return proxies;
    }
  }

  private void markDown(RuntimeException e) {
    boolean wasUp = !isUnavailable();
    downUntil = nanoTime.getAsLong() + retryAfterNanos;
    if (wasUp) {
      // the exception's class only: Lettuce messages may quote the URL, which can hold a password
      LOG.log(
          System.Logger.Level.WARNING,
          "Redis at {0}:{1} unreachable ({2}); {3} for {4} ms",
          uri.getHost(),
          String.valueOf(uri.getPort()),
          e.getClass().getSimpleName(),
          whenUnavailable == WhenUnavailable.USE_LOCAL ? "using local buckets" : "refusing permits",
          String.valueOf(retryAfterNanos / 1_000_000));
    }
  }

  /** The Redis bucket of one key, with the fallback for while Redis is down. */
  private final class Failover implements RateLimitBucket {
    private final RateLimitKey key;
    private final RateLimit limit;
    private volatile RateLimitBucket remote;

    Failover(RateLimitKey key, RateLimit limit) {
      this.key = key;
      this.limit = limit;
    }

    private RateLimitBucket remote() {
      RateLimitBucket r = remote;
      if (r != null) {
        return isUnavailable() ? null : r;
      }
      ProxyManager<byte[]> p = proxies();
      if (p == null) {
        return null;
      }
      r =
          new Bucket4jRateLimitBucket(
              p.builder()
                  .build(
                      key.storeName().getBytes(StandardCharsets.UTF_8),
                      () ->
                          Bucket4jRateLimitBucket.configuration(limit, System.currentTimeMillis())),
              limit);
      remote = r;
      return r;
    }

    @Override
    public boolean tryAcquire(long maxWaitNanos, Waiter waiter) throws InterruptedException {
      RateLimitBucket r = remote();
      if (r != null) {
        try {
          return r.tryAcquire(maxWaitNanos, waiter);
        } catch (RuntimeException e) {
          markDown(e);
        }
      }
      if (whenUnavailable == WhenUnavailable.REFUSE) {
        return false;
      }
      return fallback.bucket(key, limit).tryAcquire(maxWaitNanos, waiter);
    }

    @Override
    public void pause(Duration duration) {
      RateLimitBucket r = remote();
      if (r != null) {
        try {
          r.pause(duration);
          return;
        } catch (RuntimeException e) {
          markDown(e);
        }
      }
      fallback.bucket(key, limit).pause(duration);
    }

    @Override
    public void limitRemaining(long remaining) {
      RateLimitBucket r = remote();
      if (r != null) {
        try {
          r.limitRemaining(remaining);
          return;
        } catch (RuntimeException e) {
          markDown(e);
        }
      }
      fallback.bucket(key, limit).limitRemaining(remaining);
    }
  }

  /** Builds a {@link RedisRateLimitStore}. */
  public static final class Builder {
    private RedisURI uri;
    private WhenUnavailable whenUnavailable = WhenUnavailable.USE_LOCAL;
    private RateLimitStore fallback = LocalRateLimitStore.shared();
    private Duration commandTimeout = Duration.ofMillis(500);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration retryAfter = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * Sets the Redis URL, e.g. {@code redis://127.0.0.1:6379} or {@code rediss://user:pw@host/0}.
     *
     * @throws NullPointerException naming {@code url} when null
     * @throws IllegalArgumentException naming {@code url} when it does not parse
     */
    public Builder url(String url) {
      Require.nonNull(url, "url");
      try {
        this.uri = RedisURI.create(url.trim());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("url is not a Redis URL (redis://host:port)");
      }
      return this;
    }

    /** Sets what happens while Redis is unreachable (default {@link WhenUnavailable#USE_LOCAL}). */
    public Builder whenUnavailable(WhenUnavailable mode) {
      this.whenUnavailable = Require.nonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the store used while Redis is unreachable (default {@link
     * LocalRateLimitStore#shared()}).
     */
    public Builder fallback(RateLimitStore fallback) {
      this.fallback = Require.nonNull(fallback, "fallback");
      return this;
    }

    /**
     * Sets how long connecting to Redis may take (default 5 s); the store connects when built and,
     * after a failure, again after {@link #retryAfter(Duration)}.
     */
    public Builder connectTimeout(Duration timeout) {
      Require.nonNull(timeout, "timeout");
      Require.argument(!timeout.isNegative() && !timeout.isZero(), "timeout", "must be > 0");
      this.connectTimeout = timeout;
      return this;
    }

    /** Sets how long one Redis command may take (default 500 ms). */
    public Builder commandTimeout(Duration timeout) {
      Require.nonNull(timeout, "timeout");
      Require.argument(!timeout.isNegative() && !timeout.isZero(), "timeout", "must be > 0");
      this.commandTimeout = timeout;
      return this;
    }

    /** Sets how long the store stays on its fallback after Redis failed (default 5 s). */
    public Builder retryAfter(Duration retryAfter) {
      Require.nonNull(retryAfter, "retryAfter");
      Require.argument(!retryAfter.isNegative(), "retryAfter", "must be >= 0");
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * Builds the store and connects; when Redis is unreachable the store starts on its fallback.
     *
     * @throws IllegalStateException when no URL was set
     */
    public RedisRateLimitStore build() {
      if (uri == null) {
        throw new IllegalStateException("url is required: RedisRateLimitStore.builder().url(...)");
      }
      uri.setTimeout(connectTimeout);
      RedisRateLimitStore store = new RedisRateLimitStore(this);
      store.proxies();
      return store;
    }
  }
}
