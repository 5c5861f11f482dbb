package dev.tasksdk.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs {@link DriftCheck} for every document under {@code specs/upstream/} against {@code
 * specs/<vendor>.yaml} (the vendor is the file name up to its first {@code -}) and applies {@code
 * specs/upstream/waivers.yaml}.
 */
final class DriftReport {
  private DriftReport() {}

  /**
   * Prints every difference, waived or not, and returns the number of problems: unwaived
   * differences plus waivers that no longer match anything (a stale waiver hides nothing and
   * misleads the reader).
   */
  static int run(Path specs, PrintStream out) {
    Path upstreamDir = specs.resolve("upstream");
    Path waiverFile = upstreamDir.resolve("waivers.yaml");
    List<Waiver> waivers =
        Files.exists(waiverFile) ? Waiver.fromYaml(OpenApiDocs.read(waiverFile)) : List.of();
    Set<Waiver> used = new LinkedHashSet<>();
    int problems = 0;
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(upstreamDir)) {
      files
          .filter(f -> f.getFileName().toString().matches("[a-z0-9]+-.+\\.(json|ya?ml)"))
          .filter(f -> !f.getFileName().toString().equals("waivers.yaml"))
          .sorted()
          .forEach(documents::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + upstreamDir, e);
    }
    if (documents.isEmpty()) {
      out.println("drift: no vendor documents under " + upstreamDir);
      return 1;
    }
    for (Path document : documents) {
      String name = document.getFileName().toString();
      String vendor = name.substring(0, name.indexOf('-'));
      Path ourSpec = specs.resolve(vendor + ".yaml");
      if (!Files.exists(ourSpec)) {
        out.println("drift: " + name + ": no spec " + ourSpec);
        problems++;
        continue;
      }
      JsonNode upstream = OpenApiDocs.read(document);
      List<Difference> differences = DriftCheck.compare(upstream, OpenApiDocs.read(ourSpec));
      int unwaived = 0;
      StringBuilder lines = new StringBuilder();
      for (Difference difference : differences) {
        Waiver waiver =
            waivers.stream().filter(w -> w.matches(vendor, difference)).findFirst().orElse(null);
        if (waiver == null) {
          unwaived++;
          lines.append("  DRIFT   ").append(difference).append('\n');
        } else {
          used.add(waiver);
          lines
              .append("  waived  ")
              .append(difference)
              .append("\n          reason: ")
              .append(waiver.reason())
              .append('\n');
        }
      }
      out.printf(
          "%s vs specs/%s.yaml: %d difference(s), %d unwaived%n",
          name, vendor, differences.size(), unwaived);
      out.print(lines);
      problems += unwaived;
    }
    for (Waiver waiver : waivers) {
      if (!used.contains(waiver)) {
        out.println(
            "  STALE   waiver matches nothing (remove it): "
                + waiver.vendor()
                + " ["
                + waiver.kind()
                + "] "
                + waiver.where());
        problems++;
      }
    }
    out.println(
        problems == 0
            ? "drift: clean (every difference is waived with a reason)"
            : "drift: " + problems + " problem(s); fix the spec or add a waiver with a reason");
    return problems;
  }
}
