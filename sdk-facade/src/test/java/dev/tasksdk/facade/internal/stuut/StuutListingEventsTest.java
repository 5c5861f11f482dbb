package dev.tasksdk.facade.internal.stuut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.CallEvent;
import dev.tasksdk.core.event.ListingEvent;
import dev.tasksdk.core.event.Outcome;
import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.stuut.StuutClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facade's listing events through a real vendor client (Stuut), on the core listener SPI. */
class StuutListingEventsTest {
  private final List<CallEvent> calls = Collections.synchronizedList(new ArrayList<>());
  private final List<ListingEvent> listings = Collections.synchronizedList(new ArrayList<>());
  private MockWebServer server;
  private StuutClient stuut;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    stuut =
        StuutClient.builder()
            .apiKey("sk-test")
            .baseUrl(server.url("/").toString())
            .maxRetries(0)
            .addListener(
                new TaskSdkListener() {
                  @Override
                  public void callFinished(CallEvent call) {
                    calls.add(call);
                  }

                  @Override
                  public void listingFinished(ListingEvent listing) {
                    listings.add(listing);
                  }
                })
            .build();
  }

  @AfterEach
  void stop() {
    stuut.close();
    server.close();
  }

  private void enqueue(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  @Test
  void list_whenFilteredClientSide_reportsPagesKeptAndDroppedItems() throws Exception {
    enqueue(
        """
        {"data":[{"id":"a","label":"Call ACME"},{"id":"b","label":"Other"}],"next_page":1}
        """);
    enqueue(
        """
        {"data":[{"id":"c","label":"Unrelated"},{"id":"d","label":"acme again"}],"next_page":null}
        """);

    List<String> ids =
        StuutTaskClients.create(stuut).list(TaskQuery.builder().text("acme").build()).stream()
            .map(Task::id)
            .toList();

    assertEquals(List.of("a", "d"), ids);
    assertEquals("/v1/tasks", server.takeRequest().getTarget());
    assertEquals("/v1/tasks?page=1", server.takeRequest().getTarget());
    assertEquals(2, calls.size());
    assertEquals("listTasks", calls.get(0).call().operation());
    assertEquals("/v1/tasks", calls.get(0).call().urlTemplate());
    assertEquals(1, listings.size());
    ListingEvent listing = listings.get(0);
    assertEquals("facade", listing.source());
    assertEquals(Vendor.STUUT, listing.vendor());
    assertEquals("list", listing.operation());
    assertEquals(2, listing.pages());
    assertEquals(2, listing.items());
    assertEquals(2, listing.filteredOut());
    assertEquals(Outcome.SUCCESS, listing.outcome());
  }
}
