package dev.tasksdk.codegen;

import java.nio.file.Path;

/**
 * Runs the generator: {@code Main <spec.yaml> <vendor id> <package> <output dir>}. A vendor module
 * calls it in its generate-sources phase (exec-maven-plugin, configured once in the parent pom).
 */
public final class Main {
  private Main() {}

  /**
   * Generates the client of one vendor.
   *
   * @param args spec file, vendor id (e.g. {@code vambe}), package (e.g. {@code dev.tasksdk.vambe})
   *     and output source folder
   */
  public static void main(String[] args) {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: Main <spec.yaml> <vendor> <package> <outputDir>");
    }
    SpecModel spec = SpecModel.read(Path.of(args[0]));
    new ClientGenerator(spec, args[1], args[2]).writeTo(Path.of(args[3]));
  }
}
