package dev.tasksdk.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One page of a listing: its items, the token that fetched it and the token of the next page.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final PageToken nextToken;
  private final PageToken token;

  private Page(List<T> items, PageToken nextToken, PageToken token) {
    if (items == null) {
      throw new NullPointerException("items == null");
    }
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
    this.nextToken = nextToken;
    this.token = token;
  }

  /**
   * Creates a page.
   *
   * @param items the items, in order
   * @param nextToken the next page's token, or null on the last page
   */
  public static <T> Page<T> of(List<T> items, PageToken nextToken) {
    return new Page<>(items, nextToken, null);
  }

  /**
   * Creates a page that knows the token that fetched it.
   *
   * @param items the items, in order
   * @param nextToken the next page's token, or null on the last page
   * @param token the token that fetched this page, or null for the first page
   */
  public static <T> Page<T> of(List<T> items, PageToken nextToken, PageToken token) {
    return new Page<>(items, nextToken, token);
  }

  /** Returns an empty last page. */
  public static <T> Page<T> empty() {
    return new Page<>(List.of(), null, null);
  }

  /** Returns a copy of this page that records {@code token} as the one that fetched it. */
  public Page<T> withToken(PageToken token) {
    return new Page<>(items, nextToken, token);
  }

  /** The items of this page, unmodifiable. */
  public List<T> items() {
    return items;
  }

  /** The token of the next page; empty on the last page. */
  public Optional<PageToken> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return nextToken != null;
  }

  /** The token that fetched this page; empty for the first page. */
  public Optional<PageToken> token() {
    return Optional.ofNullable(token);
  }

  @Override
  public String toString() {
    return "Page[items=" + items.size() + ", token=" + token + ", nextToken=" + nextToken + "]";
  }
}
