package dev.tasksdk.vambe.internal;

import dev.tasksdk.vambe.CreateTaskParams;
import dev.tasksdk.vambe.ListTasksParams;
import dev.tasksdk.vambe.UpdateTaskParams;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Vambe's rules that no spec can say, run by the generated Params when they are built (the spec
 * marks the operations with {@code x-tasksdk-checks: true}).
 */
public final class VambeChecks {
  private VambeChecks() {}

  /** The window is not reversed. */
  public static void listTasks(ListTasksParams p) {
    if (p.toDate().isBefore(p.fromDate())) {
      throw new IllegalArgumentException(
          "toDate " + p.toDate() + " is before fromDate " + p.fromDate());
    }
  }

  /** dueTime needs timezone and dueDate; dueDate is a date or date-time; timezone is IANA. */
  public static void createTask(CreateTaskParams p) {
    p.dueDate().ifPresent(d -> isoDateOrDateTime("dueDate", d));
    p.timezone().ifPresent(z -> timezone("timezone", z));
    if (p.dueTime().isPresent()) {
      if (p.timezone().isEmpty()) {
        throw new IllegalArgumentException("dueTime needs timezone (an IANA zone)");
      }
      if (p.dueDate().isEmpty()) {
        throw new IllegalArgumentException("dueTime needs dueDate");
      }
    }
  }

  /** Something to change; not both status fields; dueTime needs timezone. */
  public static void updateTask(UpdateTaskParams p) {
    if (p.isEmpty()) {
      throw new IllegalArgumentException("update changes nothing: set at least one field");
    }
    if (p.newStatusPosition().isPresent() && p.newStatusName().isPresent()) {
      throw new IllegalArgumentException(
          "newStatusPosition and newStatusName cannot both be set: choose one");
    }
    p.dueDate().ifPresent(d -> isoDateOrDateTime("dueDate", d));
    p.timezone().ifPresent(z -> timezone("timezone", z));
    if (p.dueTime().isPresent() && p.timezone().isEmpty()) {
      throw new IllegalArgumentException("dueTime needs timezone (an IANA zone)");
    }
  }

  private static void isoDateOrDateTime(String field, String value) {
    try {
      LocalDate.parse(value);
    } catch (DateTimeParseException notDate) {
      try {
        OffsetDateTime.parse(value);
      } catch (DateTimeParseException notDateTime) {
        throw new IllegalArgumentException(
            field
                + " must be an ISO 8601 date (2025-11-26) or date-time (2025-11-26T00:00:00Z) but"
                + " was '"
                + value
                + "'");
      }
    }
  }

  private static void timezone(String field, String value) {
    try {
      ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          field + " must be an IANA time zone such as America/Santiago but was '" + value + "'");
    }
  }
}
