package dev.tasksdk.spring.boot;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.ClientBuilder;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.core.ratelimit.RateLimitStore;
import dev.tasksdk.core.ratelimit.RateLimiting;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * builders after the properties. Every client keeps its rate-limit buckets in the one {@link
 * RateLimitStore} bean when there is one (the application's, or the Redis store of {@link
 * TaskSdkRateLimitAutoConfiguration}).
 */
@AutoConfiguration
@EnableConfigurationProperties(TaskSdkProperties.class)
public class TaskSdkAutoConfiguration {
  /** Name of the shared {@link OkHttpClient} bean; define one with this name to replace it. */
  public static final String HTTP_CLIENT_BEAN = "tasksdkOkHttpClient";

  static final String REDIS_URL = TaskSdkProperties.PREFIX + ".rate-limit.redis.url";

  private final TaskSdkProperties properties;
  private final ObjectProvider<TaskSdkListener> listeners;
  private final ObjectProvider<RateLimitStore> rateLimitStores;

  /**
   * Creates the auto-configuration.
   *
   * @param properties the {@code tasksdk.*} properties
   * @param listeners every {@link TaskSdkListener} bean (metrics, traces), added to every client
   * @param rateLimitStores the {@link RateLimitStore} bean every client keeps its buckets in: the
   *     application's, else the Redis one of {@code tasksdk.rate-limit.redis.url}; none for the
   *     SDK's in-JVM buckets
   */
  public TaskSdkAutoConfiguration(
      TaskSdkProperties properties,
      ObjectProvider<TaskSdkListener> listeners,
      ObjectProvider<RateLimitStore> rateLimitStores) {
    this.properties = properties;
    this.listeners = listeners;
    this.rateLimitStores = rateLimitStores;
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
    return client(
        Vendor.AGENTTASKS,
        AgentTasksClient.builder(),
        p,
        http,
        (builder, prefix) -> builder.teamId(required(prefix + ".team-id", p.getTeamId())),
        builder -> customizers.orderedStream().forEach(c -> c.customize(builder)),
        AgentTasksClient.Builder::build);
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
    return client(
        Vendor.AMIGO,
        AmigoClient.builder(),
        p,
        http,
        (builder, prefix) -> {
          String workspace = required(prefix + ".workspace-id", p.getWorkspaceId());
          invalidAs(prefix + ".workspace-id", () -> builder.workspaceId(workspace));
        },
        builder -> customizers.orderedStream().forEach(c -> c.customize(builder)),
        AmigoClient.Builder::build);
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
    return client(
        Vendor.AMPLEMARKET,
        AmplemarketClient.builder(),
        p,
        http,
        (builder, prefix) -> {
          if (p.getUserId() != null) {
            invalidAs(prefix + ".user-id", () -> builder.userId(p.getUserId()));
          }
        },
        builder -> customizers.orderedStream().forEach(c -> c.customize(builder)),
        AmplemarketClient.Builder::build);
  }

  /** Stuut, when {@code tasksdk.stuut.api-key} is set. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnTaskSdkVendor(Vendor.STUUT)
  public StuutClient stuutClient(
      TaskSdkProperties properties,
      @Qualifier(HTTP_CLIENT_BEAN) OkHttpClient http,
      ObjectProvider<StuutClientBuilderCustomizer> customizers) {
    return client(
        Vendor.STUUT,
        StuutClient.builder(),
        properties.getStuut(),
        http,
        (builder, prefix) -> {},
        builder -> customizers.orderedStream().forEach(c -> c.customize(builder)),
        StuutClient.Builder::build);
  }

  /** Vambe, when {@code tasksdk.vambe.api-key} is set. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnTaskSdkVendor(Vendor.VAMBE)
  public VambeClient vambeClient(
      TaskSdkProperties properties,
      @Qualifier(HTTP_CLIENT_BEAN) OkHttpClient http,
      ObjectProvider<VambeClientBuilderCustomizer> customizers) {
    return client(
        Vendor.VAMBE,
        VambeClient.builder(),
        properties.getVambe(),
        http,
        (builder, prefix) -> {},
        builder -> customizers.orderedStream().forEach(c -> c.customize(builder)),
        VambeClient.Builder::build);
  }

  /**
   * Builds one vendor's client: the common properties, then the vendor's own ({@code
   * vendorProperties}, given the property prefix), then the customizers; every invalid value is
   * reported by its property name.
   */
  private <B extends ClientBuilder<B>, C> C client(
      Vendor vendor,
      B builder,
      TaskSdkProperties.Client p,
      OkHttpClient http,
      BiConsumer<B, String> vendorProperties,
      Consumer<B> customizers,
      Function<B, C> build) {
    String prefix = TaskSdkProperties.PREFIX + "." + vendor.id();
    common(builder, p, http, prefix);
    vendorProperties.accept(builder, prefix);
    customizers.accept(builder);
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException e) {
      // an invalid combination (e.g. plain http to a remote host) names the vendor's block
      throw new InvalidTaskSdkPropertyException(prefix + ".*", "are invalid: " + e.getMessage());
    }
  }

  /** Applies the common properties; an invalid one is reported by its property name. */
  private <B extends ClientBuilder<B>> void common(
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
    rateLimiting(p.getRateLimit(), prefix + ".rate-limit").ifPresent(builder::rateLimiting);
    listeners.orderedStream().forEach(builder::addListener);
  }

  /**
   * The rate limiting of {@code tasksdk.<vendor>.rate-limit.*} on the shared store; empty when
   * neither is set (the SDK's defaults: documented limits, buckets in this JVM).
   */
  private Optional<RateLimiting> rateLimiting(TaskSdkProperties.ClientRateLimit p, String prefix) {
    RateLimitStore store = rateLimitStores.getIfAvailable();
    if (store == null && properties.getRateLimit().getRedis().isConfigured()) {
      throw new InvalidTaskSdkPropertyException(
          REDIS_URL,
          "is set but no rate-limit store was created: add dev.tasksdk:sdk-ratelimit-redis to the"
              + " application's dependencies");
    }
    boolean limitSet = p.getLimit() != null && !p.getLimit().isBlank();
    if (store == null && !limitSet && p.getMaxWait() == null) {
      return Optional.empty();
    }
    RateLimiting.Builder b = RateLimiting.builder();
    if (store != null) {
      b.store(store);
    }
    if (limitSet) {
      invalidAs(prefix + ".limit", () -> b.limit(RateLimit.parse(p.getLimit())));
    }
    if (p.getMaxWait() != null) {
      invalidAs(prefix + ".max-wait", () -> b.maxWait(p.getMaxWait()));
    }
    return Optional.of(b.build());
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
  static void invalidAs(String property, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException e) {
      String reason = property.endsWith(".api-key") ? "is not a valid API key" : e.getMessage();
      throw new InvalidTaskSdkPropertyException(property, "is invalid: " + reason);
    }
  }
}
