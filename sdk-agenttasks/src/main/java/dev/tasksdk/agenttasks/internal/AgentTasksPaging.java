package dev.tasksdk.agenttasks.internal;

import dev.tasksdk.agenttasks.ListTasksParams;
import dev.tasksdk.agenttasks.model.Task;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import java.util.List;
import java.util.function.Function;

/**
 * AgentTasks' paging ({@code x-tasksdk-paging: cursor}): the token is the {@code cursor} query
 * value; the next cursor is the last task's id when the page is full ({@code limit} items, 50 by
 * default), since the docs do not say where it comes from.
 */
public final class AgentTasksPaging {
  /** The vendor's page size when {@code limit} is not sent. */
  public static final int DEFAULT_LIMIT = 50;

  private AgentTasksPaging() {}

  /** The page {@code token} names (null: the page of {@code params.cursor()}). */
  public static Page<Task> listTasks(
      ListTasksParams params, PageToken token, Function<ListTasksParams, List<Task>> fetch) {
    ListTasksParams effective =
        token == null ? params : params.toBuilder().cursor(token.value()).build();
    List<Task> fetched = fetch.apply(effective);
    List<Task> items = fetched == null ? List.of() : fetched;
    PageToken next = null;
    if (!items.isEmpty() && items.size() >= effective.limit().orElse(DEFAULT_LIMIT)) {
      Task last = items.get(items.size() - 1);
      if (last != null && last.getId() != null && !last.getId().isBlank()) {
        next = PageToken.of(last.getId());
      }
    }
    PageToken self = token != null ? token : params.cursor().map(PageToken::of).orElse(null);
    return Page.of(items, next, self);
  }
}
