package dev.tasksdk.facade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries that keep the public surface small: the facade's public package never depends on
 * generated vendor code, and no module reaches into another module's {@code internal} package.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tasksdk");
  }

  @Test
  void publicFacade_whenChecked_doesNotDependOnGeneratedCode() {
    noClasses()
        .that()
        .resideInAPackage("dev.tasksdk.facade")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..generated..")
        .check(classes);
  }

  @Test
  void publicFacade_whenChecked_doesNotExposeRetrofitTypes() {
    noClasses()
        .that()
        .resideInAPackage("dev.tasksdk.facade")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("retrofit2..")
        .check(classes);
  }

  @Test
  void internalPackages_whenChecked_areUsedOnlyByTheirOwnModule() {
    noClasses().should(accessInternalsOfAnotherModule()).check(classes);
  }

  /** The module of a class: {@code dev.tasksdk.<module>...}. */
  private static String module(JavaClass c) {
    String[] parts = c.getPackageName().split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }

  private static ArchCondition<JavaClass> accessInternalsOfAnotherModule() {
    return new ArchCondition<>("depend on another module's ..internal.. package") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        item.getDirectDependenciesFromSelf().stream()
            .map(d -> d.getTargetClass())
            .filter(t -> t.getPackageName().startsWith("dev.tasksdk."))
            .filter(t -> t.getPackageName().contains(".internal"))
            .filter(t -> !module(t).equals(module(item)))
            .forEach(
                t ->
                    events.add(
                        SimpleConditionEvent.violated(
                            item,
                            item.getName() + " uses " + t.getName() + " of module " + module(t))));
      }
    };
  }
}
