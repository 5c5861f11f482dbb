package dev.tasksdk.examples.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.core.ConflictException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.simulator.Simulator;
import dev.tasksdk.simulator.VendorSimulator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's workflow example: state across calls, which only the simulator holds. */
@VendorSimulator(Vendor.AGENTTASKS)
class AgentTasksWorkflowTest {
  @Test
  void createClaimComplete_whenClaimedTwice_conflicts(Simulator sim) {
    try (AgentTasksClient vendor =
        AgentTasksClient.builder()
            .baseUrl(sim.baseUrl())
            .apiKey("test-key")
            .teamId("cmteam_abc")
            .build()) {
      TaskClient tasks = TaskClients.of(vendor);

      Task created =
          tasks.create(NewTask.builder("Write the Q4 summary").projectId("cmproject_abc").build());
      tasks.claim(created.id());
      ConflictException twice =
          assertThrows(ConflictException.class, () -> tasks.claim(created.id()));
      tasks.complete(created.id(), "Revenue grew 12%");

      assertEquals(Optional.of("TASK_ALREADY_CLAIMED"), twice.errorCode());
      assertEquals(TaskStatus.DONE, tasks.get(created.id()).status());
      assertEquals("done", sim.task(created.id()).orElseThrow().get("status").getAsString());
    }
  }
}
