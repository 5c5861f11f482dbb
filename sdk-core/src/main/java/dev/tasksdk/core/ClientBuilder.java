package dev.tasksdk.core;

import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.core.ratelimit.RateLimiting;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * The settings every vendor client's builder shares: credential, base URL, shared {@link
 * OkHttpClient}, timeouts, retries, extra headers and reading them from environment variables.
 *
 * <p>Each setter delegates to a {@link ClientOptions.Builder} and returns the vendor's own builder
 * type {@code B}, so vendor-specific setters chain after common ones:
 *
 * <pre>{@code
 * public static final class Builder extends ClientBuilder<Builder> {
 *   private Builder() {
 *     super(Vendor.STUUT, "export it with your Stuut API key");
 *   }
 *
 *   protected Builder self() {
 *     return this;
 *   }
 *
 *   public StuutClient build() {
 *     return new StuutClient(clientOptions());
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #options(ClientOptions)} replaces every common setting at once, so call it first. Not
 * thread-safe; a builder is meant for one thread.
 *
 * @param <B> the vendor's builder type, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private final Vendor vendor;
  private final String missingApiKeyHint;
  private ClientOptions.Builder options = ClientOptions.builder();

  /**
   * Creates a builder with default options.
   *
   * @param vendor the vendor; its {@link Vendor#envPrefix()} names the environment variables
   * @param missingApiKeyHint what {@link #fromEnv(Map)} tells the user when {@code
   *     <PREFIX>_API_KEY} is not set, after {@code "<PREFIX>_API_KEY is not set: "}
   * @throws NullPointerException naming {@code vendor} or {@code missingApiKeyHint} when null
   */
  protected ClientBuilder(Vendor vendor, String missingApiKeyHint) {
    if (vendor == null) {
      throw new NullPointerException("vendor == null");
    }
    if (missingApiKeyHint == null) {
      throw new NullPointerException("missingApiKeyHint == null");
    }
    this.vendor = vendor;
    this.missingApiKeyHint = missingApiKeyHint;
  }

  /** Returns this builder as the vendor's builder type. */
  protected abstract B self();

  /**
   * Sets the API key (required), sent the way the vendor expects it.
   *
   * @throws NullPointerException naming {@code apiKey} when null
   * @throws IllegalArgumentException naming {@code apiKey} when blank
   */
  public B apiKey(String apiKey) {
    options.apiKey(apiKey);
    return self();
  }

  /**
   * Sets the API key (required) from a {@link Secret}.
   *
   * @throws NullPointerException naming {@code apiKey} when null
   */
  public B apiKey(Secret apiKey) {
    options.apiKey(apiKey);
    return self();
  }

  /**
   * Sets the base URL (default: the vendor's production URL); null restores the default.
   *
   * @throws IllegalArgumentException when it is not an http(s) URL; {@code build()} rejects plain
   *     http to a host that is not loopback unless {@link #allowInsecureHttp(boolean)} is on
   */
  public B baseUrl(String baseUrl) {
    options.baseUrl(baseUrl);
    return self();
  }

  /**
   * Shares the caller's {@link OkHttpClient}: the SDK derives its client from it, reusing its pool
   * and dispatcher; null means the SDK creates its own.
   */
  public B httpClient(OkHttpClient client) {
    options.okHttpClient(client);
    return self();
  }

  /**
   * Replaces every common setting (key, base URL, timeouts, retries, headers, shared client) with
   * {@code options}; later setters change them again.
   *
   * @throws NullPointerException naming {@code options} when null
   */
  public B options(ClientOptions options) {
    if (options == null) {
      throw new NullPointerException("options == null");
    }
    this.options = options.toBuilder();
    return self();
  }

  /** Sets the connect timeout; see {@link ClientOptions.Builder#connectTimeout(Duration)}. */
  public B connectTimeout(Duration timeout) {
    options.connectTimeout(timeout);
    return self();
  }

  /** Sets the read timeout; see {@link ClientOptions.Builder#readTimeout(Duration)}. */
  public B readTimeout(Duration timeout) {
    options.readTimeout(timeout);
    return self();
  }

  /** Sets the write timeout; see {@link ClientOptions.Builder#writeTimeout(Duration)}. */
  public B writeTimeout(Duration timeout) {
    options.writeTimeout(timeout);
    return self();
  }

  /** Sets the whole-call timeout; see {@link ClientOptions.Builder#callTimeout(Duration)}. */
  public B callTimeout(Duration timeout) {
    options.callTimeout(timeout);
    return self();
  }

  /** Sets the retry limit; see {@link ClientOptions.Builder#maxRetries(int)}. */
  public B maxRetries(int maxRetries) {
    options.maxRetries(maxRetries);
    return self();
  }

  /** Sets the retry time budget; see {@link ClientOptions.Builder#retryBudget(Duration)}. */
  public B retryBudget(Duration budget) {
    options.retryBudget(budget);
    return self();
  }

  /** Sets the first retry backoff; see {@link ClientOptions.Builder#initialBackoff(Duration)}. */
  public B initialBackoff(Duration backoff) {
    options.initialBackoff(backoff);
    return self();
  }

  /** Sets the longest retry backoff; see {@link ClientOptions.Builder#maxBackoff(Duration)}. */
  public B maxBackoff(Duration backoff) {
    options.maxBackoff(backoff);
    return self();
  }

  /** Appends to the User-Agent; see {@link ClientOptions.Builder#userAgentSuffix(String)}. */
  public B userAgentSuffix(String suffix) {
    options.userAgentSuffix(suffix);
    return self();
  }

  /** Adds a header to every request; see {@link ClientOptions.Builder#header(String, String)}. */
  public B header(String name, String value) {
    options.header(name, value);
    return self();
  }

  /**
   * Replaces the vendor's documented rate limits; see {@link
   * ClientOptions.Builder#rateLimit(RateLimit)}.
   */
  public B rateLimit(RateLimit limit) {
    options.rateLimit(limit);
    return self();
  }

  /** Sets the rate limiting; see {@link ClientOptions.Builder#rateLimiting(RateLimiting)}. */
  public B rateLimiting(RateLimiting rateLimiting) {
    options.rateLimiting(rateLimiting);
    return self();
  }

  /**
   * Adds a listener of every call's events (metrics, traces); see {@link
   * ClientOptions.Builder#addListener(TaskSdkListener)}.
   *
   * @throws NullPointerException naming {@code listener} when null
   */
  public B addListener(TaskSdkListener listener) {
    options.addListener(listener);
    return self();
  }

  /** Allows plain http to hosts other than loopback (default false). */
  public B allowInsecureHttp(boolean allow) {
    options.allowInsecureHttp(allow);
    return self();
  }

  /**
   * Reads the vendor's environment variables from {@code env}: {@code <PREFIX>_API_KEY} (required),
   * then the vendor's own ones (see the vendor client), then {@code <PREFIX>_RATE_LIMIT} (optional:
   * {@code 120/min}, {@code 10/s}, {@code off}) and {@code <PREFIX>_BASE_URL} (optional). Values
   * are trimmed; a blank value counts as unset.
   *
   * @throws NullPointerException naming {@code env} when null
   * @throws IllegalStateException naming the required variable that is missing or blank
   * @throws IllegalArgumentException naming {@code <PREFIX>_RATE_LIMIT} when it is not a rate limit
   */
  public B fromEnv(Map<String, String> env) {
    if (env == null) {
      throw new NullPointerException("env == null");
    }
    String keyVariable = vendor.envPrefix() + "_API_KEY";
    String key = envValue(env, keyVariable);
    if (key == null) {
      throw new IllegalStateException(keyVariable + " is not set: " + missingApiKeyHint);
    }
    readVendorEnv(env);
    RateLimiting.fromEnv(vendor, env).ifPresent(options::rateLimit);
    options.apiKey(key);
    String baseUrl = envValue(env, vendor.envPrefix() + "_BASE_URL");
    if (baseUrl != null) {
      options.baseUrl(baseUrl);
    }
    return self();
  }

  /**
   * Reads the vendor's own variables during {@link #fromEnv(Map)}, after the API key was found and
   * before anything is set; does nothing by default.
   *
   * @throws IllegalStateException naming a required variable that is missing or blank
   * @throws IllegalArgumentException naming a variable whose value is invalid
   */
  protected void readVendorEnv(Map<String, String> env) {}

  /** The value of {@code name} in {@code env}, trimmed; null when it is missing or blank. */
  protected static String envValue(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /**
   * Builds the options set so far.
   *
   * @throws IllegalArgumentException when they are invalid (see {@link
   *     ClientOptions.Builder#build()})
   */
  protected final ClientOptions clientOptions() {
    return options.build();
  }
}
