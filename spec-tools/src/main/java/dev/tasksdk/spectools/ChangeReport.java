package dev.tasksdk.spectools;

import java.nio.file.Path;

/**
 * The Markdown change report of {@code scripts/regen} for one vendor: the wire-level diff of its
 * spec against the committed one, the Java API diff of its module against a build from the
 * committed spec, and the verdict of {@link VersionPolicy}.
 */
final class ChangeReport {
  private final StringBuilder text = new StringBuilder();
  private boolean failed;

  private ChangeReport() {}

  /** The report text. */
  String text() {
    return text.toString();
  }

  /** True when the report found a breaking change that the version does not allow. */
  boolean failed() {
    return failed;
  }

  /**
   * Builds the report.
   *
   * @param previousJar null when there is no previous build (a new vendor): the Java section says
   *     so
   */
  static ChangeReport build(
      String vendor,
      String previousSpec,
      String currentSpec,
      Path previousJar,
      Path currentJar,
      String previousVersion,
      String currentVersion) {
    ChangeReport report = new ChangeReport();
    StringBuilder out = report.text;
    out.append("# Change report: ").append(vendor).append("\n\n");
    out.append("Spec `specs/")
        .append(vendor)
        .append(".yaml` against the committed one (`git show HEAD:specs/")
        .append(vendor)
        .append(".yaml`); Java API of `sdk-")
        .append(vendor)
        .append("` against a build of the same sources from the committed spec.\n\n");

    WireDiff.Result wire =
        previousSpec == null ? null : WireDiff.compare(previousSpec, currentSpec);
    JavaApiDiff.Result java =
        previousJar == null || currentJar == null
            ? null
            : JavaApiDiff.compare(previousJar, currentJar);
    boolean breaking = (wire != null && wire.breaking()) || (java != null && java.breaking());
    boolean allowed = VersionPolicy.allowsBreakingChange(previousVersion, currentVersion);
    report.failed = breaking && !allowed;

    out.append("## Verdict\n\n");
    out.append("- Wire level: ")
        .append(
            wire == null
                ? "new spec, nothing to compare"
                : wire.changes().isEmpty()
                    ? "no change"
                    : wire.breaking() ? "**BREAKING**" : "compatible")
        .append('\n');
    out.append("- Java API: ")
        .append(
            java == null
                ? "no previous build to compare"
                : java.breaking()
                    ? "**BREAKING** ("
                        + java.incompatibilities().size()
                        + " incompatible change(s))"
                    : "compatible")
        .append('\n');
    out.append("- Version: ").append(previousVersion).append(" -> ").append(currentVersion);
    if (!breaking) {
      out.append(" (no breaking change, no bump needed)\n");
    } else if (allowed) {
      out.append(" (bumped enough for a breaking change)\n");
    } else {
      out.append(" **FAIL: a breaking change needs a new ")
          .append(previousVersion.startsWith("0.") ? "minor (0.y) or major" : "major")
          .append(" version in pom.xml and sdk-bom/pom.xml**\n");
    }

    out.append("\n## Wire-level changes\n\n");
    if (wire == null) {
      out.append("No committed spec: every operation is new.\n");
    } else if (wire.changes().isEmpty()) {
      out.append("None.\n");
    } else {
      out.append("| | Where | What |\n|---|---|---|\n");
      for (WireDiff.Change change : wire.changes()) {
        out.append("| ")
            .append(change.breaking() ? "BREAKING" : "compatible")
            .append(" | `")
            .append(change.where())
            .append("` | ")
            .append(change.what())
            .append(" |\n");
      }
      out.append("\n<details><summary>openapi-diff, field by field</summary>\n\n")
          .append(wire.details().strip())
          .append("\n\n</details>\n");
    }

    out.append("\n## Java API changes (japicmp)\n\n");
    if (java == null) {
      out.append("Not compared.\n");
    } else {
      if (java.incompatibilities().isEmpty()) {
        out.append("No binary- or source-incompatible change.\n");
      } else {
        out.append("| Element | Change | Binary | Source |\n|---|---|---|---|\n");
        for (JavaApiDiff.Incompatibility change : java.incompatibilities()) {
          out.append("| `")
              .append(change.element())
              .append("` | ")
              .append(change.change())
              .append(" | ")
              .append(change.binaryCompatible() ? "compatible" : "**incompatible**")
              .append(" | ")
              .append(change.sourceCompatible() ? "compatible" : "**incompatible**")
              .append(" |\n");
        }
      }
      out.append("\nAdded (compatible): ").append(java.added().size()).append('\n');
      java.added().stream().limit(50).forEach(a -> out.append("- `").append(a).append("`\n"));
      if (java.added().size() > 50) {
        out.append("- ... and ").append(java.added().size() - 50).append(" more\n");
      }
    }
    return report;
  }
}
