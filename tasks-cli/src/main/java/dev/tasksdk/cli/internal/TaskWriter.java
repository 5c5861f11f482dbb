package dev.tasksdk.cli.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Due;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskStatus;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints tasks as a table, JSON, NDJSON or CSV with stable field names.
 *
 * <p>The fields, in order: {@code vendor, id, title, description, status, vendorStatus, priority,
 * vendorPriority, type, assignees, dueAt, dueTimeZone, allDay, createdAt, updatedAt, completedAt,
 * result}. Absent values are JSON {@code null} and empty CSV cells; assignees are a JSON array and
 * {@code ;}-separated in CSV.
 */
public final class TaskWriter {
  /** The field names of json, ndjson and csv, in order. */
  public static final List<String> FIELDS =
      List.of(
          "vendor",
          "id",
          "title",
          "description",
          "status",
          "vendorStatus",
          "priority",
          "vendorPriority",
          "type",
          "assignees",
          "dueAt",
          "dueTimeZone",
          "allDay",
          "createdAt",
          "updatedAt",
          "completedAt",
          "result");

  static final int MAX_ID = 40;
  static final int MAX_ASSIGNEE = 24;
  static final int MAX_TITLE = 60;
  private static final DateTimeFormatter DUE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
  private static final Gson PRETTY =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

  private TaskWriter() {}

  /** Prints {@code tasks} to {@code out} in {@code format}. */
  public static void write(List<Task> tasks, OutputFormat format, PrintStream out) {
    switch (format) {
      case json -> out.println(PRETTY.toJson(tasks.stream().map(TaskWriter::fields).toList()));
      case ndjson -> tasks.forEach(t -> out.println(GSON.toJson(fields(t))));
      case csv -> writeCsv(tasks, out);
      default -> writeTable(tasks, out);
    }
    out.flush();
  }

  /** The task's fields by their stable names, in {@link #FIELDS} order. */
  public static Map<String, Object> fields(Task t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("vendor", t.vendor().id());
    m.put("id", t.id());
    m.put("title", t.title());
    m.put("description", t.description().orElse(null));
    m.put("status", t.status().name().toLowerCase(Locale.ROOT));
    m.put("vendorStatus", t.vendorStatus().orElse(null));
    m.put("priority", t.priority().map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null));
    m.put("vendorPriority", t.vendorPriority().orElse(null));
    m.put("type", t.type().orElse(null));
    m.put("assignees", t.assignees().stream().map(Assignee::display).toList());
    m.put("dueAt", t.due().map(d -> d.instant().toString()).orElse(null));
    m.put("dueTimeZone", t.due().flatMap(Due::timeZone).map(ZoneId::getId).orElse(null));
    m.put("allDay", t.due().map(Due::allDay).orElse(null));
    m.put("createdAt", t.createdAt().map(Instant::toString).orElse(null));
    m.put("updatedAt", t.updatedAt().map(Instant::toString).orElse(null));
    m.put("completedAt", t.completedAt().map(Instant::toString).orElse(null));
    m.put("result", t.result().orElse(null));
    return m;
  }

  /** Prints any JSON-able value as pretty JSON. */
  public static void writeJson(Object value, PrintStream out) {
    out.println(PRETTY.toJson(value));
    out.flush();
  }

  // ---- CSV (RFC 4180: CRLF line ends, quotes around cells with , " CR or LF, quotes doubled)

  private static void writeCsv(List<Task> tasks, PrintStream out) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.join(",", FIELDS)).append("\r\n");
    for (Task t : tasks) {
      List<String> cells = new ArrayList<>();
      for (Object v : fields(t).values()) {
        cells.add(csvCell(v));
      }
      sb.append(String.join(",", cells)).append("\r\n");
    }
    out.print(sb);
  }

  static String csvCell(Object v) {
    String s;
    if (v == null) {
      s = "";
    } else if (v instanceof List<?> l) {
      s = String.join(";", l.stream().map(String::valueOf).toList());
    } else {
      s = String.valueOf(v);
    }
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  // ---- table

  private static void writeTable(List<Task> tasks, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"VENDOR", "ID", "STATUS", "PRIORITY", "DUE", "ASSIGNEE", "TITLE"});
    for (Task t : tasks) {
      rows.add(
          new String[] {
            t.vendor().id(),
            cut(t.id(), MAX_ID),
            status(t),
            t.priority().map(p -> p.name().toLowerCase(Locale.ROOT)).orElse("-"),
            t.due().map(TaskWriter::due).orElse("-"),
            cut(assignees(t), MAX_ASSIGNEE),
            cut(oneLine(t.title()), MAX_TITLE)
          });
    }
    out.print(table(rows));
  }

  /**
   * Aligns {@code rows} (the first is the header) in columns two spaces apart; no trailing blanks.
   */
  public static String table(List<String[]> rows) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < cols; i++) {
        width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        line.append(r[i]);
        if (i < cols - 1) {
          line.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  private static String status(Task t) {
    if (t.status() == TaskStatus.UNKNOWN) {
      return "unknown(" + t.vendorStatus().orElse("?") + ")";
    }
    return t.status().name().toLowerCase(Locale.ROOT);
  }

  private static String assignees(Task t) {
    if (t.assignees().isEmpty()) {
      return "-";
    }
    return String.join(",", t.assignees().stream().map(Assignee::display).toList());
  }

  static String due(Due d) {
    if (d.allDay()) {
      return d.date().toString();
    }
    ZoneId zone = d.timeZone().orElse(ZoneOffset.UTC);
    String s = DUE_TIME.format(d.instant().atZone(zone));
    return d.timeZone().isPresent() ? s : s + "Z";
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  /** {@code s} cut to {@code max} code points, the cut marked with an ellipsis. */
  static String cut(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end) + "…";
  }
}
