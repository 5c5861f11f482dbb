package dev.tasksdk.vambe.internal;

import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.vambe.ListTasksParams;
import dev.tasksdk.vambe.model.Task;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Vambe's paging ({@code x-tasksdk-paging: window}): Vambe returns every task of a date window in
 * one bare array, so the whole {@code fromDate..toDate} window is one page. A token names the first
 * day of the window to resume from ({@code 2025-10-08}); from a token on, tasks without a due date
 * are not asked for again ({@code includeTasksWithoutDates=false}), so none is delivered twice.
 */
public final class VambePaging {
  private VambePaging() {}

  /** The page of {@code params}' window that {@code token} names (null: the whole window). */
  public static Page<Task> listTasks(
      ListTasksParams params, PageToken token, Function<ListTasksParams, List<Task>> fetch) {
    ListTasksParams.Builder window = params.toBuilder();
    if (token != null) {
      window.fromDate(windowStart(params, token)).includeTasksWithoutDates(false);
    }
    List<Task> items = fetch.apply(window.build());
    return Page.of(items == null ? List.of() : items, null, token);
  }

  private static LocalDate windowStart(ListTasksParams params, PageToken token) {
    LocalDate day;
    try {
      day = LocalDate.parse(token.value());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "resumeFrom must be a day (yyyy-MM-dd) but was '" + token.value() + "'");
    }
    if (day.isBefore(params.fromDate()) || day.isAfter(params.toDate())) {
      throw new IllegalArgumentException(
          "resumeFrom " + day + " is outside " + params.fromDate() + ".." + params.toDate());
    }
    return day;
  }
}
