package dev.tasksdk.spectools;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.config.Options;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Java API diff of two builds of one module's jar, by japicmp: every binary- or
 * source-incompatible change, and the count of compatible additions. Packages named {@code
 * internal} are not public API and are left out.
 */
final class JavaApiDiff {

  /**
   * One incompatible change.
   *
   * @param element the class, method, constructor or field
   * @param change japicmp's change type, such as {@code METHOD_RETURN_TYPE_CHANGED}
   * @param binaryCompatible false when code compiled against the old jar may fail at run time
   * @param sourceCompatible false when code written against the old jar may no longer compile
   */
  record Incompatibility(
      String element, String change, boolean binaryCompatible, boolean sourceCompatible) {}

  /**
   * The outcome of one comparison.
   *
   * @param incompatibilities every binary- or source-incompatible change
   * @param added classes, methods, constructors and fields that are new
   * @param removedOrModified elements removed or modified, compatible or not
   */
  record Result(
      List<Incompatibility> incompatibilities, List<String> added, int removedOrModified) {
    boolean breaking() {
      return !incompatibilities.isEmpty();
    }
  }

  private JavaApiDiff() {}

  /** Compares the public API of {@code previous} with that of {@code current}. */
  static Result compare(Path previous, Path current) {
    Options options = Options.newDefault();
    options.setIgnoreMissingClasses(true);
    options.addExcludeFromArgument(Optional.of("*.internal.*"), false);
    JarArchiveComparator comparator =
        new JarArchiveComparator(JarArchiveComparatorOptions.of(options));
    List<JApiClass> classes =
        comparator.compare(
            new JApiCmpArchive(previous.toFile(), "previous"),
            new JApiCmpArchive(current.toFile(), "current"));
    List<Incompatibility> incompatibilities = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int modified = 0;
    for (JApiClass type : classes) {
      String name = type.getFullyQualifiedName();
      if (type.getChangeStatus() == JApiChangeStatus.NEW) {
        added.add("class " + name);
        continue;
      }
      if (type.getChangeStatus() != JApiChangeStatus.UNCHANGED) {
        modified++;
      }
      collect(incompatibilities, "class " + name, type);
      if (type.getChangeStatus() == JApiChangeStatus.REMOVED) {
        continue;
      }
      for (JApiMethod method : type.getMethods()) {
        String element = name + "#" + method.getName() + signature(method);
        if (method.getChangeStatus() == JApiChangeStatus.NEW) {
          added.add("method " + element);
        }
        collect(incompatibilities, "method " + element, method);
      }
      for (JApiConstructor constructor : type.getConstructors()) {
        String element = name + "(" + signatureOf(constructor) + ")";
        if (constructor.getChangeStatus() == JApiChangeStatus.NEW) {
          added.add("constructor " + element);
        }
        collect(incompatibilities, "constructor " + element, constructor);
      }
      for (JApiField field : type.getFields()) {
        String element = name + "." + field.getName();
        if (field.getChangeStatus() == JApiChangeStatus.NEW) {
          added.add("field " + element);
        }
        collect(incompatibilities, "field " + element, field);
      }
    }
    return new Result(List.copyOf(incompatibilities), List.copyOf(added), modified);
  }

  private static void collect(List<Incompatibility> out, String element, JApiCompatibility item) {
    for (JApiCompatibilityChange change : item.getCompatibilityChanges()) {
      if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
        out.add(
            new Incompatibility(
                element,
                change.getType().name(),
                change.isBinaryCompatible(),
                change.isSourceCompatible()));
      }
    }
  }

  private static String signature(JApiMethod method) {
    String params =
        method.getNewMethod().or(method::getOldMethod).map(m -> m.getLongName()).orElse("()");
    String simple = params.substring(params.indexOf('('));
    String returns = method.getReturnType().getOldReturnType();
    String newReturns = method.getReturnType().getNewReturnType();
    if (method.getChangeStatus() == JApiChangeStatus.NEW) {
      return simple + ": " + newReturns;
    }
    if (method.getChangeStatus() == JApiChangeStatus.REMOVED || returns.equals(newReturns)) {
      return simple + ": " + returns;
    }
    return simple + ": " + returns + " -> " + newReturns;
  }

  private static String signatureOf(JApiConstructor constructor) {
    String longName =
        constructor
            .getNewConstructor()
            .or(constructor::getOldConstructor)
            .map(c -> c.getLongName())
            .orElse("()");
    return longName.substring(longName.indexOf('(') + 1, longName.lastIndexOf(')'));
  }
}
