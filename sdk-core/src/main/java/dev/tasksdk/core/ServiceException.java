package dev.tasksdk.core;

import dev.tasksdk.core.spi.Redactor;
import dev.tasksdk.core.spi.RetryHints;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;

/**
 * The vendor answered with an error status (anything but 2xx).
 *
 * <p>Subclasses name the common meanings: {@link BadRequestException} (400), {@link
 * UnauthorizedException} (401), {@link ForbiddenException} (403), {@link NotFoundException} (404),
 * {@link ConflictException} (409), {@link UnprocessableEntityException} (422), {@link
 * RateLimitedException} (429) and {@link ServerErrorException} (5xx); {@link #of} picks the right
 * one. The message names the request, so that a 404 from a wrong base path reads differently from a
 * missing task: {@code "AgentTasks getTask failed: HTTP 404 (NOT_FOUND: Task not found) GET
 * /api/tasks/t1 [request id abc]"} (the path without the query string, never credentials); {@link
 * #error()} is the vendor's parsed error model, {@link #rawBody()} the body as text (at most 64
 * KiB) and {@link #headers()} a copy without credentials or cookies.
 */
public class ServiceException extends TaskSdkException {
  private static final long serialVersionUID = 1L;

  /** The most characters {@link #rawBody()} keeps. */
  public static final int MAX_RAW_BODY = 64 * 1024;

  private final Vendor vendor;
  private final String operation;
  private final int statusCode;
  private final transient Headers headers;
  private final String requestId;
  private final String requestMethod;
  private final String requestPath;
  private final transient Object error;
  private final String errorCode;
  private final String detail;
  private final String rawBody;
  private final Duration retryAfter;

  /** Creates the exception from a builder; use {@link #of} or {@link #builder()} instead. */
  ServiceException(Builder b) {
    super(message(b));
    this.vendor = b.vendor;
    this.operation = b.operation;
    this.statusCode = b.statusCode;
    this.headers = b.headers == null ? Headers.of() : Redactor.safeHeaders(b.headers);
    this.requestId = b.requestId;
    this.requestMethod = b.requestMethod;
    this.requestPath = b.requestPath;
    this.error = b.error;
    this.errorCode = b.errorCode;
    this.detail = b.detail;
    this.rawBody = cap(b.rawBody);
    this.retryAfter =
        b.retryAfter != null
            ? b.retryAfter
            : b.headers == null
                ? null
                : RetryHints.delay(b.headers, Clock.systemUTC()).orElse(null);
  }

  /**
   * Creates the exception matching {@code statusCode}: a subclass for 400, 401, 403, 404, 409, 422,
   * 429 and 5xx, otherwise a plain {@code ServiceException}.
   *
   * @param vendor the vendor called
   * @param operation the operation, e.g. {@code "getTask"}
   * @param statusCode the HTTP status
   * @param headers the response headers (credentials and cookies are dropped); null for none
   * @param requestId the vendor's request id, or null
   * @param rawBody the body as text, or null
   * @param error the vendor's parsed error model, or null
   * @param errorCode the vendor's machine-readable code, or null
   * @param detail a short human description from the body, or null
   */
  public static ServiceException of(
      Vendor vendor,
      String operation,
      int statusCode,
      Headers headers,
      String requestId,
      String rawBody,
      Object error,
      String errorCode,
      String detail) {
    return builder()
        .vendor(vendor)
        .operation(operation)
        .statusCode(statusCode)
        .headers(headers)
        .requestId(requestId)
        .rawBody(rawBody)
        .error(error)
        .errorCode(errorCode)
        .detail(detail)
        .build();
  }

  /** Returns a builder; {@link Builder#build()} picks the subclass by status. */
  public static Builder builder() {
    return new Builder();
  }

  /** The vendor whose API answered. */
  public Vendor vendor() {
    return vendor;
  }

  /** The operation that failed, e.g. {@code "getTask"}. */
  public String operation() {
    return operation;
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers without credentials or cookies. */
  public Headers headers() {
    return headers;
  }

  /** The vendor's request id, when it sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The HTTP method of the request that failed, e.g. {@code GET}, when known. */
  public Optional<String> requestMethod() {
    return Optional.ofNullable(requestMethod);
  }

  /**
   * The path of the request that failed, e.g. {@code /api/tasks/t1}: without scheme, host or query
   * string, when known.
   */
  public Optional<String> requestPath() {
    return Optional.ofNullable(requestPath);
  }

  /** The vendor's parsed error model, when the body had the vendor's error shape. */
  public Optional<Object> error() {
    return Optional.ofNullable(error);
  }

  /** The vendor's parsed error model when it is a {@code type}. */
  public <T> Optional<T> error(Class<T> type) {
    return type.isInstance(error) ? Optional.of(type.cast(error)) : Optional.empty();
  }

  /**
   * The vendor's machine-readable error code, e.g. {@code "TASK_ALREADY_CLAIMED"}, when it has one.
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The short human description the vendor gave, when it gave one. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** The body as text, at most 64 KiB; empty when there was none. */
  public String rawBody() {
    return rawBody;
  }

  /** The wait the server asked for before a retry (Retry-After and similar), if any. */
  Optional<Duration> retryAfterHint() {
    return Optional.ofNullable(retryAfter);
  }

  private static String cap(String body) {
    if (body == null) {
      return "";
    }
    return body.length() > MAX_RAW_BODY ? body.substring(0, MAX_RAW_BODY) : body;
  }

  private static String message(Builder b) {
    StringBuilder sb = new StringBuilder();
    sb.append(b.vendor == null ? "?" : b.vendor.displayName())
        .append(' ')
        .append(b.operation)
        .append(" failed: HTTP ")
        .append(b.statusCode);
    String code = shorten(b.errorCode, 80);
    String detail = shorten(b.detail, 200);
    if (code != null || detail != null) {
      sb.append(" (");
      if (code != null) {
        sb.append(code);
      }
      if (code != null && detail != null) {
        sb.append(": ");
      }
      if (detail != null) {
        sb.append(detail);
      }
      sb.append(')');
    }
    String method = shorten(b.requestMethod, 16);
    String path = shorten(b.requestPath, 200);
    if (path != null) {
      sb.append(' ');
      if (method != null) {
        sb.append(method).append(' ');
      }
      sb.append(path);
    }
    if (b.requestId != null) {
      sb.append(" [request id ").append(shorten(b.requestId, 100)).append(']');
    }
    return sb.toString();
  }

  private static String shorten(String s, int max) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").trim();
    if (t.isEmpty()) {
      return null;
    }
    return t.length() > max ? t.substring(0, max) + "…" : t;
  }

  /** Builds a {@link ServiceException} of the class matching its status code. */
  public static final class Builder {
    private Vendor vendor;
    private String operation;
    private int statusCode;
    private Headers headers;
    private String requestId;
    private String requestMethod;
    private String requestPath;
    private String rawBody;
    private Object error;
    private String errorCode;
    private String detail;
    private Duration retryAfter;

    private Builder() {}

    /** Sets the vendor (required). */
    public Builder vendor(Vendor vendor) {
      this.vendor = vendor;
      return this;
    }

    /** Sets the operation name (required), e.g. {@code "getTask"}. */
    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /** Sets the HTTP status code (required). */
    public Builder statusCode(int statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    /** Sets the response headers; credentials and cookies are dropped. */
    public Builder headers(Headers headers) {
      this.headers = headers;
      return this;
    }

    /** Sets the vendor's request id. */
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Sets the request that failed: its method and path. A query string in {@code path} is dropped
     * (it can carry credentials); null for either is allowed.
     */
    public Builder request(String method, String path) {
      this.requestMethod = method;
      if (path != null) {
        int q = path.indexOf('?');
        path = q < 0 ? path : path.substring(0, q);
      }
      this.requestPath = path;
      return this;
    }

    /** Sets the body as text; longer than 64 KiB is cut. */
    public Builder rawBody(String rawBody) {
      this.rawBody = rawBody;
      return this;
    }

    /** Sets the vendor's parsed error model. */
    public Builder error(Object error) {
      this.error = error;
      return this;
    }

    /** Sets the vendor's machine-readable code. */
    public Builder errorCode(String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    /** Sets the short human description. */
    public Builder detail(String detail) {
      this.detail = detail;
      return this;
    }

    /** Sets the server's retry hint; by default it is read from the headers. */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * Builds the exception of the class matching the status code.
     *
     * @throws NullPointerException naming {@code vendor} or {@code operation} when missing
     */
    public ServiceException build() {
      if (vendor == null) {
        throw new NullPointerException("vendor == null");
      }
      if (operation == null) {
        throw new NullPointerException("operation == null");
      }
      switch (statusCode) {
        case 400:
          return new BadRequestException(this);
        case 401:
          return new UnauthorizedException(this);
        case 403:
          return new ForbiddenException(this);
        case 404:
          return new NotFoundException(this);
        case 409:
          return new ConflictException(this);
        case 422:
          return new UnprocessableEntityException(this);
        case 429:
          return new RateLimitedException(this);
        default:
          return statusCode >= 500 && statusCode <= 599
              ? new ServerErrorException(this)
              : new ServiceException(this);
      }
    }
  }
}
