package dev.tasksdk.spectools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line of the spec tools, run by {@code scripts/drift} and {@code scripts/regen}.
 *
 * <pre>
 * drift  SPECS_DIR
 * report --vendor V --current-spec FILE [--previous-spec FILE] [--previous-jar JAR --current-jar JAR]
 *        --previous-version X --current-version Y --out FILE
 * </pre>
 *
 * <p>Exit codes: 0 clean, 1 drift or a breaking change without a version bump, 2 bad usage.
 */
public final class SpecTools {
  private SpecTools() {}

  /** Runs one command; see the class comment. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 0) {
      usage();
      return;
    }
    try {
      switch (args[0]) {
        case "drift":
          if (args.length != 2) {
            usage();
          }
          System.exit(DriftReport.run(Path.of(args[1]), out) == 0 ? 0 : 1);
          break;
        case "report":
          System.exit(report(options(args), out));
          break;
        default:
          usage();
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      System.err.println("spec-tools: " + e.getMessage());
      System.exit(2);
    }
  }

  private static int report(Map<String, String> o, PrintStream out) throws IOException {
    String vendor = required(o, "vendor");
    String previousSpec =
        o.containsKey("previous-spec") ? Files.readString(Path.of(o.get("previous-spec"))) : null;
    String currentSpec = Files.readString(Path.of(required(o, "current-spec")));
    Path previousJar = o.containsKey("previous-jar") ? Path.of(o.get("previous-jar")) : null;
    Path currentJar = o.containsKey("current-jar") ? Path.of(o.get("current-jar")) : null;
    ChangeReport report =
        ChangeReport.build(
            vendor,
            previousSpec,
            currentSpec,
            previousJar,
            currentJar,
            required(o, "previous-version"),
            required(o, "current-version"));
    Path file = Path.of(required(o, "out"));
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, report.text());
    out.print(report.text());
    out.println();
    out.println("report written to " + file);
    return report.failed() ? 1 : 0;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static void usage() {
    System.err.println(
        "usage: spec-tools drift SPECS_DIR\n"
            + "       spec-tools report --vendor V --current-spec FILE [--previous-spec FILE]"
            + " [--previous-jar JAR --current-jar JAR] --previous-version X --current-version Y"
            + " --out FILE");
    System.exit(2);
  }
}
