package dev.tasksdk.core.ratelimit;

import dev.tasksdk.core.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The limits each vendor documents, from {@code documented-limits.properties}: the table the build
 * writes from {@code x-tasksdk-rate-limits} and {@code x-tasksdk-rate-limit-class} in {@code
 * specs/<vendor>.yaml} (see {@code sdk-core/src/build/java/RateLimitTable.java}).
 */
final class DocumentedLimits {
  static final String RESOURCE = "documented-limits.properties";
  private static final Map<Vendor, DocumentedLimits> ALL = load();

  /** An operation of the spec: method and path template, and its endpoint class. */
  record Operation(String method, Pattern path, String endpointClass) {}

  private final Map<String, RateLimit> classes;
  private final String defaultClass;
  private final List<Operation> operations;

  private DocumentedLimits(
      Map<String, RateLimit> classes, String defaultClass, List<Operation> operations) {
    this.classes = Collections.unmodifiableMap(classes);
    this.defaultClass = defaultClass;
    this.operations = List.copyOf(operations);
  }

  /** The documented limits of {@code vendor}; none (an empty table) when it publishes none. */
  static DocumentedLimits of(Vendor vendor) {
    return ALL.getOrDefault(vendor, new DocumentedLimits(Map.of(), null, List.of()));
  }

  /** The limit of each endpoint class; empty when the vendor documents none. */
  Map<String, RateLimit> classes() {
    return classes;
  }

  /** The class of requests no operation names. */
  String defaultClass() {
    return defaultClass;
  }

  /** The class of a request to {@code path} (relative to the base URL, from {@code /}). */
  String classOf(String method, String path) {
    for (Operation op : operations) {
      if (op.method().equals(method) && op.path().matcher(path).matches()) {
        return op.endpointClass();
      }
    }
    return defaultClass;
  }

  private static Map<Vendor, DocumentedLimits> load() {
    Properties p = new Properties();
    try (InputStream in = DocumentedLimits.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing from sdk-core: the build writes it from specs/*.yaml");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Vendor, DocumentedLimits> all = new EnumMap<>(Vendor.class);
    for (Vendor v : Vendor.values()) {
      String prefix = v.id() + ".";
      String defaultClass = p.getProperty(prefix + "default");
      if (defaultClass == null) {
        continue;
      }
      Map<String, RateLimit> classes = new LinkedHashMap<>();
      List<Operation> ops = new ArrayList<>();
      for (String name : new TreeSet<>(p.stringPropertyNames())) {
        if (name.startsWith(prefix + "class.")) {
          classes.put(
              name.substring((prefix + "class.").length()), RateLimit.parse(p.getProperty(name)));
        } else if (name.startsWith(prefix + "op.")) {
          String[] methodAndPath = name.substring((prefix + "op.").length()).split(" ", 2);
          ops.add(new Operation(methodAndPath[0], template(methodAndPath[1]), p.getProperty(name)));
        }
      }
      all.put(v, new DocumentedLimits(classes, defaultClass, ops));
    }
    return all;
  }

  /** {@code /api/tasks/{taskId}} as a pattern matching one segment per parameter. */
  private static Pattern template(String path) {
    StringBuilder re = new StringBuilder();
    String[] parts = path.split("\\{[^}/]+}", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append("[^/]+");
      }
      re.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.toString());
  }
}
