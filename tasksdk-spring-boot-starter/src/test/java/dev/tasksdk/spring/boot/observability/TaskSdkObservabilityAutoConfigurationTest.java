package dev.tasksdk.spring.boot.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tasksdk.micrometer.MicrometerListener;
import dev.tasksdk.opentelemetry.OpenTelemetryListener;
import dev.tasksdk.spring.boot.MockServerTest;
import dev.tasksdk.spring.boot.TaskSdkAutoConfiguration;
import dev.tasksdk.vambe.VambeClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class TaskSdkObservabilityAutoConfigurationTest extends MockServerTest {
  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  TaskSdkAutoConfiguration.class, TaskSdkObservabilityAutoConfiguration.class));

  @Test
  void withTheApplicationsMeterRegistry_clientCallsAreMetered() {
    runner
        .withUserConfiguration(Meters.class)
        .withPropertyValues("tasksdk.vambe.api-key=k", "tasksdk.vambe.base-url=" + server.url("/"))
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(MicrometerListener.class);
              assertThat(ctx).doesNotHaveBean(OpenTelemetryListener.class);
              server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
              ctx.getBean(VambeClient.class).listTeamMembers();
              assertThat(server.takeRequest().getTarget())
                  .isEqualTo("/api/public/team-members/all");
              MeterRegistry registry = ctx.getBean(MeterRegistry.class);
              assertThat(registry.find(MicrometerListener.REQUESTS).meters()).isNotEmpty();
            });
  }

  @Test
  void withoutARegistry_noListener() {
    runner
        .withPropertyValues("tasksdk.vambe.api-key=k")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(MicrometerListener.class));
  }

  @Test
  void withTheApplicationsOpenTelemetry_anOpenTelemetryListener() {
    runner
        .withBean(
            io.opentelemetry.api.OpenTelemetry.class, io.opentelemetry.api.OpenTelemetry::noop)
        .withPropertyValues("tasksdk.vambe.api-key=k")
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(OpenTelemetryListener.class);
              assertThat(ctx).doesNotHaveBean(MicrometerListener.class);
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class Meters {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
