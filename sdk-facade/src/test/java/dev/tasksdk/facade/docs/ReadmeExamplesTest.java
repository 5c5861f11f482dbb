package dev.tasksdk.facade.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README's usage examples true: every {@code java} block of "Examples" (one per vendor)
 * and of the facade section is compiled against the five generated clients and the facade. A
 * block's {@code import} lines become the compilation unit's imports, the rest the body of a method
 * whose parameters are the few names the examples leave to the reader ({@code rawBody}, {@code
 * request}, {@code secret}, {@code vambeKey}).
 */
class ReadmeExamplesTest {
  private static final Path README = Path.of("../README.md");

  @Test
  void usageExamples_compileAgainstTheGeneratedClients(@TempDir Path out) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    blocks.addAll(javaBlocks(section(readme, "### Examples\n", "\n## ")));
    blocks.addAll(
        javaBlocks(section(readme, "## One interface over all five: the facade\n", "\n### ")));
    assertEquals(6, blocks.size(), "five vendor examples and the facade's");

    List<JavaFileObject> units = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      units.add(unit("Example" + i, blocks.get(i)));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests run on a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "-d",
            out.toString(),
            "-classpath",
            classPath(),
            "--release",
            "17",
            "-proc:none",
            "-nowarn");
    boolean ok = javac.getTask(new StringWriter(), null, diagnostics, options, null, units).call();
    assertTrue(
        ok,
        () ->
            "a README example does not compile:\n"
                + diagnostics.getDiagnostics().stream()
                    .map(
                        d ->
                            (d.getSource() == null ? "" : d.getSource().getName())
                                + ":"
                                + d.getLineNumber()
                                + ": "
                                + d.getMessage(null))
                    .collect(Collectors.joining("\n")));
  }

  private static String section(String text, String heading, String next) {
    int from = text.indexOf(heading);
    assertTrue(from >= 0, "README has no section " + heading.trim());
    int to = text.indexOf(next, from + heading.length());
    return text.substring(from, to < 0 ? text.length() : to);
  }

  private static List<String> javaBlocks(String text) {
    List<String> blocks = new ArrayList<>();
    int from = 0;
    while ((from = text.indexOf("```java\n", from)) >= 0) {
      int start = from + "```java\n".length();
      int end = text.indexOf("```", start);
      blocks.add(text.substring(start, end));
      from = end + 3;
    }
    return blocks;
  }

  private static JavaFileObject unit(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source =
        imports
            + "class "
            + name
            + " {\n"
            + "  interface Request { String getHeader(String name); }\n"
            + "  void run(byte[] rawBody, Request request, String secret, String vambeKey)"
            + " throws Exception {\n"
            + body
            + "  }\n}\n";
    return new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
  }

  /** What the tests run with: the class path, and the module path when Surefire uses one. */
  private static String classPath() {
    String modules = System.getProperty("jdk.module.path");
    String cp = System.getProperty("java.class.path");
    return modules == null || modules.isBlank() ? cp : cp + java.io.File.pathSeparator + modules;
  }
}
