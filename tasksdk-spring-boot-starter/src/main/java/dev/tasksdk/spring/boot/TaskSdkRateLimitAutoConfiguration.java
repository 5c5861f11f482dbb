package dev.tasksdk.spring.boot;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.ratelimit.RateLimitStore;
import dev.tasksdk.ratelimit.redis.RedisRateLimitStore;
import java.util.Locale;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * One {@link RedisRateLimitStore} shared by every vendor client, when {@code
 * dev.tasksdk:sdk-ratelimit-redis} is on the classpath, {@code tasksdk.rate-limit.redis.url} is set
 * and a vendor is configured: every process of the application on that Redis then spends one budget
 * per vendor credential. An application's own {@link RateLimitStore} bean wins. The starter created
 * this store and its Redis connection, so it closes them with the context.
 */
@AutoConfiguration(before = TaskSdkAutoConfiguration.class)
@ConditionalOnClass(RedisRateLimitStore.class)
@EnableConfigurationProperties(TaskSdkProperties.class)
public class TaskSdkRateLimitAutoConfiguration {
  /** Name of the Redis store bean. */
  public static final String STORE_BEAN = "tasksdkRateLimitStore";

  private static final String PREFIX = TaskSdkProperties.PREFIX + ".rate-limit.redis";

  /** Creates the auto-configuration. */
  public TaskSdkRateLimitAutoConfiguration() {}

  /** The store on {@code tasksdk.rate-limit.redis.url}; connects now, fails open when it cannot. */
  @Bean(name = STORE_BEAN, destroyMethod = "close")
  @ConditionalOnMissingBean(RateLimitStore.class)
  @Conditional(OnRedisUrl.class)
  @ConditionalOnTaskSdkVendor({
    Vendor.AGENTTASKS,
    Vendor.AMIGO,
    Vendor.AMPLEMARKET,
    Vendor.STUUT,
    Vendor.VAMBE
  })
  public RedisRateLimitStore tasksdkRateLimitStore(TaskSdkProperties properties) {
    TaskSdkProperties.Redis p = properties.getRateLimit().getRedis();
    RedisRateLimitStore.Builder b = RedisRateLimitStore.builder();
    TaskSdkAutoConfiguration.invalidAs(PREFIX + ".url", () -> b.url(p.getUrl()));
    if (p.getWhenUnavailable() != null && !p.getWhenUnavailable().isBlank()) {
      b.whenUnavailable(whenUnavailable(p.getWhenUnavailable()));
    }
    if (p.getConnectTimeout() != null) {
      TaskSdkAutoConfiguration.invalidAs(
          PREFIX + ".connect-timeout", () -> b.connectTimeout(p.getConnectTimeout()));
    }
    if (p.getCommandTimeout() != null) {
      TaskSdkAutoConfiguration.invalidAs(
          PREFIX + ".command-timeout", () -> b.commandTimeout(p.getCommandTimeout()));
    }
    if (p.getRetryAfter() != null) {
      TaskSdkAutoConfiguration.invalidAs(
          PREFIX + ".retry-after", () -> b.retryAfter(p.getRetryAfter()));
    }
    return b.build();
  }

  /** {@code use-local} or {@code refuse}, in any of Boot's relaxed spellings of an enum. */
  private static RedisRateLimitStore.WhenUnavailable whenUnavailable(String text) {
    String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (RedisRateLimitStore.WhenUnavailable mode : RedisRateLimitStore.WhenUnavailable.values()) {
      if (mode.name().equals(name) || mode.name().replace("_", "").equals(name)) {
        return mode;
      }
    }
    throw new InvalidTaskSdkPropertyException(
        PREFIX + ".when-unavailable", "is invalid: '" + text + "' is not use-local or refuse");
  }

  /** Matches when {@code tasksdk.rate-limit.redis.url} is set and not blank. */
  static final class OnRedisUrl extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      boolean set =
          Binder.get(context.getEnvironment())
              .bind(TaskSdkAutoConfiguration.REDIS_URL, String.class)
              .map(v -> !v.isBlank())
              .orElse(false);
      ConditionMessage.Builder message = ConditionMessage.forCondition("tasksdk Redis URL");
      return set
          ? ConditionOutcome.match(
              message.found("property").items(TaskSdkAutoConfiguration.REDIS_URL))
          : ConditionOutcome.noMatch(
              message.didNotFind("property").items(TaskSdkAutoConfiguration.REDIS_URL));
    }
  }
}
