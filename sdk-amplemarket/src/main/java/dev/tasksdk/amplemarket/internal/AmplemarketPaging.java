package dev.tasksdk.amplemarket.internal;

import dev.tasksdk.amplemarket.ListTasksParams;
import dev.tasksdk.amplemarket.model.Task;
import dev.tasksdk.amplemarket.model.TaskList;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Amplemarket's paging ({@code x-tasksdk-paging: link}): the first page comes from the params; the
 * token is the previous page's {@code _links.next.href}, which carries cursor and filters, and is
 * followed only to the base URL's origin ({@link NextLinks}).
 */
public final class AmplemarketPaging {
  private AmplemarketPaging() {}

  /** The page {@code token} names (null: the first page of {@code params}). */
  public static Page<Task> listTasks(
      HttpUrl baseUrl,
      ListTasksParams params,
      PageToken token,
      Function<ListTasksParams, TaskList> first,
      Function<String, TaskList> follow) {
    TaskList page =
        token == null
            ? first.apply(params)
            : follow.apply(NextLinks.resolve(baseUrl, token.value()).toString());
    if (page == null) {
      // a page of JSON null is not an empty page: reading it as one would end the listing silently
      throw new InvalidResponseException(Vendor.AMPLEMARKET, "listTasks", 200, null, "null", null);
    }
    List<Task> tasks = page.getTasks() == null ? List.of() : page.getTasks();
    String next = NextLinks.nextHref(page);
    return Page.of(
        tasks.stream().filter(Objects::nonNull).toList(),
        next == null ? null : PageToken.of(next),
        token);
  }
}
