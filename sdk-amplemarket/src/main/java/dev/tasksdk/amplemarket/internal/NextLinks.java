package dev.tasksdk.amplemarket.internal;

import dev.tasksdk.amplemarket.model.Link;
import dev.tasksdk.amplemarket.model.Links;
import dev.tasksdk.amplemarket.model.TaskList;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.spi.UrlPolicy;
import okhttp3.HttpUrl;

/**
 * Amplemarket's keyset paging: the page token is the {@code _links.next.href} the vendor sent, and
 * following it means requesting exactly that path and query appended to the base URL.
 *
 * <p>The vendor's hrefs are relative ({@code /tasks?page[after]=...&page[size]=20&user_id=...}).
 * "Append it to the base URL" (https://docs.amplemarket.com/api-reference/pagination) is taken
 * literally, so a base URL with a path prefix (a proxy) keeps it. An absolute href is followed only
 * to the base URL's origin, so the API key never travels elsewhere.
 */
public final class NextLinks {
  private NextLinks() {}

  /** The next page's href of a page, or null when the page is the last one. */
  public static String nextHref(TaskList page) {
    if (page == null) {
      return null;
    }
    Links links = page.getLinks();
    Link next = links == null ? null : links.getNext();
    String href = next == null ? null : next.getHref();
    return href == null || href.isBlank() ? null : href.trim();
  }

  /**
   * Resolves an href against the base URL.
   *
   * @throws TaskSdkException when the href is not a usable URL or points to another origin
   */
  public static HttpUrl resolve(HttpUrl baseUrl, String href) {
    if (href == null || href.isBlank()) {
      throw new IllegalArgumentException("page token is blank");
    }
    String h = href.trim();
    HttpUrl absolute = HttpUrl.parse(h);
    if (absolute != null) {
      if (!UrlPolicy.sameOrigin(absolute, baseUrl)) {
        throw new TaskSdkException(
            "Amplemarket listTasks: the next link points to another origin ("
                + absolute.scheme()
                + "://"
                + absolute.host()
                + "); not followed");
      }
      return absolute;
    }
    if (h.startsWith("//")) {
      throw new TaskSdkException(
          "Amplemarket listTasks: the next link is protocol-relative; not followed");
    }
    String relative = h.startsWith("/") ? h.substring(1) : h;
    HttpUrl resolved = baseUrl.resolve(relative);
    if (resolved == null) {
      throw new TaskSdkException("Amplemarket listTasks: the next link is not a valid URL path");
    }
    return resolved;
  }
}
