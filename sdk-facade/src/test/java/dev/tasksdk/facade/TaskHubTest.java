package dev.tasksdk.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.ListingEvent;
import dev.tasksdk.core.event.Outcome;
import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.facade.internal.BaseTaskClient;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TaskHubTest {

  /** A client over fixed pages; optionally failing, or waiting on a latch to prove concurrency. */
  private static final class FakeClient extends BaseTaskClient {
    private final Function<PageToken, Page<Task>> pages;

    FakeClient(Vendor vendor, Function<PageToken, Page<Task>> pages) {
      super(
          Capabilities.builder(vendor)
              .nativeSupport(Capability.LIST, Capability.GET, Capability.FILTER_STATUS)
              .build());
      this.pages = pages;
    }

    @Override
    protected Page<Task> fetchPage(TaskQuery query, PageToken token) {
      return pages.apply(token);
    }

    @Override
    protected Task doGet(String id) {
      return task(vendor(), id, null);
    }
  }

  private static Task task(Vendor v, String id, String due) {
    Task.Builder b = Task.builder(v, id).title(id).status(TaskStatus.OPEN, "open");
    if (due != null) b.due(Due.at(Instant.parse(due)));
    return b.build();
  }

  private static FakeClient fixed(Vendor v, Task... tasks) {
    return new FakeClient(v, token -> Page.of(List.of(tasks), null));
  }

  @Test
  void list_whenSeveralVendors_mergesByDueThenVendorThenId() {
    try (TaskHub hub =
        TaskHub.of(
            fixed(
                Vendor.VAMBE,
                task(Vendor.VAMBE, "v2", null),
                task(Vendor.VAMBE, "v1", "2025-10-02T00:00:00Z")),
            fixed(
                Vendor.AGENTTASKS,
                task(Vendor.AGENTTASKS, "b", "2025-10-01T00:00:00Z"),
                task(Vendor.AGENTTASKS, "a", null)),
            fixed(Vendor.AMPLEMARKET, task(Vendor.AMPLEMARKET, "z", "2025-10-01T00:00:00Z")))) {

      HubListResult r = hub.list(TaskQuery.all());

      assertEquals(
          List.of("amplemarket:z", "agenttasks:b", "vambe:v1", "agenttasks:a", "vambe:v2"),
          r.tasks().stream().map(Task::ref).toList());
      assertTrue(r.failures().isEmpty());
    }
  }

  @Test
  void list_whenOneVendorFails_reportsItNextToTheOthersTasks() {
    ConnectionException boom = new ConnectionException(Vendor.STUUT, "listTasks", "refused", null);
    FakeClient failing =
        new FakeClient(
            Vendor.STUUT,
            token -> {
              throw boom;
            });
    try (TaskHub hub = TaskHub.of(failing, fixed(Vendor.VAMBE, task(Vendor.VAMBE, "v", null)))) {

      HubListResult r = hub.list(TaskQuery.all());

      assertEquals(List.of("vambe:v"), r.tasks().stream().map(Task::ref).toList());
      assertTrue(r.isPartial());
      assertSame(boom, r.failures().get(Vendor.STUUT));
    }
  }

  @Test
  void list_withListener_reportsOneHubListingOverAllVendors() {
    List<ListingEvent> events = new CopyOnWriteArrayList<>();
    FakeClient twoPages =
        new FakeClient(
            Vendor.AGENTTASKS,
            token ->
                token == null
                    ? Page.of(List.of(task(Vendor.AGENTTASKS, "a", null)), PageToken.of("p2"))
                    : Page.of(List.of(task(Vendor.AGENTTASKS, "b", null)), null));
    ConnectionException boom = new ConnectionException(Vendor.STUUT, "listTasks", "refused", null);
    FakeClient failing =
        new FakeClient(
            Vendor.STUUT,
            token -> {
              throw boom;
            });
    try (TaskHub hub =
        TaskHub.builder()
            .client(twoPages)
            .client(failing)
            .client(fixed(Vendor.VAMBE, task(Vendor.VAMBE, "v", null)))
            .listener(
                new TaskSdkListener() {
                  @Override
                  public void listingFinished(ListingEvent event) {
                    throw new IllegalStateException("a broken listener never breaks the list");
                  }
                })
            .listener(
                new TaskSdkListener() {
                  @Override
                  public void listingFinished(ListingEvent event) {
                    events.add(event);
                  }
                })
            .build()) {

      HubListResult r = hub.list(TaskQuery.all());

      assertEquals(3, r.tasks().size());
      assertEquals(1, events.size());
      ListingEvent e = events.get(0);
      assertEquals("hub", e.source());
      assertNull(e.vendor());
      assertEquals("list", e.operation());
      assertEquals(3, e.pages(), "two AgentTasks pages and one Vambe page");
      assertEquals(3, e.items());
      assertEquals(Outcome.CONNECTION_FAILURE, e.outcome());
      assertEquals("ConnectionException", e.errorType());
    }
  }

  @Test
  void list_whenEveryVendorAnswers_reportsSuccessWithoutErrorType() {
    List<ListingEvent> events = new CopyOnWriteArrayList<>();
    try (TaskHub hub =
        TaskHub.builder()
            .client(fixed(Vendor.VAMBE, task(Vendor.VAMBE, "v", null)))
            .listener(
                new TaskSdkListener() {
                  @Override
                  public void listingFinished(ListingEvent event) {
                    events.add(event);
                  }
                })
            .build()) {
      hub.list(TaskQuery.all());
    }
    assertEquals(Outcome.SUCCESS, events.get(0).outcome());
    assertNull(events.get(0).errorType());
    assertThrows(NullPointerException.class, () -> TaskHub.builder().listener(null));
  }

  @Test
  void list_whenVendorLacksAFilter_failsOnlyThatVendor() {
    FakeClient noStatus = fixed(Vendor.AMIGO);
    BaseTaskClient limited =
        new BaseTaskClient(
            Capabilities.builder(Vendor.STUUT).nativeSupport(Capability.LIST).build()) {
          @Override
          protected Page<Task> fetchPage(TaskQuery query, PageToken token) {
            throw new AssertionError("must not fetch");
          }
        };
    try (TaskHub hub = TaskHub.of(noStatus, limited)) {
      HubListResult r = hub.list(TaskQuery.builder().status(TaskStatus.OPEN).build());

      assertInstanceOf(UnsupportedCapabilityException.class, r.failures().get(Vendor.STUUT));
      assertEquals(1, r.failures().size());
    }
  }

  @Test
  void list_whenVendorsAreSlow_fetchesThemConcurrently() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Function<PageToken, Page<Task>> waitForTheOther =
        token -> {
          bothStarted.countDown();
          try {
            if (!bothStarted.await(5, TimeUnit.SECONDS)) {
              throw new AssertionError("the other vendor was not fetched at the same time");
            }
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
          return Page.of(List.of(), null);
        };
    try (TaskHub hub =
        TaskHub.of(
            new FakeClient(Vendor.VAMBE, waitForTheOther),
            new FakeClient(Vendor.STUUT, waitForTheOther))) {

      HubListResult r = hub.list(TaskQuery.all());

      assertTrue(r.failures().isEmpty(), () -> r.failures().toString());
    }
  }

  @Test
  void get_whenRefNamesAVendorOfTheHub_readsFromIt() {
    try (TaskHub hub = TaskHub.of(fixed(Vendor.VAMBE))) {
      assertEquals("vambe:abc:1", hub.get("vambe:abc:1").ref());
    }
  }

  @Test
  void get_whenRefIsMalformedOrVendorMissing_throwsNamingIt() {
    try (TaskHub hub = TaskHub.of(fixed(Vendor.VAMBE))) {
      assertEquals(
          "task reference 'nocolon' must look like vendor:id, e.g. vambe:123e4567-e89b-12d3-a456-426614174000",
          assertThrows(IllegalArgumentException.class, () -> hub.get("nocolon")).getMessage());
      assertTrue(
          assertThrows(IllegalArgumentException.class, () -> hub.get("acme:1"))
              .getMessage()
              .contains("unknown vendor 'acme'"));
      assertTrue(
          assertThrows(IllegalArgumentException.class, () -> hub.get("stuut:1"))
              .getMessage()
              .contains("no client for vendor stuut"));
    }
  }

  @Test
  void of_whenTwoClientsForOneVendor_isRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> TaskHub.of(fixed(Vendor.VAMBE), fixed(Vendor.VAMBE)));
  }

  @Test
  void list_whenAPageFailsForGood_resumesWithExactlyTheRest() {
    // pages "0" -> [a, b], "2" -> [c, d], "4" -> [e]; the page at "2" fails once
    List<Task> all =
        List.of("a", "b", "c", "d", "e").stream().map(id -> task(Vendor.VAMBE, id, null)).toList();
    java.util.concurrent.atomic.AtomicBoolean failed =
        new java.util.concurrent.atomic.AtomicBoolean();
    FakeClient client =
        new FakeClient(
            Vendor.VAMBE,
            token -> {
              int from = token == null ? 0 : Integer.parseInt(token.value());
              if (from == 2 && failed.compareAndSet(false, true)) {
                throw new ConnectionException(Vendor.VAMBE, "listTasks", "reset", null);
              }
              int to = Math.min(all.size(), from + 2);
              return Page.of(
                  all.subList(from, to), to < all.size() ? PageToken.of(String.valueOf(to)) : null);
            });
    List<String> seen = new java.util.ArrayList<>();

    dev.tasksdk.core.PageFailedException e =
        assertThrows(
            dev.tasksdk.core.PageFailedException.class,
            () -> client.list(TaskQuery.all()).forEach(t -> seen.add(t.id())));
    client.list(TaskQuery.all(), e.resumeToken()).forEach(t -> seen.add(t.id()));

    assertEquals(List.of("a", "b", "c", "d", "e"), seen);
  }
}
