package dev.tasksdk.cli.internal;

import picocli.CommandLine.Option;

/** {@code --format}. */
final class FormatOption {
  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table, json, ndjson or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.table;
}
