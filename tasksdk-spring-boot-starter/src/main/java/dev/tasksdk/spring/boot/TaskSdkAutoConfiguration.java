package dev.tasksdk.spring.boot;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.ClientBuilder;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A vendor client bean for each vendor whose {@code tasksdk.<vendor>.api-key} is set, all sharing
 * one {@link OkHttpClient} (bean {@value #HTTP_CLIENT_BEAN}, replaceable). Each bean backs off when
 * the application defines its own; {@code <Vendor>ClientBuilderCustomizer} beans adjust the
 * builders after the properties.
 */
@AutoConfiguration
@EnableConfigurationProperties(TaskSdkProperties.class)
public class TaskSdkAutoConfiguration {
  /** Name of the shared {@link OkHttpClient} bean; define one with this name to replace it. */
  public static final String HTTP_CLIENT_BEAN = "tasksdkOkHttpClient";

  private final ObjectProvider<TaskSdkListener> listeners;

  /**
   * Creates the auto-configuration.
   *
   * @param listeners every {@link TaskSdkListener} bean (metrics, traces), added to every client
   */
  public TaskSdkAutoConfiguration(ObjectProvider<TaskSdkListener> listeners) {
    this.listeners = listeners;
  }

  /** The connection pool and dispatcher every vendor client shares. */
  @Bean(name = HTTP_CLIENT_BEAN, destroyMethod = "")
  @ConditionalOnMissingBean(name = HTTP_CLIENT_BEAN)
  @ConditionalOnTaskSdkVendor({
    Vendor.AGENTTASKS,
    Vendor.AMIGO,
    Vendor.AMPLEMARKET,
    Vendor.STUUT,
    Vendor.VAMBE
  })
  public OkHttpClient tasksdkOkHttpClient() {
    return new OkHttpClient();
  }

  /** AgentTasks, when {@code tasksdk.agenttasks.api-key} is set; team-id is then required. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnTaskSdkVendor(Vendor.AGENTTASKS)
  public AgentTasksClient agentTasksClient(
      TaskSdkProperties properties,
      @Qualifier(HTTP_CLIENT_BEAN) OkHttpClient http,
      ObjectProvider<AgentTasksClientBuilderCustomizer> customizers) {
    TaskSdkProperties.AgentTasks p = properties.getAgenttasks();
    String prefix = prefix(Vendor.AGENTTASKS);
    AgentTasksClient.Builder builder =
        common(AgentTasksClient.builder(), p, http, prefix)
            .teamId(required(prefix + ".team-id", p.getTeamId()));
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return build(prefix, builder::build);
  }

  /** Amigo, when {@code tasksdk.amigo.api-key} is set; workspace-id is then required. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnTaskSdkVendor(Vendor.AMIGO)
  public AmigoClient amigoClient(
      TaskSdkProperties properties,
      @Qualifier(HTTP_CLIENT_BEAN) OkHttpClient http,
      ObjectProvider<AmigoClientBuilderCustomizer> customizers) {
    TaskSdkProperties.Amigo p = properties.getAmigo();
    String prefix = prefix(Vendor.AMIGO);
    String workspace = required(prefix + ".workspace-id", p.getWorkspaceId());
    AmigoClient.Builder builder = common(AmigoClient.builder(), p, http, prefix);
    invalidAs(prefix + ".workspace-id", () -> builder.workspaceId(workspace));
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return build(prefix, builder::build);
  }

  /** Amplemarket, when {@code tasksdk.amplemarket.api-key} is set. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnTaskSdkVendor(Vendor.AMPLEMARKET)
  public AmplemarketClient amplemarketClient(
      TaskSdkProperties properties,
      @Qualifier(HTTP_CLIENT_BEAN) OkHttpClient http,
      ObjectProvider<AmplemarketClientBuilderCustomizer> customizers) {
    TaskSdkProperties.Amplemarket p = properties.getAmplemarket();
    String prefix = prefix(Vendor.AMPLEMARKET);
    AmplemarketClient.Builder builder = common(AmplemarketClient.builder(), p, http, prefix);
    if (p.getUserId() != null) {
      invalidAs(prefix + ".user-id", () -> builder.userId(p.getUserId()));
    }
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return build(prefix, builder::build);
  }

  /** Stuut, when {@code tasksdk.stuut.api-key} is set. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnTaskSdkVendor(Vendor.STUUT)
  public StuutClient stuutClient(
      TaskSdkProperties properties,
      @Qualifier(HTTP_CLIENT_BEAN) OkHttpClient http,
      ObjectProvider<StuutClientBuilderCustomizer> customizers) {
    String prefix = prefix(Vendor.STUUT);
    StuutClient.Builder builder =
        common(StuutClient.builder(), properties.getStuut(), http, prefix);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return build(prefix, builder::build);
  }

  /** Vambe, when {@code tasksdk.vambe.api-key} is set. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnTaskSdkVendor(Vendor.VAMBE)
  public VambeClient vambeClient(
      TaskSdkProperties properties,
      @Qualifier(HTTP_CLIENT_BEAN) OkHttpClient http,
      ObjectProvider<VambeClientBuilderCustomizer> customizers) {
    String prefix = prefix(Vendor.VAMBE);
    VambeClient.Builder builder =
        common(VambeClient.builder(), properties.getVambe(), http, prefix);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return build(prefix, builder::build);
  }

  private static String prefix(Vendor vendor) {
    return TaskSdkProperties.PREFIX + "." + vendor.id();
  }

  /** Applies the common properties; an invalid one is reported by its property name. */
  private <B extends ClientBuilder<B>> B common(
      B builder, TaskSdkProperties.Client p, OkHttpClient http, String prefix) {
    builder.httpClient(http);
    invalidAs(prefix + ".api-key", () -> builder.apiKey(p.getApiKey().trim()));
    if (p.getBaseUrl() != null) {
      invalidAs(prefix + ".base-url", () -> builder.baseUrl(p.getBaseUrl()));
    }
    if (p.getConnectTimeout() != null) {
      invalidAs(prefix + ".connect-timeout", () -> builder.connectTimeout(p.getConnectTimeout()));
    }
    if (p.getReadTimeout() != null) {
      invalidAs(prefix + ".read-timeout", () -> builder.readTimeout(p.getReadTimeout()));
    }
    if (p.getWriteTimeout() != null) {
      invalidAs(prefix + ".write-timeout", () -> builder.writeTimeout(p.getWriteTimeout()));
    }
    if (p.getCallTimeout() != null) {
      invalidAs(prefix + ".call-timeout", () -> builder.callTimeout(p.getCallTimeout()));
    }
    if (p.getMaxRetries() != null) {
      invalidAs(prefix + ".max-retries", () -> builder.maxRetries(p.getMaxRetries()));
    }
    builder.allowInsecureHttp(p.isAllowInsecureHttp());
    listeners.orderedStream().forEach(builder::addListener);
    return builder;
  }

  private static String required(String property, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidTaskSdkPropertyException(
          property, "is required when the vendor's api-key is set");
    }
    return value.trim();
  }

  /**
   * Runs a setter; its IllegalArgumentException is reported against {@code property}. The SDK's
   * messages name parameters, never key values, and are not passed on for the api-key at all.
   */
  private static void invalidAs(String property, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException e) {
      String reason = property.endsWith(".api-key") ? "is not a valid API key" : e.getMessage();
      throw new InvalidTaskSdkPropertyException(property, "is invalid: " + reason);
    }
  }

  /** Builds; an invalid combination (e.g. plain http to a remote host) names the vendor's block. */
  private static <T> T build(String prefix, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidTaskSdkPropertyException(prefix + ".*", "are invalid: " + e.getMessage());
    }
  }
}
