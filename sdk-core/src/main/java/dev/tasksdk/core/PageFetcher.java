package dev.tasksdk.core;

/**
 * Fetches one page of a listing.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {
  /**
   * Fetches the page named by a token.
   *
   * @param tokenOrNull the page's token; null for the first page
   * @return the page, never null
   */
  Page<T> fetch(PageToken tokenOrNull);
}
