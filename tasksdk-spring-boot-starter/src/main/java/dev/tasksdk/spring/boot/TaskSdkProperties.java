package dev.tasksdk.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Everything under {@code tasksdk.*}: one block per vendor, the rate-limit store they share, the
 * health indicators and the AgentTasks webhook endpoint. A vendor's client is created only when its
 * {@code api-key} is set; Boot's relaxed binding also reads {@code TASKSDK_VAMBE_API_KEY} and the
 * like from the environment.
 *
 * <p>{@link #toString()} never shows an API key, the webhook secret or the Redis URL (which may
 * hold a password), only whether they are set.
 */
@ConfigurationProperties(prefix = TaskSdkProperties.PREFIX)
public class TaskSdkProperties {
  /** The prefix of every property, {@value}. */
  public static final String PREFIX = "tasksdk";

  /** AgentTasks: api-key, team-id (required with the key), webhook. */
  @NestedConfigurationProperty private final AgentTasks agenttasks = new AgentTasks();

  /** Amigo: api-key, workspace-id (required with the key). */
  @NestedConfigurationProperty private final Amigo amigo = new Amigo();

  /** Amplemarket: api-key, user-id (optional default for lists). */
  @NestedConfigurationProperty private final Amplemarket amplemarket = new Amplemarket();

  /** Stuut: api-key. */
  @NestedConfigurationProperty private final Client stuut = new Client();

  /** Vambe: api-key. */
  @NestedConfigurationProperty private final Client vambe = new Client();

  /** Where the vendor clients keep their rate-limit buckets (tasksdk.rate-limit.redis.*). */
  @NestedConfigurationProperty private final SharedRateLimit rateLimit = new SharedRateLimit();

  /** Actuator health indicators for the configured vendors. */
  @NestedConfigurationProperty private final Health health = new Health();

  /** AgentTasks settings. */
  public AgentTasks getAgenttasks() {
    return agenttasks;
  }

  /** Amigo settings. */
  public Amigo getAmigo() {
    return amigo;
  }

  /** Amplemarket settings. */
  public Amplemarket getAmplemarket() {
    return amplemarket;
  }

  /** Stuut settings. */
  public Client getStuut() {
    return stuut;
  }

  /** Vambe settings. */
  public Client getVambe() {
    return vambe;
  }

  /** The settings shared by every vendor's rate limiter. */
  public SharedRateLimit getRateLimit() {
    return rateLimit;
  }

  /** Health indicator settings. */
  public Health getHealth() {
    return health;
  }

  @Override
  public String toString() {
    return "TaskSdkProperties{agenttasks="
        + agenttasks
        + ", amigo="
        + amigo
        + ", amplemarket="
        + amplemarket
        + ", stuut="
        + stuut
        + ", vambe="
        + vambe
        + ", rateLimit="
        + rateLimit
        + ", health="
        + health
        + "}";
  }

  static String shown(String secret) {
    return secret == null || secret.isBlank() ? "<unset>" : "<set>";
  }

  /** The settings every vendor client has. */
  public static class Client {
    /** API key; setting it creates the vendor's client bean. Never logged nor shown by toString. */
    private String apiKey;

    /** Base URL; the vendor's production URL when unset. */
    private String baseUrl;

    /** Connect timeout; the SDK default when unset. */
    private Duration connectTimeout;

    /** Read timeout; the SDK default when unset. */
    private Duration readTimeout;

    /** Write timeout; the SDK default when unset. */
    private Duration writeTimeout;

    /** Timeout of a whole call including retries; the SDK default when unset. */
    private Duration callTimeout;

    /** How often a failed idempotent request is retried; the SDK default when unset. */
    private Integer maxRetries;

    /** Allow plain http to hosts other than loopback (tests against a remote mock only). */
    private boolean allowInsecureHttp;

    /** The client-side rate limit; the vendor's documented limits when unset. */
    @NestedConfigurationProperty private final ClientRateLimit rateLimit = new ClientRateLimit();

    /** The API key, or null. */
    public String getApiKey() {
      return apiKey;
    }

    /** Sets the API key. */
    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    /** The base URL, or null. */
    public String getBaseUrl() {
      return baseUrl;
    }

    /** Sets the base URL. */
    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /** The connect timeout, or null. */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /** Sets the connect timeout. */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /** The read timeout, or null. */
    public Duration getReadTimeout() {
      return readTimeout;
    }

    /** Sets the read timeout. */
    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    /** The write timeout, or null. */
    public Duration getWriteTimeout() {
      return writeTimeout;
    }

    /** Sets the write timeout. */
    public void setWriteTimeout(Duration writeTimeout) {
      this.writeTimeout = writeTimeout;
    }

    /** The call timeout, or null. */
    public Duration getCallTimeout() {
      return callTimeout;
    }

    /** Sets the call timeout. */
    public void setCallTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }

    /** The retry limit, or null. */
    public Integer getMaxRetries() {
      return maxRetries;
    }

    /** Sets the retry limit. */
    public void setMaxRetries(Integer maxRetries) {
      this.maxRetries = maxRetries;
    }

    /** Whether plain http to remote hosts is allowed. */
    public boolean isAllowInsecureHttp() {
      return allowInsecureHttp;
    }

    /** Allows plain http to remote hosts. */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
    }

    /** The client-side rate limit settings. */
    public ClientRateLimit getRateLimit() {
      return rateLimit;
    }

    /** Whether an API key is set (the vendor is configured). */
    public boolean isConfigured() {
      return apiKey != null && !apiKey.isBlank();
    }

    /** The fields besides the key, for subclasses' {@link #toString()}. */
    String fields() {
      return "apiKey="
          + shown(apiKey)
          + ", baseUrl="
          + baseUrl
          + ", connectTimeout="
          + connectTimeout
          + ", readTimeout="
          + readTimeout
          + ", writeTimeout="
          + writeTimeout
          + ", callTimeout="
          + callTimeout
          + ", maxRetries="
          + maxRetries
          + ", rateLimit="
          + rateLimit;
    }

    @Override
    public String toString() {
      return "{" + fields() + "}";
    }
  }

  /** AgentTasks: a team id and the webhook endpoint besides the common settings. */
  public static class AgentTasks extends Client {
    /** Team whose tasks are listed and created; required when the api-key is set. */
    private String teamId;

    /** The webhook endpoint. */
    @NestedConfigurationProperty private final Webhook webhook = new Webhook();

    /** The team id, or null. */
    public String getTeamId() {
      return teamId;
    }

    /** Sets the team id. */
    public void setTeamId(String teamId) {
      this.teamId = teamId;
    }

    /** The webhook endpoint settings. */
    public Webhook getWebhook() {
      return webhook;
    }

    @Override
    public String toString() {
      return "{" + fields() + ", teamId=" + teamId + ", webhook=" + webhook + "}";
    }
  }

  /** Amigo: a workspace id besides the common settings. */
  public static class Amigo extends Client {
    /** Workspace (a UUID) used for every call; required when the api-key is set. */
    private String workspaceId;

    /** The workspace id, or null. */
    public String getWorkspaceId() {
      return workspaceId;
    }

    /** Sets the workspace id. */
    public void setWorkspaceId(String workspaceId) {
      this.workspaceId = workspaceId;
    }

    @Override
    public String toString() {
      return "{" + fields() + ", workspaceId=" + workspaceId + "}";
    }
  }

  /** Amplemarket: an optional default user id besides the common settings. */
  public static class Amplemarket extends Client {
    /** User whose tasks lists return when a query names none (optional). */
    private String userId;

    /** The user id, or null. */
    public String getUserId() {
      return userId;
    }

    /** Sets the user id. */
    public void setUserId(String userId) {
      this.userId = userId;
    }

    @Override
    public String toString() {
      return "{" + fields() + ", userId=" + userId + "}";
    }
  }

  /** The AgentTasks webhook endpoint (servlet web applications). */
  public static class Webhook {
    /** Secret that signs deliveries (X-AgentTasks-Signature); setting it enables the endpoint. */
    private String secret;

    /** Path of the endpoint (POST). */
    private String path = "/webhooks/agenttasks";

    /** How many delivery ids (X-AgentTasks-Delivery) are remembered to drop redeliveries. */
    private int dedupeCapacity = 10_000;

    /** The secret, or null. */
    public String getSecret() {
      return secret;
    }

    /** Sets the secret. */
    public void setSecret(String secret) {
      this.secret = secret;
    }

    /** The endpoint's path. */
    public String getPath() {
      return path;
    }

    /** Sets the endpoint's path. */
    public void setPath(String path) {
      this.path = path;
    }

    /** The dedupe capacity. */
    public int getDedupeCapacity() {
      return dedupeCapacity;
    }

    /** Sets the dedupe capacity. */
    public void setDedupeCapacity(int dedupeCapacity) {
      this.dedupeCapacity = dedupeCapacity;
    }

    @Override
    public String toString() {
      return "{secret="
          + shown(secret)
          + ", path="
          + path
          + ", dedupeCapacity="
          + dedupeCapacity
          + "}";
    }
  }

  /**
   * One vendor's client-side rate limit ({@code tasksdk.<vendor>.rate-limit.*}), mapped onto {@link
   * dev.tasksdk.core.ratelimit.RateLimiting}.
   */
  public static class ClientRateLimit {
    /**
     * The limit for all of the vendor's endpoints (one bucket): {@code <permits>/<period>} such as
     * {@code 120/min}, {@code 10/s} or {@code 50/5s}; {@code off} switches the limiter off; {@code
     * adaptive} follows only the server's X-RateLimit headers and 429s. When unset, the vendor's
     * documented limits apply (Amplemarket 500/min, AgentTasks 120/min on task endpoints and 60/min
     * on others, Amigo adaptive, none for Stuut and Vambe).
     */
    private String limit;

    /**
     * The longest wait for a permit when a call has no deadline of its own (call-timeout 0);
     * otherwise what is left of the call timeout bounds the wait. A longer wait fails the call at
     * once with RateLimitedException. The SDK default (60 s) when unset.
     */
    private Duration maxWait;

    /** The limit's text, or null. */
    public String getLimit() {
      return limit;
    }

    /** Sets the limit's text. */
    public void setLimit(String limit) {
      this.limit = limit;
    }

    /** The longest wait, or null. */
    public Duration getMaxWait() {
      return maxWait;
    }

    /** Sets the longest wait. */
    public void setMaxWait(Duration maxWait) {
      this.maxWait = maxWait;
    }

    @Override
    public String toString() {
      return "{limit=" + limit + ", maxWait=" + maxWait + "}";
    }
  }

  /** What every vendor's rate limiter shares ({@code tasksdk.rate-limit.*}). */
  public static class SharedRateLimit {
    /** A Redis shared by every process, so that they spend one budget per vendor credential. */
    @NestedConfigurationProperty private final Redis redis = new Redis();

    /** The Redis settings. */
    public Redis getRedis() {
      return redis;
    }

    @Override
    public String toString() {
      return "{redis=" + redis + "}";
    }
  }

  /**
   * The Redis that keeps the buckets ({@code tasksdk.rate-limit.redis.*}; needs {@code
   * dev.tasksdk:sdk-ratelimit-redis} on the classpath). Unset values take the store's defaults.
   */
  public static class Redis {
    /**
     * Redis URL, e.g. redis://127.0.0.1:6379 or rediss://user:password@host:6380/0; setting it
     * makes every vendor client share one RedisRateLimitStore. Never shown by toString.
     */
    private String url;

    /**
     * What the limiter does while Redis is unreachable: use-local (fail open to this process's own
     * bucket of the same limit) or refuse (fail closed: calls fail with RateLimitedException).
     * use-local when unset.
     */
    private String whenUnavailable;

    /** How long connecting to Redis may take; 5 s when unset. */
    private Duration connectTimeout;

    /** How long one Redis command may take; 500 ms when unset. */
    private Duration commandTimeout;

    /** How long the limiter stays on its fallback after Redis failed; 5 s when unset. */
    private Duration retryAfter;

    /** The URL, or null. */
    public String getUrl() {
      return url;
    }

    /** Sets the URL. */
    public void setUrl(String url) {
      this.url = url;
    }

    /** Whether a URL is set. */
    public boolean isConfigured() {
      return url != null && !url.isBlank();
    }

    /** What happens while Redis is unreachable, or null. */
    public String getWhenUnavailable() {
      return whenUnavailable;
    }

    /** Sets what happens while Redis is unreachable. */
    public void setWhenUnavailable(String whenUnavailable) {
      this.whenUnavailable = whenUnavailable;
    }

    /** The connect timeout, or null. */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /** Sets the connect timeout. */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /** The command timeout, or null. */
    public Duration getCommandTimeout() {
      return commandTimeout;
    }

    /** Sets the command timeout. */
    public void setCommandTimeout(Duration commandTimeout) {
      this.commandTimeout = commandTimeout;
    }

    /** The retry delay after a failure, or null. */
    public Duration getRetryAfter() {
      return retryAfter;
    }

    /** Sets the retry delay after a failure. */
    public void setRetryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
    }

    @Override
    public String toString() {
      return "{url="
          + shown(url)
          + ", whenUnavailable="
          + whenUnavailable
          + ", connectTimeout="
          + connectTimeout
          + ", commandTimeout="
          + commandTimeout
          + ", retryAfter="
          + retryAfter
          + "}";
    }
  }

  /** Health indicators: off unless enabled here or by management.health.tasksdk.enabled. */
  public static class Health {
    /** Register a health indicator per configured vendor. */
    private boolean enabled;

    /** How long a probe's result is reused before the vendor is asked again. */
    private Duration cacheTtl = Duration.ofSeconds(30);

    /** Longest a probe may take; a slower vendor is reported down. */
    private Duration timeout = Duration.ofSeconds(3);

    /** Whether the indicators are on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Turns the indicators on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** The cache TTL. */
    public Duration getCacheTtl() {
      return cacheTtl;
    }

    /** Sets the cache TTL. */
    public void setCacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
    }

    /** The probe timeout. */
    public Duration getTimeout() {
      return timeout;
    }

    /** Sets the probe timeout. */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    @Override
    public String toString() {
      return "{enabled=" + enabled + ", cacheTtl=" + cacheTtl + ", timeout=" + timeout + "}";
    }
  }
}
