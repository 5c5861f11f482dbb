package dev.tasksdk.core;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
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
 * again on the same iterator retries the failed fetch.
 *
 * <p>Every listing is bounded, whatever the server sends. It ends with an {@link
 * InvalidResponseException} (the server's paging is inconsistent) when a cursor comes back a second
 * time (a cursor that does not advance included), after {@value #DEFAULT_MAX_EMPTY_PAGES} empty
 * pages in a row that still name a next page, when the server's next-page value is refused by the
 * fetcher (e.g. a negative page number), and after {@value #DEFAULT_MAX_PAGES} pages; {@link
 * #maxItems(long)} stops after that many items and so bounds the requests too. Each limit can be
 * changed with {@link #maxPages(int)} and {@link #maxEmptyPages(int)}.
 *
 * <pre>{@code
 * for (Task t : AutoPager.of(token -> client.listTasks(query, token)).maxItems(500)) { ... }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  /** The most pages one iteration fetches by default. */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  /** The most empty pages in a row (each naming a next page) one iteration accepts by default. */
  public static final int DEFAULT_MAX_EMPTY_PAGES = 3;

  private final PageFetcher<T> fetcher;
  private final PageToken start;
  private final int maxPages;
  private final int maxEmptyPages;
  private final long maxItems;
  private final Vendor vendor;
  private final String operation;

  private AutoPager(
      PageFetcher<T> fetcher,
      PageToken start,
      int maxPages,
      int maxEmptyPages,
      long maxItems,
      Vendor vendor,
      String operation) {
    if (fetcher == null) {
      throw new NullPointerException("fetcher == null");
    }
    this.fetcher = fetcher;
    this.start = start;
    this.maxPages = maxPages;
    this.maxEmptyPages = maxEmptyPages;
    this.maxItems = maxItems;
    this.vendor = vendor;
    this.operation = operation;
  }

  /** Iterates from the first page. */
  public static <T> AutoPager<T> of(PageFetcher<T> fetcher) {
    return of(fetcher, null);
  }

  /**
   * Iterates from the page named by {@code start}.
   *
   * @param start the first page to fetch; null for the very first page
   */
  public static <T> AutoPager<T> of(PageFetcher<T> fetcher, PageToken start) {
    return new AutoPager<>(
        fetcher, start, DEFAULT_MAX_PAGES, DEFAULT_MAX_EMPTY_PAGES, Long.MAX_VALUE, null, null);
  }

  /**
   * Returns a pager that fetches at most {@code maxPages} pages and then fails with an {@link
   * InvalidResponseException} if the listing has not ended.
   *
   * @throws IllegalArgumentException naming {@code maxPages} when it is below 1
   */
  public AutoPager<T> maxPages(int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be >= 1 but was " + maxPages);
    }
    return new AutoPager<>(fetcher, start, maxPages, maxEmptyPages, maxItems, vendor, operation);
  }

  /**
   * Returns a pager that accepts at most {@code maxEmptyPages} empty pages in a row.
   *
   * @throws IllegalArgumentException naming {@code maxEmptyPages} when it is below 1
   */
  public AutoPager<T> maxEmptyPages(int maxEmptyPages) {
    if (maxEmptyPages < 1) {
      throw new IllegalArgumentException("maxEmptyPages must be >= 1 but was " + maxEmptyPages);
    }
    return new AutoPager<>(fetcher, start, maxPages, maxEmptyPages, maxItems, vendor, operation);
  }

  /**
   * Returns a pager that delivers at most {@code maxItems} items and fetches no page after the one
   * that completed them.
   *
   * @throws IllegalArgumentException naming {@code maxItems} when it is below 1
   */
  public AutoPager<T> maxItems(long maxItems) {
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be >= 1 but was " + maxItems);
    }
    return new AutoPager<>(fetcher, start, maxPages, maxEmptyPages, maxItems, vendor, operation);
  }

  /**
   * Returns a pager whose errors name the vendor and the listing operation.
   *
   * @throws NullPointerException naming {@code vendor} or {@code operation} when null
   */
  public AutoPager<T> describedAs(Vendor vendor, String operation) {
    if (vendor == null) {
      throw new NullPointerException("vendor == null");
    }
    if (operation == null) {
      throw new NullPointerException("operation == null");
    }
    return new AutoPager<>(fetcher, start, maxPages, maxEmptyPages, maxItems, vendor, operation);
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

  private InvalidResponseException inconsistent(String problem, Throwable cause) {
    return InvalidResponseException.paging(vendor, operation, problem, cause);
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<PageToken> seen = new HashSet<>();
    private PageToken nextToken = start;
    private boolean nextFromServer;
    private boolean done;
    private Page<T> fetched;
    private int pagesFetched;
    private int emptyInARow;
    private long delivered;

    @Override
    public boolean hasNext() {
      if (fetched != null) {
        return true;
      }
      if (done) {
        return false;
      }
      if (nextToken != null && seen.contains(nextToken)) {
        throw inconsistent(
            "the cursor "
                + nextToken
                + " came a second time; stopped to avoid an endless loop (the vendor's paging is"
                + " inconsistent)",
            null);
      }
      if (pagesFetched >= maxPages) {
        throw inconsistent(
            "the listing did not end within "
                + maxPages
                + " pages (AutoPager.maxPages); stopped after "
                + delivered
                + " items",
            null);
      }
      Page<T> page;
      try {
        page = fetcher.fetch(nextToken);
      } catch (IllegalArgumentException e) {
        if (nextFromServer) {
          // the request was the first page's plus the server's token: the token is at fault
          throw new PageFailedException(
              nextToken,
              inconsistent(
                  "the next-page value '"
                      + nextToken.value()
                      + "' cannot be used: "
                      + e.getMessage(),
                  e));
        }
        throw new PageFailedException(nextToken, e);
      } catch (RuntimeException e) {
        throw new PageFailedException(nextToken, e);
      }
      if (page == null) {
        throw new PageFailedException(
            nextToken, new TaskSdkException("the page fetcher returned null"));
      }
      pagesFetched++;
      if (nextToken != null) {
        seen.add(nextToken);
      }
      PageToken following = page.nextToken().orElse(null);
      if (page.items().isEmpty() && following != null) {
        if (++emptyInARow >= maxEmptyPages) {
          throw inconsistent(
              emptyInARow
                  + " empty pages in a row, each naming a next page (AutoPager.maxEmptyPages);"
                  + " stopped",
              null);
        }
      } else {
        emptyInARow = 0;
      }
      Page<T> p = page.token().isPresent() || nextToken == null ? page : page.withToken(nextToken);
      long room = maxItems - delivered;
      if (p.items().size() >= room) {
        List<T> kept = p.items().subList(0, (int) Math.min(room, p.items().size()));
        p = Page.of(kept, null, p.token().orElse(null));
        following = null;
      }
      delivered += p.items().size();
      fetched = p;
      nextToken = following;
      nextFromServer = true;
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
