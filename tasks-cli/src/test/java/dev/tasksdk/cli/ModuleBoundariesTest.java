package dev.tasksdk.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of every published module, checked on the CLI's classpath, which holds them
 * all (core, the five vendors, facade, the simulators, CLI, and as test dependencies the
 * micrometer, opentelemetry and ratelimit-redis add-ons): a module uses another only through its
 * API packages. Internal, generated and invoker packages stay inside their module; the vendors'
 * model packages are API whether named {@code dev.tasksdk.<vendor>.model} or {@code
 * dev.tasksdk.<vendor>.generated.model}. Core's SPI (today {@code core.spi}, later perhaps {@code
 * core.internal} with a qualified export) is shared with the modules named in {@link #FRIENDS}.
 */
class ModuleBoundariesTest {
  private static final Set<String> VENDORS =
      Set.of("agenttasks", "amigo", "amplemarket", "stuut", "vambe");

  /**
   * Modules whose non-API packages another module may use (a qualified export): core's runtime is
   * for the vendor modules, and its argument checks ({@code Require}) for the facade and the CLI.
   */
  private static final Map<String, Set<String>> FRIENDS =
      Map.of(
          "core", Set.of("agenttasks", "amigo", "amplemarket", "stuut", "vambe", "facade", "cli"));

  /** A package that is not API: {@code internal}, {@code invoker} or generated (but models). */
  private static final Pattern NOT_API =
      Pattern.compile(
          "^dev\\.tasksdk\\.[a-z]+\\.(.*\\.)?(internal|invoker|generated(?!\\.model(\\.|$)))(\\..*)?$");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tasksdk");
  }

  /** The module of a package: {@code dev.tasksdk.<module>...}. */
  private static String module(String packageName) {
    String[] parts = packageName.split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }

  @Test
  void classpath_whenImported_holdsEveryPublishedModule() {
    Set<String> modules =
        classes.stream()
            .map(c -> module(c.getPackageName()))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        new TreeSet<>(
            Set.of(
                "agenttasks",
                "amigo",
                "amplemarket",
                "cli",
                "core",
                "facade",
                "micrometer",
                "opentelemetry",
                "ratelimit",
                "simulator",
                "stuut",
                "vambe")),
        modules);
  }

  @Test
  void notApiPattern_whenPackagesNamed_tellsApiFromTheRest() {
    assertTrue(NOT_API.matcher("dev.tasksdk.vambe.internal").matches());
    assertTrue(NOT_API.matcher("dev.tasksdk.vambe.internal.json").matches());
    assertTrue(NOT_API.matcher("dev.tasksdk.vambe.generated.api").matches());
    assertTrue(NOT_API.matcher("dev.tasksdk.vambe.generated.invoker").matches());
    assertTrue(NOT_API.matcher("dev.tasksdk.facade.internal.vambe").matches());
    assertFalse(NOT_API.matcher("dev.tasksdk.vambe.generated.model").matches());
    assertFalse(NOT_API.matcher("dev.tasksdk.vambe.model").matches());
    assertFalse(NOT_API.matcher("dev.tasksdk.vambe").matches());
    assertFalse(NOT_API.matcher("dev.tasksdk.core.spi").matches());
  }

  @Test
  void everyModule_whenChecked_usesNoInternalGeneratedOrInvokerPackageOfAnother() {
    noClasses()
        .that()
        .resideInAPackage("dev.tasksdk..")
        .should(useNonApiPackagesOfAnotherModule())
        .check(classes);
  }

  @Test
  void cli_whenChecked_reachesVendorClientsOnlyThroughTheFacadeAndItsOneFactory() {
    noClasses()
        .that()
        .resideInAPackage("dev.tasksdk.cli..")
        .and()
        .doNotHaveSimpleName("RealClientFactory")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            VENDORS.stream().map(v -> "dev.tasksdk." + v + "..").toArray(String[]::new))
        .check(classes);
  }

  private static ArchCondition<JavaClass> useNonApiPackagesOfAnotherModule() {
    return new ArchCondition<>("use another module's internal, generated or invoker packages") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String from = module(item.getPackageName());
        for (Dependency d : item.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          String to = module(target);
          if (!target.startsWith("dev.tasksdk.") || to.equals(from)) {
            continue;
          }
          boolean friend = FRIENDS.getOrDefault(to, Set.of()).contains(from);
          if (NOT_API.matcher(target).matches() && !friend) {
            events.add(SimpleConditionEvent.violated(item, d.getDescription()));
          }
        }
      }
    };
  }
}
