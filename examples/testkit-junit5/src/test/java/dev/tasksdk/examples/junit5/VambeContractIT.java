package dev.tasksdk.examples.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import dev.tasksdk.vambe.VambeClient;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Prism example: the spec's contract, answered with its examples. */
@PrismMock(Vendor.VAMBE)
class VambeContractIT {
  @Test
  void list_whenMocked_returnsTheSpecExample(PrismServer prism) {
    try (VambeClient vendor =
        VambeClient.builder().baseUrl(prism.baseUrl()).apiKey("test-key").build()) {
      List<Task> tasks =
          TaskClients.of(vendor)
              .list(
                  TaskQuery.builder()
                      .dueFrom(LocalDate.of(2025, 10, 1))
                      .dueTo(LocalDate.of(2025, 10, 31))
                      .build())
              .stream()
              .toList();

      assertEquals("Follow up with customer", tasks.get(0).title());
    }
  }
}
