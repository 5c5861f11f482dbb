package dev.tasksdk.ratelimit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;

/** The Redis the tests use: {@code TASKSDK_REDIS_URL} (default redis://127.0.0.1:6379). */
final class TestRedis {
  static final String URL =
      System.getenv().getOrDefault("TASKSDK_REDIS_URL", "redis://127.0.0.1:6379");

  private TestRedis() {}

  /** Fails (never skips) when no Redis answers: start one with scripts/redis-up. */
  static void requireRunning() {
    RedisURI uri = RedisURI.create(URL);
    uri.setTimeout(Duration.ofSeconds(2));
    RedisClient client = RedisClient.create(uri);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      if (!"PONG".equals(c.sync().ping())) {
        throw new AssertionError("Redis at " + URL + " does not answer PING");
      }
    } catch (RuntimeException e) {
      throw new AssertionError(
          "no Redis at " + URL + " (" + e.getClass().getSimpleName() + "): run scripts/redis-up",
          e);
    } finally {
      client.shutdown();
    }
  }

  /** The names of the keys matching {@code pattern}. */
  static java.util.List<String> keys(String pattern) {
    RedisURI uri = RedisURI.create(URL);
    uri.setTimeout(Duration.ofSeconds(10));
    RedisClient client = RedisClient.create(uri);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      return c.sync().keys(pattern);
    } finally {
      client.shutdown();
    }
  }

  /** A loopback port nothing listens on. */
  static int deadPort() throws java.io.IOException {
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
