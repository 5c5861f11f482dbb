package dev.tasksdk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures a benchmark fork reports beside JMH's score (server cost, peak heap), appended as {@code
 * key<TAB>value} lines to the file named by the system property {@value #PROPERTY}; {@link
 * BenchMain} passes the property to every fork and reads the file back.
 */
public final class SideResults {
  /** The system property naming the file. */
  public static final String PROPERTY = "tasksdk.bench.side";

  private SideResults() {}

  /** Records {@code key = value} (the last value recorded for a key wins). */
  public static void record(String key, double value) {
    String file = System.getProperty(PROPERTY);
    if (file == null) {
      return;
    }
    String line = key + "\t" + String.format(Locale.ROOT, "%.3f", value) + "\n";
    try {
      Files.writeString(
          Path.of(file),
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + file, e);
    }
  }

  /** Reads every recorded figure. */
  public static Map<String, Double> read(Path file) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String l : lines) {
      int tab = l.indexOf('\t');
      if (tab > 0) {
        out.put(l.substring(0, tab), Double.parseDouble(l.substring(tab + 1)));
      }
    }
    return out;
  }
}
