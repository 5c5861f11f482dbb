package dev.tasksdk.spring.boot.health;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.TaskHub;
import dev.tasksdk.spring.boot.TaskHubAutoConfiguration;
import dev.tasksdk.spring.boot.TaskSdkAutoConfiguration;
import dev.tasksdk.spring.boot.TaskSdkProperties;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The {@code tasksdk} health contributor: one {@link VendorHealthIndicator} per vendor client bean
 * ({@code /actuator/health/tasksdk/vambe}). Probes, all read-only: AgentTasks and Stuut list one
 * task; Amplemarket lists task statuses; Vambe lists team members; Amigo, which cannot list, looks
 * up the tasks of a call id that does not exist (404 means reachable and authorised).
 */
@AutoConfiguration(after = {TaskSdkAutoConfiguration.class, TaskHubAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@Conditional(TaskSdkHealthAutoConfiguration.Enabled.class)
public class TaskSdkHealthAutoConfiguration {
  /** Name of the contributor bean; Actuator reports it as {@code tasksdk}. */
  public static final String CONTRIBUTOR_BEAN = "tasksdkHealthContributor";

  /** The call id Amigo's probe looks up. */
  static final String AMIGO_PROBE_CALL = "tasksdk-health-probe";

  /** Creates the auto-configuration. */
  public TaskSdkHealthAutoConfiguration() {}

  /** The composite over the vendor clients present; absent when there are none. */
  @Bean(name = CONTRIBUTOR_BEAN)
  @ConditionalOnMissingBean(name = CONTRIBUTOR_BEAN)
  @ConditionalOnBean(TaskHub.class)
  public CompositeHealthContributor tasksdkHealthContributor(
      TaskSdkProperties properties,
      ObjectProvider<AgentTasksClient> agentTasks,
      ObjectProvider<AmigoClient> amigo,
      ObjectProvider<AmplemarketClient> amplemarket,
      ObjectProvider<StuutClient> stuut,
      ObjectProvider<VambeClient> vambe) {
    TaskSdkProperties.Health h = properties.getHealth();
    Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
    Indicators add =
        (vendor, probe) ->
            indicators.put(
                vendor.id(),
                new VendorHealthIndicator(
                    vendor, probe, h.getTimeout(), h.getCacheTtl(), Clock.systemUTC()));
    agentTasks.ifUnique(
        c ->
            add.put(
                Vendor.AGENTTASKS,
                o ->
                    c.listTasks(
                        dev.tasksdk.agenttasks.ListTasksParams.builder().limit(1).build(), o)));
    amigo.ifUnique(c -> add.put(Vendor.AMIGO, o -> amigoProbe(c, o)));
    amplemarket.ifUnique(c -> add.put(Vendor.AMPLEMARKET, c::listTaskStatuses));
    stuut.ifUnique(
        c ->
            add.put(
                Vendor.STUUT,
                o -> c.listTasks(dev.tasksdk.stuut.ListTasksParams.builder().limit(1).build(), o)));
    vambe.ifUnique(c -> add.put(Vendor.VAMBE, c::listTeamMembers));
    return CompositeHealthContributor.fromMap(indicators);
  }

  private static void amigoProbe(AmigoClient client, RequestOptions options) {
    try {
      client.listTasksByCall(AMIGO_PROBE_CALL, options);
    } catch (NotFoundException reachable) {
      // the call id does not exist: the API answered and accepted the key
    }
  }

  @FunctionalInterface
  private interface Indicators {
    void put(Vendor vendor, Consumer<RequestOptions> probe);
  }

  /** {@code tasksdk.health.enabled} or {@code management.health.tasksdk.enabled}. */
  static final class Enabled extends AnyNestedCondition {
    Enabled() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(name = "tasksdk.health.enabled", havingValue = "true")
    static final class ByTaskSdk {}

    @ConditionalOnProperty(name = "management.health.tasksdk.enabled", havingValue = "true")
    static final class ByManagement {}
  }
}
