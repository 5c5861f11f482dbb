package dev.tasksdk.cli.internal;

/** How {@code --format} prints tasks. */
public enum OutputFormat {
  /** Aligned columns for people. */
  table,
  /** One JSON array. */
  json,
  /** One JSON object per line. */
  ndjson,
  /** RFC 4180 CSV with a header line. */
  csv
}
