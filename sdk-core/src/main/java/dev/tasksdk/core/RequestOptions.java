package dev.tasksdk.core;

import dev.tasksdk.core.spi.Redactor;
import dev.tasksdk.core.spi.Require;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Options for one request that override the client's: a call timeout, a retry limit, extra headers
 * and an idempotency key.
 *
 * <p>An {@link #idempotencyKey()} is sent as the {@code Idempotency-Key} header and makes a POST
 * safe to retry.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  /** The header an idempotency key is sent in. */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final String idempotencyKey;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.idempotencyKey = b.idempotencyKey;
  }

  /** Returns options that change nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.headers.putAll(headers);
    b.idempotencyKey = idempotencyKey;
    return b;
  }

  /** The call timeout of this request (all attempts included), when set. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The retry limit of this request, when set. */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /** Extra headers of this request, in insertion order. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The idempotency key, when set. */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Whether these options change nothing. */
  public boolean isEmpty() {
    return timeout == null && maxRetries == null && headers.isEmpty() && idempotencyKey == null;
  }

  @Override
  public String toString() {
    return "RequestOptions[timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + ", headers="
        + Redactor.redactHeaderMap(headers)
        + ", idempotencyKey="
        + (idempotencyKey == null ? null : "[set]")
        + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String idempotencyKey;

    private Builder() {}

    /** Sets the call timeout of this request (all attempts included); null clears it. */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be > 0 but was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Sets the retry limit of this request; null uses the client's. */
    public Builder maxRetries(Integer maxRetries) {
      if (maxRetries != null && maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Adds a header to this request (replacing one of the same name given earlier, whatever its
     * case); it is sent to the base URL's origin only, never after a redirect elsewhere.
     *
     * @throws NullPointerException naming {@code header name} or {@code header value} when null
     * @throws IllegalArgumentException when the name is not an HTTP token or the value holds CR,
     *     LF, another control character or non-ASCII (the message gives the index, not the value)
     */
    public Builder header(String name, String value) {
      Require.headerName(name, "header name");
      Require.headerValue(value, "header value of " + name);
      headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
      headers.put(name, value);
      return this;
    }

    /**
     * Sets the idempotency key, sent as {@code Idempotency-Key} to the base URL's origin only; it
     * makes a POST safe to retry. Null clears it.
     *
     * @throws IllegalArgumentException naming {@code idempotencyKey} when it is blank, has
     *     surrounding whitespace or holds anything but visible ASCII
     */
    public Builder idempotencyKey(String key) {
      if (key != null) {
        Require.argument(
            Require.credential(key, "idempotencyKey").equals(key),
            "idempotencyKey",
            "has surrounding whitespace");
      }
      this.idempotencyKey = key;
      return this;
    }

    /** Builds the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
