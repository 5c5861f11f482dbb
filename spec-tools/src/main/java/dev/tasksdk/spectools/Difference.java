package dev.tasksdk.spectools;

/**
 * One thing a vendor's published OpenAPI document has that our spec lacks or describes differently.
 *
 * @param kind what differs, such as {@code property}, {@code type}, {@code enum-value}, {@code
 *     response}
 * @param where a readable location, such as {@code GET /api/public/tasks > parameter query
 *     fromDate}
 * @param upstream the vendor's value
 * @param ours our spec's value ({@code (none)} when we lack it)
 */
record Difference(String kind, String where, String upstream, String ours) {
  static final String NONE = "(none)";

  @Override
  public String toString() {
    return "[" + kind + "] " + where + ": vendor " + upstream + ", ours " + ours;
  }
}
