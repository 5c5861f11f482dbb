package dev.tasksdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AutoPagerTest {
  /** Pages "p0".."p(n-1)" of three items each; fails once when asked for page failAt. */
  private static final class FakeFetcher implements PageFetcher<String> {
    final List<String> asked = new ArrayList<>();
    final int pages;
    int failAt = -1;
    RuntimeException failure = new ConnectionException(Vendor.AMIGO, "listTasks", "down", null);

    FakeFetcher(int pages) {
      this.pages = pages;
    }

    @Override
    public Page<String> fetch(PageToken token) {
      int n = token == null ? 0 : Integer.parseInt(token.value().substring(1));
      asked.add(token == null ? null : token.value());
      if (n == failAt) {
        failAt = -1;
        throw failure;
      }
      List<String> items = List.of(n + "a", n + "b", n + "c");
      return Page.of(items, n + 1 < pages ? PageToken.of("p" + (n + 1)) : null);
    }
  }

  @Test
  void iterate_whenSeveralPages_yieldsAllItemsInOrderLazily() {
    FakeFetcher fetcher = new FakeFetcher(3);
    Iterator<String> it = AutoPager.of(fetcher).iterator();

    assertTrue(fetcher.asked.isEmpty());
    assertEquals("0a", it.next());
    assertEquals(1, fetcher.asked.size());
    List<String> rest = new ArrayList<>();
    it.forEachRemaining(rest::add);

    assertEquals(List.of("0b", "0c", "1a", "1b", "1c", "2a", "2b", "2c"), rest);
    assertEquals(java.util.Arrays.asList(null, "p1", "p2"), fetcher.asked);
  }

  @Test
  void stream_whenLimited_fetchesOnlyNeededPages() {
    FakeFetcher fetcher = new FakeFetcher(100);
    List<String> first4 = AutoPager.of(fetcher).stream().limit(4).collect(Collectors.toList());
    assertEquals(List.of("0a", "0b", "0c", "1a"), first4);
    assertEquals(2, fetcher.asked.size());
  }

  @Test
  void pages_whenIterated_carryTheirTokens() {
    List<Page<String>> pages = new ArrayList<>();
    AutoPager.of(new FakeFetcher(3)).pages().forEach(pages::add);
    assertEquals(3, pages.size());
    assertTrue(pages.get(0).token().isEmpty());
    assertEquals(PageToken.of("p1"), pages.get(1).token().orElseThrow());
    assertEquals(PageToken.of("p2"), pages.get(1).nextToken().orElseThrow());
    assertFalse(pages.get(2).hasNext());
  }

  @Test
  void iterate_whenPageFails_resumeTokenYieldsExactlyTheRest() {
    FakeFetcher fetcher = new FakeFetcher(4);
    fetcher.failAt = 2;
    List<String> seen = new ArrayList<>();

    PageFailedException e =
        assertThrows(PageFailedException.class, () -> AutoPager.of(fetcher).forEach(seen::add));
    AutoPager.of(fetcher, e.resumeToken()).forEach(seen::add);

    assertEquals(PageToken.of("p2"), e.resumeToken());
    assertSame(fetcher.failure, e.getCause());
    assertInstanceOf(ConnectionException.class, e.getCause());
    List<String> expected = new ArrayList<>();
    AutoPager.of(new FakeFetcher(4)).forEach(expected::add);
    assertEquals(expected, seen);
  }

  @Test
  void iterate_whenFirstPageFails_resumeTokenIsNullAndRestartsFromStart() {
    FakeFetcher fetcher = new FakeFetcher(2);
    fetcher.failAt = 0;
    PageFailedException e =
        assertThrows(PageFailedException.class, () -> AutoPager.of(fetcher).iterator().hasNext());
    assertNull(e.resumeToken());
    assertEquals(6, AutoPager.of(fetcher, e.resumeToken()).stream().count());
  }

  @Test
  void iterate_whenHasNextCalledAgainAfterFailure_retriesSamePage() {
    FakeFetcher fetcher = new FakeFetcher(2);
    fetcher.failAt = 1;
    Iterator<String> it = AutoPager.of(fetcher).iterator();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      seen.add(it.next());
    }
    assertThrows(PageFailedException.class, it::hasNext);
    it.forEachRemaining(seen::add);
    assertEquals(List.of("0a", "0b", "0c", "1a", "1b", "1c"), seen);
  }

  @Test
  void iterate_whenCursorRepeats_stopsWithClearError() {
    PageFetcher<String> looping =
        token ->
            Page.of(
                List.of("x"),
                PageToken.of(token == null ? "A" : "B".equals(token.value()) ? "A" : "B"));
    List<String> seen = new ArrayList<>();
    TaskSdkException e =
        assertThrows(TaskSdkException.class, () -> AutoPager.of(looping).forEach(seen::add));
    assertTrue(e.getMessage().contains("a second time"), e.getMessage());
    assertEquals(3, seen.size());

    PageFetcher<String> stuck = token -> Page.of(List.of("y"), PageToken.of("same"));
    assertThrows(TaskSdkException.class, () -> AutoPager.of(stuck).stream().count());
  }

  @Test
  void iterate_whenEmptyPagesInBetween_skipsThem() {
    PageFetcher<String> fetcher =
        token -> {
          if (token == null) {
            return Page.of(List.of(), PageToken.of("1"));
          }
          return "1".equals(token.value())
              ? Page.of(List.of(), PageToken.of("2"))
              : Page.of(List.of("only"), null);
        };
    assertEquals(List.of("only"), AutoPager.of(fetcher).stream().toList());
  }

  @Test
  void page_whenItemsModified_isUnmodifiable() {
    Page<String> page = Page.of(new ArrayList<>(List.of("a")), null);
    assertThrows(UnsupportedOperationException.class, () -> page.items().add("b"));
  }
}
