package dev.tasksdk.core.spi;

import com.google.gson.Gson;
import dev.tasksdk.core.Vendor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * What the runtime must know about one vendor's API: default base URL, how the key is sent, where
 * the request id is, how errors look, which POSTs are safe to repeat, its Gson and extra headers.
 *
 * <pre>{@code
 * VendorProfile profile = VendorProfile.builder()
 *     .vendor(Vendor.AMPLEMARKET)
 *     .defaultBaseUrl("https://api.amplemarket.com/")
 *     .bearerAuth()
 *     .requestIdHeader("x-request-id")
 *     .errorParser(ErrorParser.json(ApiError.class, e -> e.getCode(), e -> e.getMessage()))
 *     .retrySafeOperations(Set.of("completeTask"))
 *     .gson(new JSON().getGson())
 *     .defaultHeader("Accept", "application/json, application/vnd.amp+json")
 *     .build();
 * }</pre>
 */
public final class VendorProfile {
  private final Vendor vendor;
  private final HttpUrl defaultBaseUrl;
  private final AuthStyle authStyle;
  private final String authHeaderName;
  private final String requestIdHeader;
  private final ErrorParser errorParser;
  private final Set<String> retrySafeOperations;
  private final Gson gson;
  private final Map<String, String> defaultHeaders;
  private final String sdkVersion;
  private final Map<String, Supplier<?>> emptyBodies;

  private VendorProfile(Builder b) {
    this.emptyBodies = Collections.unmodifiableMap(new LinkedHashMap<>(b.emptyBodies));
    this.vendor = b.vendor;
    this.defaultBaseUrl = b.defaultBaseUrl;
    this.authStyle = b.authStyle;
    this.authHeaderName = b.authHeaderName;
    this.requestIdHeader = b.requestIdHeader;
    this.errorParser = b.errorParser;
    this.retrySafeOperations = Collections.unmodifiableSet(new LinkedHashSet<>(b.retrySafe));
    this.gson = b.gson;
    this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.defaultHeaders));
    this.sdkVersion = b.sdkVersion;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this profile. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.vendor = vendor;
    b.defaultBaseUrl = defaultBaseUrl;
    b.authStyle = authStyle;
    b.authHeaderName = authHeaderName;
    b.requestIdHeader = requestIdHeader;
    b.errorParser = errorParser;
    b.retrySafe.addAll(retrySafeOperations);
    b.gson = gson;
    b.defaultHeaders.putAll(defaultHeaders);
    b.sdkVersion = sdkVersion;
    b.emptyBodies.putAll(emptyBodies);
    return b;
  }

  /** The vendor. */
  public Vendor vendor() {
    return vendor;
  }

  /** The vendor's production base URL, ending with {@code /}. */
  public HttpUrl defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** How the key is sent. */
  public AuthStyle authStyle() {
    return authStyle;
  }

  /**
   * The header the key is sent in: {@code Authorization} for {@link AuthStyle#BEARER}, the vendor's
   * header name otherwise.
   */
  public String authHeaderName() {
    return authHeaderName;
  }

  /** The response header holding the vendor's request id, if it sends one. */
  public Optional<String> requestIdHeader() {
    return Optional.ofNullable(requestIdHeader);
  }

  /** The vendor's error parser. */
  public ErrorParser errorParser() {
    return errorParser;
  }

  /** Retrofit method names of POST/PATCH operations that are safe to repeat. */
  public Set<String> retrySafeOperations() {
    return retrySafeOperations;
  }

  /** The Gson the vendor's models need (its generated {@code JSON} Gson). */
  public Gson gson() {
    return gson;
  }

  /** Headers sent with every request, e.g. a vendor-specific {@code Accept}. */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /** The SDK version shown in the User-Agent. */
  public String sdkVersion() {
    return sdkVersion;
  }

  /**
   * What a success without a body (204, 205 or zero bytes) means for {@code operation}, when the
   * vendor documents one (e.g. "204 when there are no tasks" means an empty list). Without a
   * declaration such an answer, and a JSON {@code null} always, is an {@code
   * InvalidResponseException} for an operation that promises a value.
   */
  public Optional<Supplier<?>> emptyBody(String operation) {
    return Optional.ofNullable(emptyBodies.get(operation));
  }

  /** Returns the credential header value for {@code key}. */
  public String authHeaderValue(String key) {
    return authStyle == AuthStyle.BEARER ? "Bearer " + key : key;
  }

  @Override
  public String toString() {
    return "VendorProfile[" + vendor + ", " + defaultBaseUrl + ", " + authStyle + "]";
  }

  /** Builds a {@link VendorProfile}. */
  public static final class Builder {
    private Vendor vendor;
    private HttpUrl defaultBaseUrl;
    private AuthStyle authStyle = AuthStyle.BEARER;
    private String authHeaderName = "Authorization";
    private String requestIdHeader;
    private ErrorParser errorParser = ErrorParser.none();
    private final Set<String> retrySafe = new LinkedHashSet<>();
    private Gson gson;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private String sdkVersion = SdkVersion.get();
    private final Map<String, Supplier<?>> emptyBodies = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Declares that {@code operation} (the name the client passes to the runtime, e.g. {@code
     * "listTasks"}) may answer without a body, meaning {@code value} (e.g. {@code List::of}); a
     * generator emits this from the spec (e.g. a declared 204 on a list operation).
     *
     * @throws NullPointerException naming {@code operation} or {@code value} when null
     */
    public Builder emptyBody(String operation, Supplier<?> value) {
      emptyBodies.put(Require.nonBlank(operation, "operation"), Require.nonNull(value, "value"));
      return this;
    }

    /** Sets the vendor (required). */
    public Builder vendor(Vendor vendor) {
      this.vendor = vendor;
      return this;
    }

    /** Sets the production base URL (required); a trailing slash is added when missing. */
    public Builder defaultBaseUrl(String url) {
      if (url == null) {
        throw new NullPointerException("defaultBaseUrl == null");
      }
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException("defaultBaseUrl is not a valid http(s) URL: " + url);
      }
      return defaultBaseUrl(parsed);
    }

    /** Sets the production base URL (required); a trailing slash is added when missing. */
    public Builder defaultBaseUrl(HttpUrl url) {
      if (url == null) {
        throw new NullPointerException("defaultBaseUrl == null");
      }
      String path = url.encodedPath();
      this.defaultBaseUrl =
          path.endsWith("/") ? url : url.newBuilder().encodedPath(path + "/").build();
      return this;
    }

    /** Sends the key as {@code Authorization: Bearer <key>} (the default). */
    public Builder bearerAuth() {
      this.authStyle = AuthStyle.BEARER;
      this.authHeaderName = "Authorization";
      return this;
    }

    /** Sends the key alone in header {@code name}, e.g. {@code "x-api-key"}. */
    public Builder apiKeyHeader(String name) {
      if (name == null) {
        throw new NullPointerException("apiKeyHeader == null");
      }
      this.authStyle = AuthStyle.API_KEY_HEADER;
      this.authHeaderName = name;
      return this;
    }

    /**
     * Sets the auth style; for {@link AuthStyle#API_KEY_HEADER} also call {@link
     * #authHeaderName(String)} (default {@code x-api-key}).
     */
    public Builder authStyle(AuthStyle style) {
      if (style == null) {
        throw new NullPointerException("authStyle == null");
      }
      this.authStyle = style;
      if (style == AuthStyle.BEARER) {
        this.authHeaderName = "Authorization";
      } else if ("Authorization".equals(authHeaderName)) {
        this.authHeaderName = "x-api-key";
      }
      return this;
    }

    /** Sets the header the key is sent in with {@link AuthStyle#API_KEY_HEADER}. */
    public Builder authHeaderName(String name) {
      if (name == null) {
        throw new NullPointerException("authHeaderName == null");
      }
      this.authHeaderName = name;
      return this;
    }

    /** Sets the response header holding the vendor's request id, e.g. {@code "x-request-id"}. */
    public Builder requestIdHeader(String name) {
      this.requestIdHeader = name;
      return this;
    }

    /** Sets the error parser (default: understands nothing). */
    public Builder errorParser(ErrorParser parser) {
      if (parser == null) {
        throw new NullPointerException("errorParser == null");
      }
      this.errorParser = parser;
      return this;
    }

    /** Adds Retrofit method names of POST/PATCH operations that are safe to repeat. */
    public Builder retrySafeOperations(Set<String> operations) {
      if (operations == null) {
        throw new NullPointerException("retrySafeOperations == null");
      }
      retrySafe.addAll(operations);
      return this;
    }

    /** Adds Retrofit method names of POST/PATCH operations that are safe to repeat. */
    public Builder retrySafeOperation(String... operations) {
      retrySafe.addAll(java.util.Arrays.asList(operations));
      return this;
    }

    /** Sets the Gson of the vendor's models (default: a plain {@code new Gson()}). */
    public Builder gson(Gson gson) {
      this.gson = gson;
      return this;
    }

    /** Adds a header sent with every request. */
    public Builder defaultHeader(String name, String value) {
      Require.headerName(name, "defaultHeader name");
      Require.headerValue(value, "defaultHeader value of " + name);
      defaultHeaders.put(name, value);
      return this;
    }

    /** Adds headers sent with every request. */
    public Builder defaultHeaders(Map<String, String> headers) {
      headers.forEach(this::defaultHeader);
      return this;
    }

    /** Sets the SDK version shown in the User-Agent (default: sdk-core's version). */
    public Builder sdkVersion(String version) {
      if (version == null) {
        throw new NullPointerException("sdkVersion == null");
      }
      this.sdkVersion = version;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @throws NullPointerException naming {@code vendor} or {@code defaultBaseUrl} when missing
     */
    public VendorProfile build() {
      if (vendor == null) {
        throw new NullPointerException("vendor == null");
      }
      if (defaultBaseUrl == null) {
        throw new NullPointerException("defaultBaseUrl == null");
      }
      if (gson == null) {
        gson = new Gson();
      }
      return new VendorProfile(this);
    }
  }
}
