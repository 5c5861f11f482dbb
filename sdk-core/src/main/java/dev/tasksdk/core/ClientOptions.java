package dev.tasksdk.core;

import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.core.spi.Redactor;
import dev.tasksdk.core.spi.Require;
import dev.tasksdk.core.spi.UrlPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * How a vendor client connects: base URL, credential, timeouts, retries, extra headers and an
 * optional shared {@link OkHttpClient}.
 *
 * <p>Immutable; build one with {@link #builder()}. {@link #toString()} never shows the API key.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .apiKey(System.getenv("AMIGO_API_KEY"))
 *     .readTimeout(Duration.ofSeconds(30))
 *     .maxRetries(3)
 *     .build();
 * }</pre>
 *
 * <p>When an {@link OkHttpClient} is given, the SDK derives its own client from it with {@link
 * OkHttpClient#newBuilder()}, so the connection pool and dispatcher are shared, never copied; the
 * timeouts of these options apply to the derived client.
 */
public final class ClientOptions {
  /** The name of the {@link System.Logger} the SDK's HTTP log lines go to. */
  public static final String LOGGER_NAME = "dev.tasksdk.http";

  /**
   * The default deadline of one call, all attempts and waits included (2 minutes): a server that
   * trickles a byte at a time can hold a call no longer than this.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  private final HttpUrl baseUrl;
  private final Secret apiKey;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final int maxRetries;
  private final Duration retryBudget;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final String userAgentSuffix;
  private final Map<String, String> headers;
  private final OkHttpClient okHttpClient;
  private final boolean allowInsecureHttp;
  private final List<TaskSdkListener> listeners;

  private ClientOptions(Builder b) {
    this.baseUrl = b.baseUrl;
    this.apiKey = b.apiKey;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.retryBudget = b.retryBudget;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.userAgentSuffix = b.userAgentSuffix;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.okHttpClient = b.okHttpClient;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.listeners = List.copyOf(b.listeners);
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the defaults (no key, the vendor's base URL). */
  public static ClientOptions defaults() {
    return builder().build();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The base URL (ending with {@code /}); empty means the vendor's default. */
  public Optional<HttpUrl> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** The API key; empty when none was given. */
  public Optional<Secret> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  /** The connect timeout (default 10 s; zero means none). */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The read timeout (default 60 s; zero means none). */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** The write timeout (default 60 s; zero means none). */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * The deadline of a whole call including retries and their waits (default {@link
   * #DEFAULT_CALL_TIMEOUT}, 2 minutes; zero means none). A server's retry hint longer than what is
   * left ends the call at once with the server's answer.
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** How many times a failed attempt is retried (default 2). */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The time within which a call may retry (default 60 s), counted from its start and including the
   * attempts themselves: no retry starts whose wait ends past it, and a retry still running when it
   * ends is cancelled ({@code TimeoutException}). The first attempt is bounded by {@link
   * #callTimeout()}.
   */
  public Duration retryBudget() {
    return retryBudget;
  }

  /** The first backoff before a retry (default 500 ms); it doubles per retry. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff between two attempts (default 8 s). */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Text appended to the User-Agent, e.g. {@code "my-app/1.2"}. */
  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /** Extra headers sent with every request to the base URL's host, in insertion order. */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The caller's shared client; empty means the SDK creates its own. The SDK's calls never use the
   * shared client's HTTP {@code Cache}: credentials are added below the cache, so its key would
   * ignore them and serve one key's response to another (no cache on authenticated calls).
   */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /** Whether plain {@code http} is allowed to a host that is not loopback (default false). */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** The listeners every call reports its events to, in the order added (default none). */
  public List<TaskSdkListener> listeners() {
    return listeners;
  }

  /** The name of the logger HTTP traffic is logged to: {@value #LOGGER_NAME}. */
  public String loggerName() {
    return LOGGER_NAME;
  }

  @Override
  public String toString() {
    return "ClientOptions[baseUrl="
        + (baseUrl == null ? "(vendor default)" : Redactor.redactUrl(baseUrl))
        + ", apiKey="
        + (apiKey == null ? "(none)" : apiKey)
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
        + ", retryBudget="
        + retryBudget
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", userAgentSuffix="
        + userAgentSuffix
        + ", headers="
        + Redactor.redactHeaderMap(headers)
        + ", okHttpClient="
        + (okHttpClient == null ? "(own)" : "(shared)")
        + ", allowInsecureHttp="
        + allowInsecureHttp
        + (listeners.isEmpty() ? "" : ", listeners=" + listeners.size())
        + "]";
  }

  /** Builds {@link ClientOptions}; every setter validates its argument and names it on failure. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private Secret apiKey;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private int maxRetries = 2;
    private Duration retryBudget = Duration.ofSeconds(60);
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private String userAgentSuffix;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private OkHttpClient okHttpClient;
    private boolean allowInsecureHttp;
    private final List<TaskSdkListener> listeners = new ArrayList<>();

    private Builder() {}

    private Builder(ClientOptions o) {
      this.baseUrl = o.baseUrl;
      this.apiKey = o.apiKey;
      this.connectTimeout = o.connectTimeout;
      this.readTimeout = o.readTimeout;
      this.writeTimeout = o.writeTimeout;
      this.callTimeout = o.callTimeout;
      this.maxRetries = o.maxRetries;
      this.retryBudget = o.retryBudget;
      this.initialBackoff = o.initialBackoff;
      this.maxBackoff = o.maxBackoff;
      this.userAgentSuffix = o.userAgentSuffix;
      this.headers.putAll(o.headers);
      this.okHttpClient = o.okHttpClient;
      this.allowInsecureHttp = o.allowInsecureHttp;
      this.listeners.addAll(o.listeners);
    }

    /**
     * Sets the base URL, e.g. {@code "https://api.example.com/v1/"}; a missing trailing slash is
     * added. Null restores the vendor's default.
     *
     * @throws IllegalArgumentException "baseUrl is not a valid http(s) URL: ..." when it does not
     *     parse
     */
    public Builder baseUrl(String baseUrl) {
      if (baseUrl == null) {
        this.baseUrl = null;
        return this;
      }
      HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
      if (parsed == null) {
        throw new IllegalArgumentException(
            "baseUrl is not a valid http(s) URL: " + Redactor.redactUrlString(baseUrl));
      }
      return baseUrl(parsed);
    }

    /** Sets the base URL; a missing trailing slash is added. Null restores the vendor's default. */
    public Builder baseUrl(HttpUrl baseUrl) {
      this.baseUrl = baseUrl == null ? null : normalize(baseUrl);
      return this;
    }

    /**
     * Sets the API key, kept as a {@link Secret}.
     *
     * @throws NullPointerException naming {@code apiKey} when null
     * @throws IllegalArgumentException naming {@code apiKey} when blank
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Secret.of(apiKey);
      return this;
    }

    /** Sets the API key from a {@link Secret}. */
    public Builder apiKey(Secret apiKey) {
      if (apiKey == null) {
        throw new NullPointerException("apiKey == null");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** Sets the connect timeout; zero means none. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = nonNegative("connectTimeout", timeout);
      return this;
    }

    /** Sets the read timeout; zero means none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = nonNegative("readTimeout", timeout);
      return this;
    }

    /** Sets the write timeout; zero means none. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = nonNegative("writeTimeout", timeout);
      return this;
    }

    /** Sets the timeout of a whole call including retries; zero means none. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = nonNegative("callTimeout", timeout);
      return this;
    }

    /**
     * Sets how many times a failed attempt is retried; 0 disables retries.
     *
     * @throws IllegalArgumentException "maxRetries must be >= 0 but was -1"
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Sets the total time all attempts of one call may take, backoff included. */
    public Builder retryBudget(Duration budget) {
      this.retryBudget = nonNegative("retryBudget", budget);
      return this;
    }

    /** Sets the first backoff before a retry. */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = nonNegative("initialBackoff", backoff);
      return this;
    }

    /** Sets the longest backoff between two attempts. */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = nonNegative("maxBackoff", backoff);
      return this;
    }

    /** Appends text to the User-Agent, e.g. {@code "my-app/1.2"}; null removes it. */
    public Builder userAgentSuffix(String suffix) {
      if (suffix != null) {
        checkHeaderText("userAgentSuffix", suffix);
      }
      this.userAgentSuffix = suffix == null || suffix.isBlank() ? null : suffix.trim();
      return this;
    }

    /**
     * Adds a header sent with every request to the base URL's host (replacing one of the same name
     * given earlier).
     */
    public Builder header(String name, String value) {
      checkHeaderName(name);
      if (value == null) {
        throw new NullPointerException("header value == null (header " + name + ")");
      }
      checkHeaderText("header value of " + name, value);
      headers.put(name, value);
      return this;
    }

    /** Adds every header of {@code headers} as {@link #header(String, String)} does. */
    public Builder headers(Map<String, String> headers) {
      if (headers == null) {
        throw new NullPointerException("headers == null");
      }
      headers.forEach(this::header);
      return this;
    }

    /** Uses (a client derived from) the caller's client, sharing its pool and dispatcher. */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = client;
      return this;
    }

    /** Allows plain {@code http} to hosts other than loopback (default false). */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Adds a listener of the SDK's call, attempt and listing events (see {@link TaskSdkListener});
     * several are called in the order added.
     *
     * @throws NullPointerException naming {@code listener} when null
     */
    public Builder addListener(TaskSdkListener listener) {
      if (listener == null) {
        throw new NullPointerException("listener == null");
      }
      listeners.add(listener);
      return this;
    }

    /** Removes every listener added so far. */
    public Builder clearListeners() {
      listeners.clear();
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws IllegalArgumentException when maxBackoff is below initialBackoff, or the base URL is
     *     plain http to a host that is not loopback and {@link #allowInsecureHttp(boolean)} is off
     */
    public ClientOptions build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff (" + maxBackoff + ") must be >= initialBackoff (" + initialBackoff + ")");
      }
      if (baseUrl != null) {
        UrlPolicy.checkSecure(baseUrl, allowInsecureHttp);
      }
      return new ClientOptions(this);
    }

    private static HttpUrl normalize(HttpUrl url) {
      String path = url.encodedPath();
      if (path.endsWith("/")) {
        return url;
      }
      return url.newBuilder().encodedPath(path + "/").build();
    }

    private static Duration nonNegative(String field, Duration d) {
      if (d == null) {
        throw new NullPointerException(field + " == null");
      }
      if (d.isNegative()) {
        throw new IllegalArgumentException(field + " must be >= 0 but was " + d);
      }
      return d;
    }

    private static void checkHeaderName(String name) {
      Require.headerName(name, "header name");
    }

    private static void checkHeaderText(String field, String value) {
      Require.headerValue(value, field);
    }
  }
}
