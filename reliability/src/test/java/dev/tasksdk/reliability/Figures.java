package dev.tasksdk.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Prints the suite's figures as {@code RELIABILITY <name>=<value>} lines on stdout (the build log)
 * and appends them to {@code target/reliability-figures.txt} for docs/RELIABILITY.md.
 */
final class Figures {
  private Figures() {}

  static synchronized void record(String name, Object value) {
    String line =
        "RELIABILITY " + name + "=" + String.valueOf(value).replaceAll("\\s*\\R\\s*", " ");
    System.out.println(line);
    String file = System.getProperty("reliability.figures");
    if (file != null) {
      try {
        Path p = Path.of(file);
        Files.createDirectories(p.getParent());
        Files.writeString(
            p,
            line + System.lineSeparator(),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
