package dev.tasksdk.agenttasks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.Secret;
import dev.tasksdk.core.TaskSdkException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signature verification over the raw body and parsing of the verified event. */
class AgentTasksWebhooksTest {
  private static final String SECRET = "whsec-SENTINEL-123";

  private static final String EVENT =
      "{\"event\":\"task.claimed\",\"timestamp\":\"2025-01-15T10:05:00Z\",\"teamId\":\"team_1\","
          + "\"data\":{\"task\":{\"id\":\"cmabc123\",\"title\":\"Summarize Q1 reports\","
          + "\"status\":\"in_progress\",\"priority\":\"normal\",\"assignedAgentId\":\"cm_agent_xyz\","
          + "\"projectId\":\"cmproject_abc\",\"result\":null,\"createdAt\":\"2025-01-15T10:00:00Z\","
          + "\"updatedAt\":\"2025-01-15T10:05:00Z\"},\"agent\":{\"id\":\"cm_agent_xyz\","
          + "\"name\":\"Research Agent\"}}}";

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sign_whenKnownVector_matchesRfcHmacSha256() {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
    assertEquals(
        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        AgentTasksWebhooks.sign(bytes("The quick brown fox jumps over the lazy dog"), "key"));
  }

  @Test
  void verify_whenSignatureMatches_passes() {
    byte[] body = bytes(EVENT);
    String header = AgentTasksWebhooks.sign(body, SECRET);

    assertDoesNotThrow(() -> AgentTasksWebhooks.verify(body, header, SECRET));
    assertDoesNotThrow(() -> AgentTasksWebhooks.verify(body, header, Secret.of(SECRET)));
    assertDoesNotThrow(
        () -> AgentTasksWebhooks.verify(body, " " + header.toUpperCase(Locale.ROOT) + " ", SECRET));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void verify_whenHeaderMissing_rejectsAsMissing(String header) {
    WebhookVerificationException e =
        assertThrows(
            WebhookVerificationException.class,
            () -> AgentTasksWebhooks.verify(bytes(EVENT), header, SECRET));

    assertEquals(WebhookVerificationException.Reason.MISSING_SIGNATURE, e.reason());
    assertTrue(e.getMessage().contains("X-AgentTasks-Signature"), e.getMessage());
    assertThrows(
        WebhookVerificationException.class,
        () -> AgentTasksWebhooks.verify(bytes(EVENT), null, SECRET));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        "sha1=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        "sha256=f7bc83f4",
        "sha256=zzbc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        "sha256=",
        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd800"
      })
  void verify_whenHeaderMalformed_rejectsAsMalformed(String header) {
    WebhookVerificationException e =
        assertThrows(
            WebhookVerificationException.class,
            () -> AgentTasksWebhooks.verify(bytes(EVENT), header, SECRET));

    assertEquals(WebhookVerificationException.Reason.MALFORMED_SIGNATURE, e.reason());
  }

  @Test
  void verify_whenBodyChangedOrSecretWrong_rejectsAsMismatch() {
    byte[] body = bytes(EVENT);
    String header = AgentTasksWebhooks.sign(body, SECRET);

    WebhookVerificationException changed =
        assertThrows(
            WebhookVerificationException.class,
            () -> AgentTasksWebhooks.verify(bytes(EVENT + " "), header, SECRET));
    WebhookVerificationException wrongSecret =
        assertThrows(
            WebhookVerificationException.class,
            () -> AgentTasksWebhooks.verify(body, header, "other-secret"));

    assertEquals(WebhookVerificationException.Reason.SIGNATURE_MISMATCH, changed.reason());
    assertEquals(WebhookVerificationException.Reason.SIGNATURE_MISMATCH, wrongSecret.reason());
    assertFalse(changed.getMessage().contains(SECRET), changed.getMessage());
    assertFalse(changed.getMessage().contains(header.substring(7)), changed.getMessage());
    assertTrue(changed instanceof TaskSdkException);
  }

  @Test
  void verify_whenSecretInvalid_throwsNamingSecret() {
    NullPointerException npe =
        assertThrows(
            NullPointerException.class,
            () -> AgentTasksWebhooks.verify(bytes("{}"), "sha256=00", (String) null));
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> AgentTasksWebhooks.verify(bytes("{}"), "sha256=00", " "));

    assertTrue(npe.getMessage().contains("secret"));
    assertTrue(blank.getMessage().contains("secret"));
    assertThrows(
        NullPointerException.class, () -> AgentTasksWebhooks.verify(null, "sha256=00", SECRET));
  }

  @Test
  void parse_whenVerified_readsEveryField() {
    byte[] body = bytes(EVENT);

    WebhookEvent e = AgentTasksWebhooks.parse(body, AgentTasksWebhooks.sign(body, SECRET), SECRET);

    assertEquals(WebhookEvent.TASK_CLAIMED, e.event());
    assertEquals("2025-01-15T10:05:00Z", e.timestamp().orElseThrow());
    assertEquals(Instant.parse("2025-01-15T10:05:00Z"), e.occurredAt().orElseThrow());
    assertEquals("team_1", e.teamId().orElseThrow());
    assertEquals("cmabc123", e.task().orElseThrow().getId());
    assertEquals("in_progress", e.task().orElseThrow().getStatus());
    assertEquals("cm_agent_xyz", e.task().orElseThrow().getAssignedAgentId());
    assertEquals(
        OffsetDateTime.parse("2025-01-15T10:00:00Z"), e.task().orElseThrow().getCreatedAt());
    assertEquals(WebhookEvent.Agent.of("cm_agent_xyz", "Research Agent"), e.agent().orElseThrow());
    assertFalse(e.deliveryId().isPresent());
  }

  @Test
  void parse_whenHeadersGiven_readsSignatureDeliveryIdAndEventFallback() {
    String noEvent = "{\"timestamp\":1736935500,\"data\":{\"task\":{\"id\":\"t1\"}}}";
    byte[] body = bytes(noEvent);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("x-agenttasks-signature", AgentTasksWebhooks.sign(body, SECRET));
    headers.put("x-agenttasks-event", "task.created");
    headers.put("x-agenttasks-delivery", "3f0c1a2e-1111-4222-8333-444455556666");
    Function<String, String> lookup = headers::get;

    WebhookEvent e = AgentTasksWebhooks.parse(body, lookup, SECRET);

    assertEquals("task.created", e.event());
    assertEquals("3f0c1a2e-1111-4222-8333-444455556666", e.deliveryId().orElseThrow());
    assertEquals(Instant.ofEpochSecond(1736935500), e.occurredAt().orElseThrow());
    assertEquals("t1", e.task().orElseThrow().getId());
    assertFalse(e.agent().isPresent());
  }

  @Test
  void parse_whenUnknownEventAndExtraFields_keepsEventName() {
    byte[] body = bytes("{\"event\":\"task.archived\",\"future\":[1],\"data\":{}}");

    WebhookEvent e = AgentTasksWebhooks.parse(body, AgentTasksWebhooks.sign(body, SECRET), SECRET);

    assertEquals("task.archived", e.event());
    assertFalse(e.task().isPresent());
    assertFalse(e.occurredAt().isPresent());
  }

  @Test
  void parse_whenTimestampUnreadable_keepsTextWithoutInstant() {
    byte[] body = bytes("{\"event\":\"task.updated\",\"timestamp\":\"yesterday\"}");

    WebhookEvent e = AgentTasksWebhooks.parse(body, AgentTasksWebhooks.sign(body, SECRET), SECRET);

    assertEquals("yesterday", e.timestamp().orElseThrow());
    assertFalse(e.occurredAt().isPresent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "{\"event\":",
        "[1,2]",
        "\"task.created\"",
        "",
        "{\"timestamp\":\"2025-01-15T10:05:00Z\"}",
        "{\"event\":\"task.created\",\"data\":{\"task\":{\"title\":\"no id\"}}}",
        "{\"event\":\"task.created\",\"data\":{\"task\":5}}",
        "{\"event\":\"task.created\",\"data\":{\"task\":{\"id\":\"t\",\"createdAt\":\"x\"}}}",
        "{\"event\":{\"nested\":true}}",
        "{\"event\":\"task.created\",\"data\":[]}"
      })
  void parse_whenVerifiedBodyIsNotAnEvent_throwsInvalidPayloadNeverNpe(String json) {
    byte[] body = bytes(json);

    InvalidWebhookPayloadException e =
        assertThrows(
            InvalidWebhookPayloadException.class,
            () -> AgentTasksWebhooks.parse(body, AgentTasksWebhooks.sign(body, SECRET), SECRET));

    assertTrue(e.getMessage().startsWith("AgentTasks webhook payload is invalid"), e.getMessage());
  }

  @Test
  void parse_whenSignatureWrong_rejectsBeforeLookingAtTheBody() {
    byte[] body = bytes("not json");

    assertThrows(
        WebhookVerificationException.class,
        () -> AgentTasksWebhooks.parse(body, AgentTasksWebhooks.sign(body, "other"), SECRET));
  }
}
