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
 * one bare array, so a "page" is one window of {@value #WINDOW_DAYS} days of {@code
 * fromDate..toDate}. The token is the first day of the window ({@code 2025-10-08}). Tasks without a
 * due date come only with the first window ({@code includeTasksWithoutDates=false} afterwards), so
 * no task is delivered twice.
 */
public final class VambePaging {
  /** The days of one window. */
  public static final int WINDOW_DAYS = 7;

  private VambePaging() {}

  /** The page of {@code params}' window that {@code token} names. */
  public static Page<Task> listTasks(
      ListTasksParams params, PageToken token, Function<ListTasksParams, List<Task>> fetch) {
    LocalDate start = token == null ? params.fromDate() : windowStart(params, token);
    LocalDate end = start.plusDays(WINDOW_DAYS - 1L);
    if (end.isAfter(params.toDate())) {
      end = params.toDate();
    }
    ListTasksParams.Builder window = params.toBuilder().fromDate(start).toDate(end);
    if (token != null) {
      window.includeTasksWithoutDates(false);
    }
    List<Task> items = fetch.apply(window.build());
    PageToken next = end.isBefore(params.toDate()) ? PageToken.of(end.plusDays(1).toString()) : null;
    return Page.of(items == null ? List.of() : items, next, token);
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
