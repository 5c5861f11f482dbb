package dev.tasksdk.spring.boot;

import static dev.tasksdk.spring.boot.TaskSdkAutoConfigurationTest.assertNoKey;
import static dev.tasksdk.spring.boot.TaskSdkAutoConfigurationTest.rootCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.ratelimit.LocalRateLimitStore;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.core.ratelimit.RateLimitStore;
import dev.tasksdk.core.ratelimit.RateLimiting;
import dev.tasksdk.ratelimit.redis.RedisRateLimitStore;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code tasksdk.<vendor>.rate-limit.*} and the Redis store of {@code tasksdk.rate-limit.redis.*}.
 * The tests marked as needing Redis fail (never skip) when none answers at {@code
 * TASKSDK_REDIS_URL} (default redis://127.0.0.1:6379): start one with scripts/redis-up.
 */
class TaskSdkRateLimitTest extends MockServerTest {
  static final String REDIS =
      System.getenv().getOrDefault("TASKSDK_REDIS_URL", "redis://127.0.0.1:6379");

  /** A key of this test run only, so that no bucket of an earlier run (or test) is reused. */
  final String key = TaskSdkAutoConfigurationTest.KEY + "-" + UUID.randomUUID();

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  TaskSdkAutoConfiguration.class, TaskSdkRateLimitAutoConfiguration.class));

  private void enqueueOk(int n) {
    for (int i = 0; i < n; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
    }
  }

  private static RateLimiting rateLimiting(VambeClient client) {
    return client.options().rateLimiting();
  }

  @Test
  void limitAndMaxWait_reachTheClient_andTheLimitHoldsOnTheWire() throws Exception {
    runner
        .withPropertyValues(
            "tasksdk.vambe.api-key=" + key,
            "tasksdk.vambe.base-url=" + server.url("/"),
            "tasksdk.vambe.call-timeout=0s",
            "tasksdk.vambe.rate-limit.limit=1/min",
            "tasksdk.vambe.rate-limit.max-wait=0s")
        .run(
            ctx -> {
              VambeClient vambe = ctx.getBean(VambeClient.class);
              assertThat(rateLimiting(vambe).limit())
                  .contains(RateLimit.of(1, Duration.ofMinutes(1)));
              assertThat(rateLimiting(vambe).maxWait()).isEqualTo(Duration.ZERO);
              assertThat(rateLimiting(vambe).store()).isSameAs(LocalRateLimitStore.shared());
              enqueueOk(2);

              assertThat(vambe.listTeamMembers()).isEmpty();
              // no deadline, max-wait 0: the second call in the minute is refused at once
              RateLimitedException refused =
                  assertThrows(RateLimitedException.class, vambe::listTeamMembers);

              assertThat(refused.getMessage()).contains("nothing was sent");
              assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget())
                  .isEqualTo("/api/public/team-members/all");
              assertThat(server.getRequestCount()).isEqualTo(1);
            });
  }

  @Test
  void limitOff_switchesTheDocumentedLimitOff() {
    runner
        .withPropertyValues(
            "tasksdk.amplemarket.api-key=" + key, "tasksdk.amplemarket.rate-limit.limit=off")
        .run(
            ctx ->
                assertThat(ctx.getBean(AmplemarketClient.class).options().rateLimiting().limit())
                    .contains(RateLimit.off()));
  }

  @Test
  void nothingSet_keepsTheDocumentedLimitsInThisJvm() {
    runner
        .withPropertyValues("tasksdk.vambe.api-key=" + key, "tasksdk.vambe.rate-limit.limit= ")
        .run(
            ctx -> {
              assertThat(ctx).doesNotHaveBean(RateLimitStore.class);
              assertThat(rateLimiting(ctx.getBean(VambeClient.class)))
                  .isSameAs(RateLimiting.defaults());
            });
  }

  @Test
  void badLimit_failsNamingThePropertyNeverTheKey() {
    runner
        .withPropertyValues("tasksdk.stuut.api-key=" + key, "tasksdk.stuut.rate-limit.limit=fast")
        .run(
            ctx -> {
              Throwable failure = ctx.getStartupFailure();
              InvalidTaskSdkPropertyException cause = rootCause(failure);
              assertThat(cause.property()).isEqualTo("tasksdk.stuut.rate-limit.limit");
              assertThat(cause.reason()).contains("'fast' is not a rate limit");
              FailureAnalysis analysis = new TaskSdkPropertyFailureAnalyzer().analyze(failure);
              assertThat(analysis.getAction()).contains("TASKSDK_STUUT_RATELIMIT_LIMIT");
              assertNoKey(failure, analysis);
            });
  }

  @Test
  void negativeMaxWait_failsNamingTheProperty() {
    runner
        .withPropertyValues("tasksdk.stuut.api-key=" + key, "tasksdk.stuut.rate-limit.max-wait=-1s")
        .run(
            ctx ->
                assertThat(rootCause(ctx.getStartupFailure()).property())
                    .isEqualTo("tasksdk.stuut.rate-limit.max-wait"));
  }

  @Test
  void badRedisSettings_failNamingTheProperty() {
    ApplicationContextRunner vambe = runner.withPropertyValues("tasksdk.vambe.api-key=" + key);
    vambe
        .withPropertyValues("tasksdk.rate-limit.redis.url=not a url")
        .run(
            ctx ->
                assertThat(rootCause(ctx.getStartupFailure()).property())
                    .isEqualTo("tasksdk.rate-limit.redis.url"));
    vambe
        .withPropertyValues(
            "tasksdk.rate-limit.redis.url=" + REDIS,
            "tasksdk.rate-limit.redis.when-unavailable=sometimes")
        .run(
            ctx ->
                assertThat(rootCause(ctx.getStartupFailure()).property())
                    .isEqualTo("tasksdk.rate-limit.redis.when-unavailable"));
    vambe
        .withPropertyValues(
            "tasksdk.rate-limit.redis.url=" + REDIS, "tasksdk.rate-limit.redis.command-timeout=0s")
        .run(
            ctx ->
                assertThat(rootCause(ctx.getStartupFailure()).property())
                    .isEqualTo("tasksdk.rate-limit.redis.command-timeout"));
  }

  @Test
  void redisUrl_withoutTheRedisModule_failsNamingThePropertyNotLimitingLocally() {
    runner
        .withClassLoader(new FilteredClassLoader(RedisRateLimitStore.class))
        .withPropertyValues("tasksdk.vambe.api-key=" + key, "tasksdk.rate-limit.redis.url=" + REDIS)
        .run(
            ctx -> {
              InvalidTaskSdkPropertyException cause = rootCause(ctx.getStartupFailure());
              assertThat(cause.property()).isEqualTo("tasksdk.rate-limit.redis.url");
              assertThat(cause.reason()).contains("dev.tasksdk:sdk-ratelimit-redis");
            });
  }

  @Test
  void applicationStore_winsOverTheRedisUrl_andIsSharedByEveryVendor() {
    RateLimitStore own = LocalRateLimitStore.create();
    runner
        .withBean(RateLimitStore.class, () -> own)
        .withPropertyValues(
            "tasksdk.vambe.api-key=" + key,
            "tasksdk.stuut.api-key=" + key,
            "tasksdk.rate-limit.redis.url=redis://:pw-SENTINEL@127.0.0.1:1")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed().doesNotHaveBean(RedisRateLimitStore.class);
              assertThat(rateLimiting(ctx.getBean(VambeClient.class)).store()).isSameAs(own);
              assertThat(ctx.getBean(StuutClient.class).options().rateLimiting().store())
                  .isSameAs(own);
              assertThat(ctx.getBean(TaskSdkProperties.class).toString())
                  .contains("url=<set>")
                  .doesNotContain("pw-SENTINEL");
            });
  }

  // ---- against the real Redis ----

  /** The store's first connect ran when it was built: an unreachable Redis fails here, loudly. */
  private static RedisRateLimitStore requireConnected(RedisRateLimitStore store) {
    assertThat(store.isUnavailable())
        .as("no Redis at %s: start one with scripts/redis-up (or set TASKSDK_REDIS_URL)", REDIS)
        .isFalse();
    return store;
  }

  private static String clientList() {
    RedisURI uri = RedisURI.create(REDIS);
    uri.setTimeout(Duration.ofSeconds(5));
    RedisClient client = RedisClient.create(uri);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      return c.sync().clientList();
    } finally {
      client.shutdown();
    }
  }

  @Test
  @Timeout(30)
  void redisUrl_oneStoreForEveryVendor_closedWithTheContext() throws Exception {
    String name = "tasksdk-starter-test-" + UUID.randomUUID().toString().substring(0, 8);
    String url = REDIS + (REDIS.contains("?") ? "&" : "?") + "clientName=" + name;
    runner
        .withPropertyValues(
            "tasksdk.vambe.api-key=" + key,
            "tasksdk.stuut.api-key=" + key,
            "tasksdk.rate-limit.redis.url=" + url)
        .run(
            ctx -> {
              RedisRateLimitStore store = requireConnected(ctx.getBean(RedisRateLimitStore.class));
              assertThat(ctx).hasSingleBean(RateLimitStore.class);
              assertThat(rateLimiting(ctx.getBean(VambeClient.class)).store()).isSameAs(store);
              assertThat(ctx.getBean(StuutClient.class).options().rateLimiting().store())
                  .isSameAs(store);
              assertThat(clientList()).contains("name=" + name + " ");
            });
    // the context is closed: the starter's store closed its connection
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (clientList().contains("name=" + name + " ") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(clientList()).doesNotContain("name=" + name + " ");
  }

  @Test
  @Timeout(30)
  void redisUrl_twoApplications_spendOneBudget() {
    // two contexts, each with its own store and connection: what one spends, the other cannot;
    // refuse, so that no process-local fallback bucket could produce the same result
    ApplicationContextRunner app =
        runner.withPropertyValues(
            "tasksdk.vambe.api-key=" + key,
            "tasksdk.vambe.base-url=" + server.url("/"),
            "tasksdk.vambe.max-retries=0",
            "tasksdk.vambe.call-timeout=2s",
            "tasksdk.vambe.rate-limit.limit=2/min",
            "tasksdk.rate-limit.redis.url=" + REDIS,
            "tasksdk.rate-limit.redis.when-unavailable=refuse");
    enqueueOk(3);
    app.run(
        first -> {
          RedisRateLimitStore firstStore =
              requireConnected(first.getBean(RedisRateLimitStore.class));
          VambeClient a = first.getBean(VambeClient.class);
          assertThat(a.listTeamMembers()).isEmpty();
          assertThat(a.listTeamMembers()).isEmpty();
          app.run(
              second -> {
                RedisRateLimitStore secondStore =
                    requireConnected(second.getBean(RedisRateLimitStore.class));
                assertThat(secondStore).isNotSameAs(firstStore);

                // the next permit is 30 s away, beyond the 2 s call timeout: refused, not sent
                assertThrows(
                    RateLimitedException.class,
                    () -> second.getBean(VambeClient.class).listTeamMembers());
              });
        });
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
