package dev.tasksdk.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.Secret;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.ratelimit.LocalRateLimitStore;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.core.ratelimit.RateLimitBucket;
import dev.tasksdk.core.ratelimit.RateLimitKey;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisRateLimitStoreTest {
  private static final RateLimitBucket.Waiter NO_WAIT = n -> {};

  @BeforeAll
  static void redis() {
    TestRedis.requireRunning();
  }

  /** A key of its own per test, so runs never share a bucket. */
  private static RateLimitKey freshKey() {
    return RateLimitKey.of(
        Vendor.AMPLEMARKET, Secret.of("sk_live_SENTINEL_" + UUID.randomUUID()), "all");
  }

  @Test
  void twoStores_onOneRedis_shareOneBudget() throws Exception {
    RateLimitKey key = freshKey();
    RateLimit limit = RateLimit.parse("5/min");
    try (RedisRateLimitStore a = RedisRateLimitStore.create(TestRedis.URL);
        RedisRateLimitStore b = RedisRateLimitStore.create(TestRedis.URL)) {
      RateLimitBucket inA = a.bucket(key, limit);
      for (int i = 0; i < 5; i++) {
        assertTrue(inA.tryAcquire(0, NO_WAIT), "permit " + i);
      }
      assertFalse(
          b.bucket(key, limit).tryAcquire(0, NO_WAIT),
          "the other process's store saw no spent budget");
      assertFalse(a.isUnavailable());
    }
  }

  @Test
  void pause_inOneStore_holdsBackTheOther() throws Exception {
    RateLimitKey key = freshKey();
    RateLimit limit = RateLimit.parse("10/s");
    try (RedisRateLimitStore a = RedisRateLimitStore.create(TestRedis.URL);
        RedisRateLimitStore b = RedisRateLimitStore.create(TestRedis.URL)) {
      a.bucket(key, limit).pause(Duration.ofSeconds(3));
      assertFalse(b.bucket(key, limit).tryAcquire(Duration.ofSeconds(2).toNanos(), NO_WAIT));
      long[] parked = {0};
      assertTrue(
          b.bucket(key, limit).tryAcquire(Duration.ofSeconds(5).toNanos(), n -> parked[0] += n));
      assertTrue(
          parked[0] >= Duration.ofMillis(2_500).toNanos(), "waited only " + parked[0] + " ns");
    }
  }

  @Test
  void keysInRedis_holdAHashNeverTheCredential() throws Exception {
    RateLimitKey key = freshKey();
    try (RedisRateLimitStore a = RedisRateLimitStore.create(TestRedis.URL)) {
      assertTrue(a.bucket(key, RateLimit.parse("5/min")).tryAcquire(0, NO_WAIT));
    }
    List<String> keys = TestRedis.keys("tasksdk:rl:amplemarket:all:*");
    assertTrue(keys.contains(key.storeName()), keys.toString());
    assertTrue(keys.stream().noneMatch(k -> k.contains("SENTINEL")), keys.toString());
  }

  @Test
  void redisUnreachable_failsOpenToTheLocalBucketOfTheSameLimit() throws Exception {
    RateLimitKey key = freshKey();
    RateLimit limit = RateLimit.parse("3/min");
    try (RedisRateLimitStore down =
        RedisRateLimitStore.builder()
            .url("redis://127.0.0.1:" + TestRedis.deadPort())
            .fallback(LocalRateLimitStore.create())
            .commandTimeout(Duration.ofMillis(300))
            .connectTimeout(Duration.ofMillis(500))
            .build()) {
      RateLimitBucket bucket = down.bucket(key, limit);
      for (int i = 0; i < 3; i++) {
        assertTrue(bucket.tryAcquire(0, NO_WAIT), "permit " + i);
      }
      assertTrue(down.isUnavailable());
      assertFalse(bucket.tryAcquire(0, NO_WAIT), "the local fallback must still count");
    }
  }

  @Test
  void redisUnreachable_whenRefuse_givesNoPermit() throws Exception {
    try (RedisRateLimitStore down =
        RedisRateLimitStore.builder()
            .url("redis://127.0.0.1:" + TestRedis.deadPort())
            .whenUnavailable(RedisRateLimitStore.WhenUnavailable.REFUSE)
            .commandTimeout(Duration.ofMillis(300))
            .connectTimeout(Duration.ofMillis(500))
            .build()) {
      assertFalse(down.bucket(freshKey(), RateLimit.parse("3/min")).tryAcquire(0, NO_WAIT));
      assertTrue(down.isUnavailable());
    }
  }

  @Test
  void builder_rejectsBadArguments() {
    assertThrows(IllegalStateException.class, () -> RedisRateLimitStore.builder().build());
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> RedisRateLimitStore.builder().url(null));
    assertEquals("url == null", npe.getMessage());
    IllegalArgumentException iae =
        assertThrows(
            IllegalArgumentException.class, () -> RedisRateLimitStore.builder().url("::nope"));
    assertTrue(iae.getMessage().startsWith("url "), iae.getMessage());
  }
}
