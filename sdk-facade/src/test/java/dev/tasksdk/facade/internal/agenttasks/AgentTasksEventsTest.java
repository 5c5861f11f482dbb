package dev.tasksdk.facade.internal.agenttasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.agenttasks.WebhookEvent;
import dev.tasksdk.agenttasks.WebhookVerificationException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.TaskEvent;
import dev.tasksdk.facade.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AgentTasks webhook events as facade {@link TaskEvent}s. */
class AgentTasksEventsTest {

  @ParameterizedTest
  @CsvSource({
    "task.created, CREATED",
    "task.updated, UPDATED",
    "task.claimed, CLAIMED",
    "task.completed, COMPLETED",
    "task.cancelled, CANCELLED",
    "task.moved, MOVED",
    "task.archived, UNKNOWN"
  })
  void toTaskEvent_whenEventName_mapsKindAndKeepsName(String name, TaskEvent.Kind kind) {
    TaskEvent e = AgentTasksEvents.toTaskEvent(WebhookEvent.builder().event(name).build());

    assertEquals(kind, e.kind());
    assertEquals(name, e.vendorEvent());
    assertEquals(Vendor.AGENTTASKS, e.vendor());
    assertFalse(e.task().isPresent());
    assertFalse(e.actorId().isPresent());
    assertFalse(e.occurredAt().isPresent());
    assertFalse(e.deliveryId().isPresent());
  }

  @Test
  void parse_whenSignedRequest_mapsEveryField() {
    String json =
        "{\"event\":\"task.completed\",\"timestamp\":\"2025-01-15T10:20:00Z\",\"teamId\":\"team_1\","
            + "\"data\":{\"task\":{\"id\":\"cmabc123\",\"title\":\"Summarize\",\"status\":\"done\","
            + "\"result\":\"ok\"},\"agent\":{\"id\":\"cm_agent_xyz\",\"name\":\"Research Agent\"}}}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        Map.of(
            AgentTasksWebhooks.SIGNATURE_HEADER,
            AgentTasksWebhooks.sign(body, "s3cret"),
            AgentTasksWebhooks.DELIVERY_HEADER,
            "d-1");

    TaskEvent e = AgentTasksEvents.parse(body, headers::get, "s3cret");

    assertEquals(TaskEvent.Kind.COMPLETED, e.kind());
    assertEquals(Instant.parse("2025-01-15T10:20:00Z"), e.occurredAt().orElseThrow());
    assertEquals("cmabc123", e.task().orElseThrow().id());
    assertEquals(TaskStatus.DONE, e.task().orElseThrow().status());
    assertEquals("ok", e.task().orElseThrow().result().orElseThrow());
    assertEquals("cm_agent_xyz", e.actorId().orElseThrow());
    assertEquals("Research Agent", e.actorName().orElseThrow());
    assertEquals("d-1", e.deliveryId().orElseThrow());
  }

  @Test
  void parse_whenSignatureWrong_throwsVerification() {
    byte[] body = "{\"event\":\"task.created\"}".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        Map.of(AgentTasksWebhooks.SIGNATURE_HEADER, AgentTasksWebhooks.sign(body, "other"));

    assertThrows(
        WebhookVerificationException.class,
        () -> AgentTasksEvents.parse(body, headers::get, "s3cret"));
  }

  @Test
  void toTaskEvent_whenNull_throwsNamingEvent() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> AgentTasksEvents.toTaskEvent(null));

    assertEquals("event == null", e.getMessage());
  }
}
