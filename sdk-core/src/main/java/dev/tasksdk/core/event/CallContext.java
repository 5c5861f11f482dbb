package dev.tasksdk.core.event;

import dev.tasksdk.core.Vendor;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one SDK call is: vendor, operation, HTTP method, path template and server, fixed when the
 * call starts and passed to every event of the call.
 *
 * <p>The descriptive fields are immutable and safe for low-cardinality tags: the path template is
 * the operation's declared path (e.g. {@code /v1/tasks/{id}}), never the URL with ids in it. A
 * listener that needs per-call state (a span, a timer sample) keeps it with {@link #put(Object,
 * Object)} under a key of its own and reads it back with {@link #get(Object)} in later events; that
 * scratch space is thread-safe and is the only mutable part.
 */
public final class CallContext {
  private final Vendor vendor;
  private final String operation;
  private final String method;
  private final String urlTemplate;
  private final String serverAddress;
  private final int serverPort;
  private volatile Map<Object, Object> attachments;

  /**
   * Describes a call.
   *
   * @param urlTemplate the path template starting with {@code /}; null when unknown
   * @throws NullPointerException naming {@code vendor}, {@code operation}, {@code method} or {@code
   *     serverAddress} when null
   */
  public CallContext(
      Vendor vendor,
      String operation,
      String method,
      String urlTemplate,
      String serverAddress,
      int serverPort) {
    this.vendor = Objects.requireNonNull(vendor, "vendor == null");
    this.operation = Objects.requireNonNull(operation, "operation == null");
    this.method = Objects.requireNonNull(method, "method == null");
    this.urlTemplate = urlTemplate;
    this.serverAddress = Objects.requireNonNull(serverAddress, "serverAddress == null");
    this.serverPort = serverPort;
  }

  /** The vendor called. */
  public Vendor vendor() {
    return vendor;
  }

  /** The operation, e.g. {@code "getTask"}. */
  public String operation() {
    return operation;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path template, e.g. {@code /api/tasks/{id}}; null when the operation declares none. */
  public String urlTemplate() {
    return urlTemplate;
  }

  /** The server's host name or address. */
  public String serverAddress() {
    return serverAddress;
  }

  /** The server's port. */
  public int serverPort() {
    return serverPort;
  }

  /** Returns what a listener stored under {@code key} for this call, or null. */
  public Object get(Object key) {
    Map<Object, Object> m = attachments;
    return m == null ? null : m.get(key);
  }

  /**
   * Stores per-call state of a listener under a key of its own (e.g. the listener itself).
   *
   * @throws NullPointerException naming {@code key} or {@code value} when null
   */
  public void put(Object key, Object value) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(value, "value == null");
    Map<Object, Object> m = attachments;
    if (m == null) {
      synchronized (this) {
        m = attachments;
        if (m == null) {
          m = new ConcurrentHashMap<>(4);
          attachments = m;
        }
      }
    }
    m.put(key, value);
  }

  @Override
  public String toString() {
    return "CallContext["
        + vendor.id()
        + " "
        + operation
        + " "
        + method
        + " "
        + urlTemplate
        + " "
        + serverAddress
        + ":"
        + serverPort
        + "]";
  }
}
