import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Build step of sdk-core (run by exec-maven-plugin at generate-resources): reads the documented rate
 * limits every {@code specs/<vendor>.yaml} records ({@code x-tasksdk-rate-limits} at the document
 * level, {@code x-tasksdk-rate-limit-class} per operation) and writes them as one properties table
 * that {@code dev.tasksdk.core.ratelimit.DocumentedLimits} reads at run time. A vendor without the
 * block gets no entry: its limiter is off.
 *
 * <p>Usage: {@code java -cp snakeyaml.jar RateLimitTable.java <specs folder> <output file>}
 */
public final class RateLimitTable {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  public static void main(String[] args) throws IOException {
    Path specs = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Map<String, String> table = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(specs)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      String vendor = file.getFileName().toString().replace(".yaml", "");
      Map<String, Object> doc;
      try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        doc = new Yaml(new LoaderOptions()).load(in);
      }
      Object block = doc.get("x-tasksdk-rate-limits");
      if (block == null) {
        continue;
      }
      Map<String, Object> limits = map(block, file + ": x-tasksdk-rate-limits");
      Map<String, Object> classes = map(limits.get("classes"), file + ": x-tasksdk-rate-limits.classes");
      String defaultClass = String.valueOf(limits.get("default-class"));
      if (!classes.containsKey(defaultClass)) {
        throw new IllegalStateException(
            file + ": x-tasksdk-rate-limits.default-class '" + defaultClass + "' is not in classes");
      }
      classes.forEach((name, limit) -> table.put(vendor + ".class." + name, String.valueOf(limit)));
      table.put(vendor + ".default", defaultClass);
      table.put(vendor + ".scope", String.valueOf(limits.getOrDefault("scope", "credential")));
      Map<String, Object> paths = map(doc.get("paths"), file + ": paths");
      for (Map.Entry<String, Object> path : paths.entrySet()) {
        Map<String, Object> item = map(path.getValue(), file + ": " + path.getKey());
        for (String method : METHODS) {
          Object op = item.get(method);
          if (op == null) {
            continue;
          }
          Object cls = map(op, file + ": " + method + " " + path.getKey()).get("x-tasksdk-rate-limit-class");
          if (cls == null) {
            continue;
          }
          if (!classes.containsKey(String.valueOf(cls))) {
            throw new IllegalStateException(
                file + ": " + method + " " + path.getKey() + ": x-tasksdk-rate-limit-class '" + cls
                    + "' is not in x-tasksdk-rate-limits.classes");
          }
          table.put(vendor + ".op." + method.toUpperCase() + " " + path.getKey(), String.valueOf(cls));
        }
      }
    }
    Files.createDirectories(out.getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# generated from specs/*.yaml by sdk-core/src/build/java/RateLimitTable.java; do not edit\n");
      for (Map.Entry<String, String> e : table.entrySet()) {
        w.write(escape(e.getKey()) + "=" + e.getValue() + "\n");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String where) {
    if (!(value instanceof Map)) {
      throw new IllegalStateException(where + " must be a mapping");
    }
    return (Map<String, Object>) value;
  }

  private static String escape(String key) {
    return key.replace("\\", "\\\\").replace(" ", "\\ ").replace(":", "\\:").replace("=", "\\=");
  }
}
