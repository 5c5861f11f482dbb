package dev.tasksdk.spring.boot;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskHub;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * A {@link TaskHub} over every vendor client bean, whether the properties or the application made
 * it. The hub does not own the vendor client beans; the context closes them.
 */
@AutoConfiguration(after = TaskSdkAutoConfiguration.class)
@Conditional(TaskHubAutoConfiguration.AnyVendorClient.class)
public class TaskHubAutoConfiguration {
  /** Creates the auto-configuration. */
  public TaskHubAutoConfiguration() {}

  /** The hub over the vendor clients present. */
  @Bean
  @ConditionalOnMissingBean
  public TaskHub taskHub(
      ObjectProvider<AgentTasksClient> agentTasks,
      ObjectProvider<AmigoClient> amigo,
      ObjectProvider<AmplemarketClient> amplemarket,
      ObjectProvider<StuutClient> stuut,
      ObjectProvider<VambeClient> vambe) {
    List<TaskClient> clients = new ArrayList<>();
    agentTasks.ifUnique(c -> clients.add(TaskClients.of(c)));
    amigo.ifUnique(c -> clients.add(TaskClients.of(c)));
    amplemarket.ifUnique(c -> clients.add(TaskClients.of(c)));
    stuut.ifUnique(c -> clients.add(TaskClients.of(c)));
    vambe.ifUnique(c -> clients.add(TaskClients.of(c)));
    return TaskHub.of(clients);
  }

  /** Any one vendor client bean. */
  static final class AnyVendorClient extends AnyNestedCondition {
    AnyVendorClient() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(AgentTasksClient.class)
    static final class OnAgentTasks {}

    @ConditionalOnBean(AmigoClient.class)
    static final class OnAmigo {}

    @ConditionalOnBean(AmplemarketClient.class)
    static final class OnAmplemarket {}

    @ConditionalOnBean(StuutClient.class)
    static final class OnStuut {}

    @ConditionalOnBean(VambeClient.class)
    static final class OnVambe {}
  }
}
