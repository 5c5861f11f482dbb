package dev.tasksdk.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PrismServer} runs Prism: as a mock (the default) or as a validating proxy in front
 * of a real server, with or without {@code --errors}, and how long to wait for it to start.
 *
 * <pre>{@code
 * PrismOptions.builder().errors(true).build();                       // prism mock --errors
 * PrismOptions.proxy("https://api.vambe.me");                        // prism proxy --errors
 * }</pre>
 */
public final class PrismOptions {
  private static final PrismOptions DEFAULTS = builder().build();

  private final String upstreamUrl;
  private final boolean errors;
  private final Duration startupTimeout;

  private PrismOptions(Builder b) {
    this.upstreamUrl = b.upstreamUrl;
    this.errors = b.errors;
    this.startupTimeout = b.startupTimeout;
  }

  /** Mock mode, no {@code --errors}, 60 s startup timeout. */
  public static PrismOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Validation-proxy mode: Prism forwards each request to {@code upstreamUrl} and, with {@code
   * --errors}, turns any request or response that violates the spec into an error.
   *
   * @throws NullPointerException if upstreamUrl is null
   * @throws IllegalArgumentException if upstreamUrl is not an http(s) URL
   */
  public static PrismOptions proxy(String upstreamUrl) {
    return builder().proxy(upstreamUrl).errors(true).build();
  }

  /** A new builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.upstreamUrl = upstreamUrl;
    b.errors = errors;
    b.startupTimeout = startupTimeout;
    return b;
  }

  /** The upstream URL in proxy mode, or null in mock mode. */
  public String upstreamUrl() {
    return upstreamUrl;
  }

  /** True in proxy mode. */
  public boolean isProxy() {
    return upstreamUrl != null;
  }

  /** Whether Prism runs with {@code --errors}. */
  public boolean errors() {
    return errors;
  }

  /** How long to wait for "Prism is listening". */
  public Duration startupTimeout() {
    return startupTimeout;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PrismOptions)) {
      return false;
    }
    PrismOptions other = (PrismOptions) o;
    return errors == other.errors
        && Objects.equals(upstreamUrl, other.upstreamUrl)
        && startupTimeout.equals(other.startupTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(upstreamUrl, errors, startupTimeout);
  }

  @Override
  public String toString() {
    return "PrismOptions{"
        + (isProxy() ? "proxy=" + upstreamUrl : "mock")
        + ", errors="
        + errors
        + ", startupTimeout="
        + startupTimeout
        + "}";
  }

  /** Builds {@link PrismOptions}. */
  public static final class Builder {
    private String upstreamUrl;
    private boolean errors;
    private Duration startupTimeout = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * Switches to validation-proxy mode in front of {@code upstreamUrl}.
     *
     * @throws NullPointerException if upstreamUrl is null
     * @throws IllegalArgumentException if upstreamUrl is not an http(s) URL
     */
    public Builder proxy(String upstreamUrl) {
      if (upstreamUrl == null) {
        throw new NullPointerException("upstreamUrl == null");
      }
      if (!upstreamUrl.startsWith("http://") && !upstreamUrl.startsWith("https://")) {
        throw new IllegalArgumentException(
            "upstreamUrl must start with http:// or https://: " + upstreamUrl);
      }
      this.upstreamUrl = upstreamUrl;
      return this;
    }

    /** Back to mock mode (the default). */
    public Builder mock() {
      this.upstreamUrl = null;
      return this;
    }

    /** Runs Prism with {@code --errors}: spec violations become error responses. */
    public Builder errors(boolean errors) {
      this.errors = errors;
      return this;
    }

    /**
     * How long to wait for Prism to start (default 60 s).
     *
     * @throws NullPointerException if startupTimeout is null
     * @throws IllegalArgumentException if startupTimeout is not positive
     */
    public Builder startupTimeout(Duration startupTimeout) {
      if (startupTimeout == null) {
        throw new NullPointerException("startupTimeout == null");
      }
      if (startupTimeout.isZero() || startupTimeout.isNegative()) {
        throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
      }
      this.startupTimeout = startupTimeout;
      return this;
    }

    /** The options. */
    public PrismOptions build() {
      return new PrismOptions(this);
    }
  }
}
