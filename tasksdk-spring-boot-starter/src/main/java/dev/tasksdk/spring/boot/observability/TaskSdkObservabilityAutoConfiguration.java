package dev.tasksdk.spring.boot.observability;

import dev.tasksdk.micrometer.MicrometerListener;
import dev.tasksdk.opentelemetry.OpenTelemetryListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listeners that instrument every vendor client bean, when the application has the add-on on its
 * classpath and the matching bean: {@code sdk-micrometer} with a {@link MeterRegistry} (and its
 * {@link ObservationRegistry} when there is one), {@code sdk-opentelemetry} with an {@link
 * OpenTelemetry}. Every {@link dev.tasksdk.core.event.TaskSdkListener} bean, these or the
 * application's, is added to every client the starter builds.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"
    })
public class TaskSdkObservabilityAutoConfiguration {
  /** Creates the auto-configuration. */
  public TaskSdkObservabilityAutoConfiguration() {}

  /** Micrometer: meters and observations. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MicrometerListener.class, MeterRegistry.class})
  @ConditionalOnBean(MeterRegistry.class)
  static class Micrometer {
    @Bean
    @ConditionalOnMissingBean
    MicrometerListener tasksdkMicrometerListener(
        MeterRegistry meters, ObjectProvider<ObservationRegistry> observations) {
      ObservationRegistry registry = observations.getIfUnique();
      return registry == null
          ? MicrometerListener.of(meters)
          : MicrometerListener.of(registry, meters);
    }
  }

  /** OpenTelemetry: spans and the HTTP client duration metric. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({OpenTelemetryListener.class, OpenTelemetry.class})
  @ConditionalOnBean(OpenTelemetry.class)
  static class OTel {
    @Bean
    @ConditionalOnMissingBean
    OpenTelemetryListener tasksdkOpenTelemetryListener(OpenTelemetry openTelemetry) {
      return OpenTelemetryListener.of(openTelemetry);
    }
  }
}
