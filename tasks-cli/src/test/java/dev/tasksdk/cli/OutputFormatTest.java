package dev.tasksdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tasksdk.cli.Fakes.Factory;
import dev.tasksdk.cli.Fakes.Run;
import dev.tasksdk.cli.Fakes.Sandbox;
import dev.tasksdk.cli.internal.TaskWriter;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Due;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
  private static final Task VAMBE =
      Task.builder(Vendor.VAMBE, "123e4567-e89b-12d3-a456-426614174000")
          .title(
              "Call back, \"urgent\" client about the quote they asked for last week in Santiago")
          .description("line one\nline two")
          .status(TaskStatus.OPEN, "pending")
          .priority(TaskPriority.HIGH, "2")
          .assignees(List.of(Assignee.of("u1", "ana@example.com", "Ana")))
          .due(Due.of(Instant.parse("2025-10-25T17:00:00Z"), ZoneId.of("America/Santiago"), false))
          .createdAt(Instant.parse("2025-10-20T10:00:00Z"))
          .build();
  private static final Task AGENT =
      Task.builder(Vendor.AGENTTASKS, "cmabc123")
          .title("Summarize Q1 reports")
          .status(TaskStatus.DONE, "done")
          .due(Due.of(Instant.parse("2025-10-28T00:00:00Z"), null, true))
          .result("ok")
          .build();
  private static final Task STUUT =
      Task.builder(Vendor.STUUT, "42")
          .title("Invoice")
          .status(TaskStatus.UNKNOWN, "weird")
          .due(Due.at(Instant.parse("2025-10-29T08:30:00Z")))
          .assignees(List.of(Assignee.ofId("a"), Assignee.ofId("b")))
          .build();

  private static Run list(String format) {
    Factory f =
        new Factory()
            .tasks(Vendor.VAMBE, VAMBE)
            .tasks(Vendor.AGENTTASKS, AGENT)
            .tasks(Vendor.STUUT, STUUT);
    return Fakes.run(
        Map.of("VAMBE_API_KEY", "k", "AGENTTASKS_API_KEY", "k", "STUUT_API_KEY", "k"),
        f,
        new Sandbox(),
        "list",
        "--vendor",
        "vambe",
        "--vendor",
        "agenttasks",
        "--vendor",
        "stuut",
        "--format",
        format);
  }

  @Test
  void table_alignsColumnsAndMarksTruncation() {
    Run r = list("table");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    assertEquals(
        "VENDOR      ID                                    STATUS          PRIORITY  DUE             "
            + "   ASSIGNEE         TITLE",
        lines.get(0));
    // ordered by due date: vambe (Oct 25), agenttasks (Oct 28), stuut (Oct 29)
    assertEquals(
        "vambe       123e4567-e89b-12d3-a456-426614174000  open            high      2025-10-25 14:00"
            + "   ana@example.com  Call back, \"urgent\" client about the quote they asked for l…",
        lines.get(1));
    assertEquals(
        "agenttasks  cmabc123                              done            -         2025-10-28",
        lines.get(2).substring(0, lines.get(2).indexOf("2025-10-28") + 10));
    assertTrue(lines.get(3).contains("unknown(weird)"), lines.get(3));
    assertTrue(lines.get(3).contains("2025-10-29 08:30Z"), lines.get(3));
    assertTrue(lines.get(3).contains("a,b"), lines.get(3));
    int titleColumn = lines.get(0).indexOf("TITLE");
    for (String l : lines.subList(1, lines.size())) {
      assertEquals(' ', l.charAt(titleColumn - 1), l);
    }
    assertEquals(
        60, lines.get(1).substring(titleColumn).codePointCount(0, 60), "title cut to 60 chars");
  }

  @Test
  void json_isAnArrayWithStableFieldNames() {
    Run r = list("json");
    assertEquals(0, r.exit(), r.err());
    JsonArray arr = JsonParser.parseString(r.out()).getAsJsonArray();
    assertEquals(3, arr.size());
    JsonObject v = arr.get(0).getAsJsonObject();
    assertEquals(TaskWriter.FIELDS, new ArrayList<>(v.keySet()));
    assertEquals("vambe", v.get("vendor").getAsString());
    assertEquals("open", v.get("status").getAsString());
    assertEquals("pending", v.get("vendorStatus").getAsString());
    assertEquals("high", v.get("priority").getAsString());
    assertEquals("2", v.get("vendorPriority").getAsString());
    assertEquals("ana@example.com", v.getAsJsonArray("assignees").get(0).getAsString());
    assertEquals("2025-10-25T17:00:00Z", v.get("dueAt").getAsString());
    assertEquals("America/Santiago", v.get("dueTimeZone").getAsString());
    assertEquals(false, v.get("allDay").getAsBoolean());
    assertEquals("line one\nline two", v.get("description").getAsString());
    assertTrue(v.get("completedAt").isJsonNull());
    JsonObject a = arr.get(1).getAsJsonObject();
    assertTrue(a.get("allDay").getAsBoolean());
    assertEquals("ok", a.get("result").getAsString());
    assertTrue(a.get("priority").isJsonNull());
  }

  @Test
  void ndjson_isOneObjectPerLine() {
    Run r = list("ndjson");
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size());
    for (String l : lines) {
      JsonObject o = JsonParser.parseString(l).getAsJsonObject();
      assertEquals(TaskWriter.FIELDS.size(), o.size());
    }
    assertEquals(
        "42", JsonParser.parseString(lines.get(2)).getAsJsonObject().get("id").getAsString());
  }

  @Test
  void csv_quotesPerRfc4180() {
    Run r = list("csv");
    String[] rows = r.out().split("\r\n", -1);
    assertEquals(String.join(",", TaskWriter.FIELDS), rows[0]);
    assertTrue(
        rows[1].startsWith(
            "vambe,123e4567-e89b-12d3-a456-426614174000,"
                + "\"Call back, \"\"urgent\"\" client about the quote they asked for last week in"
                + " Santiago\",\"line one\nline two\",open,pending,high,2,,ana@example.com,"
                + "2025-10-25T17:00:00Z,America/Santiago,false,2025-10-20T10:00:00Z,,,"),
        rows[1]);
    assertTrue(rows[3].contains(",a;b,"), rows[3]);
    assertEquals("", rows[4], "ends with CRLF");
    assertEquals(5, rows.length);
  }

  @Test
  void table_whenNoTasks_printsHeaderOnly() {
    Run r =
        Fakes.run(
            Map.of("VAMBE_API_KEY", "k"),
            new Factory(),
            new Sandbox(),
            "list",
            "--vendor",
            "vambe");
    assertEquals(0, r.exit());
    assertEquals("VENDOR  ID  STATUS  PRIORITY  DUE  ASSIGNEE  TITLE\n", r.out());
  }
}
