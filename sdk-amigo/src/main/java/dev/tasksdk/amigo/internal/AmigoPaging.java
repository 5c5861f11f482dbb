package dev.tasksdk.amigo.internal;

import dev.tasksdk.amigo.model.TaskListResponse;
import dev.tasksdk.amigo.model.TaskStateResponse;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import java.util.List;
import java.util.function.Supplier;

/**
 * Amigo's paging ({@code x-tasksdk-paging: single}): the tasks of a call come all at once, so there
 * is exactly one page and one request.
 */
public final class AmigoPaging {
  private AmigoPaging() {}

  /** The one page of a call's tasks. */
  public static Page<TaskStateResponse> listTasksByCall(
      PageToken token, Supplier<TaskListResponse> fetch) {
    TaskListResponse list = fetch.get();
    List<TaskStateResponse> tasks =
        list == null || list.getTasks() == null ? List.of() : list.getTasks();
    return Page.of(tasks, null, token);
  }
}
