package dev.tasksdk.stuut.internal;

import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.stuut.ListTasksParams;
import dev.tasksdk.stuut.model.Task;
import dev.tasksdk.stuut.model.TaskList;
import java.util.List;
import java.util.function.Function;

/**
 * Stuut's paging ({@code x-tasksdk-paging: page}): the token is the page number as text (null: the
 * page of the params, 0 by default); the next token is the response's {@code next_page}, absent on
 * the last page.
 */
public final class StuutPaging {
  private StuutPaging() {}

  /**
   * The page {@code token} names.
   *
   * @throws IllegalArgumentException naming {@code pageToken} when it is not a page number >= 0
   */
  public static Page<Task> listTasks(
      ListTasksParams params, PageToken token, Function<ListTasksParams, TaskList> fetch) {
    ListTasksParams effective =
        token == null ? params : params.toBuilder().page(pageNumber(token)).build();
    TaskList list = fetch.apply(effective);
    List<Task> items = list == null || list.getData() == null ? List.of() : list.getData();
    Integer next = list == null ? null : list.getNextPage();
    return Page.of(items, next == null ? null : PageToken.of(String.valueOf(next)), token);
  }

  private static int pageNumber(PageToken token) {
    try {
      int page = Integer.parseInt(token.value());
      if (page >= 0) {
        return page;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "pageToken must be a page number >= 0 but was '" + token.value() + "'");
  }
}
