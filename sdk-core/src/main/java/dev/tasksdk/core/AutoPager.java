package dev.tasksdk.core;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates every item of a listing, fetching pages lazily, one at a time.
 *
 * <p>A page is fetched only when the previous one is used up, and only one page is held in memory.
 * When a fetch fails the iterator throws {@link PageFailedException} whose {@link
 * PageFailedException#resumeToken()} names the failed page; {@code AutoPager.of(fetcher,
 * e.resumeToken())} continues with exactly the items not yet delivered. Calling {@code hasNext()}
 * again on the same iterator retries the failed fetch. A cursor that comes back a second time stops
 * the iteration with a {@link TaskSdkException} instead of looping forever.
 *
 * <pre>{@code
 * for (Task t : AutoPager.of(token -> client.listTasks(query, token))) { ... }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final PageFetcher<T> fetcher;
  private final PageToken start;

  private AutoPager(PageFetcher<T> fetcher, PageToken start) {
    if (fetcher == null) {
      throw new NullPointerException("fetcher == null");
    }
    this.fetcher = fetcher;
    this.start = start;
  }

  /** Iterates from the first page. */
  public static <T> AutoPager<T> of(PageFetcher<T> fetcher) {
    return new AutoPager<>(fetcher, null);
  }

  /**
   * Iterates from the page named by {@code start}.
   *
   * @param start the first page to fetch; null for the very first page
   */
  public static <T> AutoPager<T> of(PageFetcher<T> fetcher, PageToken start) {
    return new AutoPager<>(fetcher, start);
  }

  /** Returns a new iterator over the items; each iterator fetches the pages again. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = new PageIterator();
    return new Iterator<>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** Returns the pages themselves, fetched lazily like the items. */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /** Returns a lazy sequential stream of the items. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<PageToken> seen = new HashSet<>();
    private PageToken nextToken = start;
    private boolean done;
    private Page<T> fetched;

    @Override
    public boolean hasNext() {
      if (fetched != null) {
        return true;
      }
      if (done) {
        return false;
      }
      if (nextToken != null && seen.contains(nextToken)) {
        throw new TaskSdkException(
            "the listing returned the cursor "
                + nextToken
                + " a second time; stopped to avoid an endless loop (the vendor's paging is"
                + " inconsistent)");
      }
      Page<T> page;
      try {
        page = fetcher.fetch(nextToken);
      } catch (RuntimeException e) {
        throw new PageFailedException(nextToken, e);
      }
      if (page == null) {
        throw new PageFailedException(
            nextToken, new TaskSdkException("the page fetcher returned null"));
      }
      if (nextToken != null) {
        seen.add(nextToken);
      }
      PageToken following = page.nextToken().orElse(null);
      fetched = page.token().isPresent() || nextToken == null ? page : page.withToken(nextToken);
      nextToken = following;
      done = following == null;
      return true;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page = fetched;
      fetched = null;
      return page;
    }
  }
}
