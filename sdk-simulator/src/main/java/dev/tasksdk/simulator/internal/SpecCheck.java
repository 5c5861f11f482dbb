package dev.tasksdk.simulator.internal;

import dev.tasksdk.core.Vendor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks requests and responses against a vendor's spec. The implementation is the Atlassian
 * swagger-request-validator when it is on the class path; without it (the CLI's sandbox leaves it
 * out to stay small and quick to start) {@link #none()} checks nothing.
 */
public interface SpecCheck {
  /** A problem the check found: the library's message key and its text. */
  record Problem(String key, String message) {
    @Override
    public String toString() {
      return message;
    }
  }

  /** Problems of a request; empty when it is valid. */
  List<Problem> request(Req request);

  /** Problems of the answer {@code reply} to {@code request}; empty when it is valid. */
  List<Problem> response(Req request, Reply reply);

  /** Whether this check looks at anything. */
  boolean enabled();

  /** A check that finds nothing. */
  static SpecCheck none() {
    return NoCheck.INSTANCE;
  }

  /** Whether the validator library is on the class path. */
  static boolean available() {
    try {
      Class.forName(
          "com.atlassian.oai.validator.OpenApiInteractionValidator",
          false,
          SpecCheck.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * The validator for {@code vendor}, built once per JVM (parsing a spec takes tens of
   * milliseconds; every simulator of the vendor shares it).
   */
  static SpecCheck of(Vendor vendor) {
    synchronized (Cache.CHECKS) {
      return Cache.CHECKS.computeIfAbsent(vendor, v -> new AtlassianSpecCheck(Spec.text(v)));
    }
  }

  /** Holder of the per-vendor validators. */
  final class Cache {
    static final Map<Vendor, SpecCheck> CHECKS = new EnumMap<>(Vendor.class);

    private Cache() {}
  }

  /** The check that finds nothing. */
  enum NoCheck implements SpecCheck {
    INSTANCE;

    @Override
    public List<Problem> request(Req request) {
      return List.of();
    }

    @Override
    public List<Problem> response(Req request, Reply reply) {
      return List.of();
    }

    @Override
    public boolean enabled() {
      return false;
    }
  }
}
