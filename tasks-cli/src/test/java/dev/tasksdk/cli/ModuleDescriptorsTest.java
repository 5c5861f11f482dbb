package dev.tasksdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptors of the published jars that have a {@code module-info.java}, read from this
 * module's test class path (the jars themselves in {@code verify}) with {@link ModuleFinder}: each
 * is a named, explicit module that exports no internal, invoker or generated package, and exports
 * {@code dev.tasksdk.core.spi} only to tasksdk's own modules. A module missing from the class path
 * fails the test.
 */
class ModuleDescriptorsTest {
  private static final Set<String> VENDORS =
      Set.of("amplemarket", "amigo", "agenttasks", "stuut", "vambe");

  /** Every published module with a descriptor. */
  private static final Set<String> MODULES =
      Set.of(
          "dev.tasksdk.core",
          "dev.tasksdk.amplemarket",
          "dev.tasksdk.amigo",
          "dev.tasksdk.agenttasks",
          "dev.tasksdk.stuut",
          "dev.tasksdk.vambe",
          "dev.tasksdk.facade",
          "dev.tasksdk.micrometer",
          "dev.tasksdk.opentelemetry",
          "dev.tasksdk.ratelimit.redis");

  private static final Pattern NOT_API =
      Pattern.compile("(^|.*\\.)(internal|invoker|generated)(\\..*)?$");
  private static final String SPI = "dev.tasksdk.core.spi";

  /** Module name to its reference, for every class path entry that is a readable module. */
  private static final Map<String, ModuleReference> FOUND = new LinkedHashMap<>();

  @BeforeAll
  static void readClassPath() {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        continue;
      }
      try {
        for (ModuleReference ref : ModuleFinder.of(path).findAll()) {
          FOUND.putIfAbsent(ref.descriptor().name(), ref);
        }
      } catch (FindException e) {
        // a library jar whose file name is no valid automatic module name: not one of ours
      }
    }
  }

  private static ModuleDescriptor descriptor(String module) {
    ModuleReference ref = FOUND.get(module);
    assertNotNull(ref, module + " is not on the test class path (its jar was not built?)");
    return ref.descriptor();
  }

  @Test
  void everyPublishedModule_whenRead_isANamedExplicitModule() {
    for (String module : MODULES) {
      ModuleDescriptor d = descriptor(module);
      String where = module + " at " + FOUND.get(module).location().map(URI::toString).orElse("?");
      assertFalse(d.isAutomatic(), where + " has no module-info.class");
      assertFalse(d.isOpen(), where + " is an open module");
    }
  }

  @Test
  void everyPublishedModule_whenRead_exportsNoInternalInvokerOrGeneratedPackage() {
    List<String> leaks = new ArrayList<>();
    for (String module : MODULES) {
      for (ModuleDescriptor.Exports e : descriptor(module).exports()) {
        if (NOT_API.matcher(e.source()).matches()) {
          leaks.add(module + " exports " + e.source());
        }
      }
      for (ModuleDescriptor.Opens o : descriptor(module).opens()) {
        if (!o.isQualified()) {
          leaks.add(module + " opens " + o.source() + " to everyone");
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void core_whenRead_exportsItsSpiOnlyToTasksdkModules() {
    ModuleDescriptor core = descriptor("dev.tasksdk.core");
    ModuleDescriptor.Exports spi =
        core.exports().stream()
            .filter(e -> e.source().equals(SPI))
            .findFirst()
            .orElseThrow(() -> new AssertionError("core does not export " + SPI + " at all"));
    assertTrue(spi.isQualified(), SPI + " is exported to everyone");
    assertTrue(
        spi.targets().stream().allMatch(t -> t.startsWith("dev.tasksdk.")),
        SPI + " is exported to " + spi.targets());
    assertEquals(
        Set.of("dev.tasksdk.core", "dev.tasksdk.core.event", "dev.tasksdk.core.ratelimit"),
        core.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void everyVendor_whenRead_exportsItsClientAndModelsAndOpensModelsToGsonOnly() {
    for (String vendor : VENDORS) {
      String module = "dev.tasksdk." + vendor;
      ModuleDescriptor d = descriptor(module);
      assertEquals(
          Set.of(module, module + ".model"),
          d.exports().stream()
              .map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toCollection(TreeSet::new)),
          module + " exports");
      assertEquals(
          Set.of(module + ".model -> [com.google.gson]"),
          d.opens().stream()
              .map(o -> o.source() + " -> " + new TreeSet<>(o.targets()))
              .collect(Collectors.toSet()),
          module + " opens");
    }
  }

  /**
   * What a user's own module does: requires {@code dev.tasksdk.vambe} and {@code
   * dev.tasksdk.facade}, builds a client with the common builder settings and wraps it in the
   * facade. It compiles against the published modules alone (no class path), so a type of a
   * non-exported package in the public API (as {@code core.spi.ClientBuilder} once was) fails it.
   */
  @Test
  void aUserModule_whenCompiledOnTheModulePath_usesClientBuilderAndFacade(@TempDir Path dir)
      throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(
        src.resolve("module-info.java"),
        "module app { requires dev.tasksdk.vambe; requires dev.tasksdk.facade; }");
    Files.writeString(
        src.resolve("app/Main.java"),
        String.join(
            "\n",
            "package app;",
            "import dev.tasksdk.facade.TaskClient;",
            "import dev.tasksdk.facade.TaskClients;",
            "import dev.tasksdk.vambe.VambeClient;",
            "import java.time.Duration;",
            "public class Main {",
            "  public static TaskClient client() {",
            "    VambeClient vambe = VambeClient.builder().apiKey(\"k\")",
            "        .baseUrl(\"http://127.0.0.1:9\").allowInsecureHttp(true)",
            "        .maxRetries(0).readTimeout(Duration.ofSeconds(1)).build();",
            "    return TaskClients.of(vambe);",
            "  }",
            "}"));

    Configuration graph =
        Configuration.empty()
            .resolve(
                ModuleFinder.of(
                    FOUND.values().stream()
                        .map(r -> Path.of(r.location().orElseThrow()))
                        .toArray(Path[]::new)),
                ModuleFinder.ofSystem(),
                Set.of("dev.tasksdk.vambe", "dev.tasksdk.facade"));
    String modulePath =
        graph.modules().stream()
            .map(ResolvedModule::reference)
            .map(r -> r.location().orElseThrow())
            .filter(location -> !location.getScheme().equals("jrt"))
            .map(location -> Path.of(location).toString())
            .collect(Collectors.joining(File.pathSeparator));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    boolean ok =
        javac
            .getTask(
                out,
                null,
                null,
                List.of("--module-path", modulePath, "-d", dir.resolve("out").toString()),
                null,
                javac
                    .getStandardFileManager(null, null, null)
                    .getJavaFileObjects(
                        src.resolve("module-info.java"), src.resolve("app/Main.java")))
            .call();
    if (!ok) {
      fail("a user module does not compile against the published modules:\n" + out);
    }
  }
}
