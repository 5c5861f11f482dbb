package dev.tasksdk.spring.boot.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.spring.boot.TaskHubAutoConfiguration;
import dev.tasksdk.spring.boot.TaskSdkAutoConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TaskSdkHealthAutoConfigurationTest {
  static final String KEY = "sk-SENTINEL-health-91c2";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  TaskSdkAutoConfiguration.class,
                  TaskHubAutoConfiguration.class,
                  TaskSdkHealthAutoConfiguration.class));

  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void offByDefault() {
    runner
        .withPropertyValues("tasksdk.vambe.api-key=" + KEY)
        .run(ctx -> assertThat(ctx).doesNotHaveBean(CompositeHealthContributor.class));
  }

  @Test
  void onByEitherProperty_onlyForConfiguredVendors() {
    for (String on : new String[] {"tasksdk.health.enabled", "management.health.tasksdk.enabled"}) {
      runner
          .withPropertyValues(on + "=true", "tasksdk.vambe.api-key=" + KEY)
          .run(
              ctx -> {
                CompositeHealthContributor c =
                    ctx.getBean(
                        TaskSdkHealthAutoConfiguration.CONTRIBUTOR_BEAN,
                        CompositeHealthContributor.class);
                assertThat(c.getContributor("vambe")).isInstanceOf(HealthIndicator.class);
                assertThat(c.getContributor("stuut")).isNull();
              });
    }
  }

  @Test
  void noVendors_noContributor() {
    runner
        .withPropertyValues("tasksdk.health.enabled=true")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(CompositeHealthContributor.class));
  }

  @Test
  void vambeProbe_isOneReadOnlyCall_cachedForTheTtl() {
    runner
        .withPropertyValues(
            "tasksdk.health.enabled=true",
            "tasksdk.health.cache-ttl=1h",
            "tasksdk.vambe.api-key=" + KEY,
            "tasksdk.vambe.base-url=" + server.url("/"))
        .run(
            ctx -> {
              server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
              HealthIndicator vambe =
                  (HealthIndicator)
                      ctx.getBean(CompositeHealthContributor.class).getContributor("vambe");
              assertThat(vambe.health().getStatus()).isEqualTo(Status.UP);
              assertThat(vambe.health().getStatus()).isEqualTo(Status.UP);
              RecordedRequest r = server.takeRequest();
              assertThat(r.getMethod()).isEqualTo("GET");
              assertThat(r.getTarget()).isEqualTo("/api/public/team-members/all");
              assertThat(server.getRequestCount()).isEqualTo(1);
            });
  }

  @Test
  void agentTasksProbe_listsOneTask_andA401IsDownWithoutTheKey() {
    runner
        .withPropertyValues(
            "tasksdk.health.enabled=true",
            "tasksdk.agenttasks.api-key=" + KEY,
            "tasksdk.agenttasks.team-id=team_1",
            "tasksdk.agenttasks.base-url=" + server.url("/"))
        .run(
            ctx -> {
              server.enqueue(
                  new MockResponse.Builder()
                      .code(401)
                      .body("{\"error\":\"bad key " + KEY + "\"}")
                      .build());
              HealthIndicator at =
                  (HealthIndicator)
                      ctx.getBean(CompositeHealthContributor.class).getContributor("agenttasks");
              Health h = at.health();
              assertThat(h.getStatus()).isEqualTo(Status.DOWN);
              assertThat(h.getDetails()).containsEntry("status", 401);
              assertThat(h.toString()).doesNotContain(KEY);
              RecordedRequest r = server.takeRequest();
              assertThat(r.getTarget()).startsWith("/api/teams/team_1/tasks?").contains("limit=1");
            });
  }

  @Test
  void amigoProbe_treatsNotFoundAsReachable() {
    runner
        .withPropertyValues(
            "tasksdk.health.enabled=true",
            "tasksdk.amigo.api-key=" + KEY,
            "tasksdk.amigo.workspace-id=3f2b5c9e-8d1a-4e6f-9b7c-2a1d0e5f4c3b",
            "tasksdk.amigo.base-url=" + server.url("/"))
        .run(
            ctx -> {
              server.enqueue(
                  new MockResponse.Builder().code(404).body("{\"detail\":\"Not Found\"}").build());
              HealthIndicator amigo =
                  (HealthIndicator)
                      ctx.getBean(CompositeHealthContributor.class).getContributor("amigo");
              assertThat(amigo.health().getStatus()).isEqualTo(Status.UP);
              assertThat(server.takeRequest().getTarget())
                  .contains(TaskSdkHealthAutoConfiguration.AMIGO_PROBE_CALL);
            });
  }

  @Test
  void slowVendor_isDownWithinTheTimeout() {
    runner
        .withPropertyValues(
            "tasksdk.health.enabled=true",
            "tasksdk.health.timeout=300ms",
            "tasksdk.stuut.api-key=" + KEY,
            "tasksdk.stuut.base-url=" + server.url("/"))
        .run(
            ctx -> {
              server.enqueue(
                  new MockResponse.Builder()
                      .code(200)
                      .body("{}")
                      .headersDelay(5, TimeUnit.SECONDS)
                      .build());
              HealthIndicator stuut =
                  (HealthIndicator)
                      ctx.getBean(CompositeHealthContributor.class).getContributor("stuut");
              long t0 = System.nanoTime();
              assertThat(stuut.health().getStatus()).isEqualTo(Status.DOWN);
              // bounded: well under the 5 s the server waits (not a speed target, a bound)
              assertThat(Duration.ofNanos(System.nanoTime() - t0))
                  .isLessThan(Duration.ofSeconds(4));
              assertThat(server.getRequestCount()).isEqualTo(1);
            });
  }

  @Test
  void cacheExpiresAfterTheTtl() {
    AtomicInteger calls = new AtomicInteger();
    Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    VendorHealthIndicator h =
        new VendorHealthIndicator(
            Vendor.STUUT,
            o -> calls.incrementAndGet(),
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            clock);
    h.health();
    now[0] = now[0].plusSeconds(29);
    h.health();
    assertThat(calls).hasValue(1);
    now[0] = now[0].plusSeconds(1);
    h.health();
    assertThat(calls).hasValue(2);
  }
}
