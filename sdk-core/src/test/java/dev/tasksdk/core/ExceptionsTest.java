package dev.tasksdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class ExceptionsTest {
  @Test
  void of_whenStatus_picksSubclassAndFormatsMessage() {
    ServiceException e =
        ServiceException.of(
            Vendor.AMPLEMARKET,
            "completeTask",
            422,
            Headers.of("Authorization", "Bearer x", "x-request-id", "r1"),
            "r1",
            "{\"error\":\"unsupported_value\"}",
            null,
            "unsupported_value",
            "status must be one of ...");
    assertInstanceOf(UnprocessableEntityException.class, e);
    assertEquals(
        "Amplemarket completeTask failed: HTTP 422 (unsupported_value: status must be one of ...)"
            + " [request id r1]",
        e.getMessage());
    assertNull(e.headers().get("Authorization"));
    assertEquals("r1", e.headers().get("x-request-id"));
  }

  @Test
  void builder_whenRequestGiven_messageNamesMethodAndPathWithoutQuery() {
    ServiceException e =
        ServiceException.builder()
            .vendor(Vendor.AGENTTASKS)
            .operation("getTask")
            .statusCode(404)
            .errorCode("NOT_FOUND")
            .detail("Task not found")
            .requestId("req-1")
            .request("GET", "/api/tasks/t1?api_key=k")
            .build();

    assertEquals(
        "AgentTasks getTask failed: HTTP 404 (NOT_FOUND: Task not found) GET /api/tasks/t1"
            + " [request id req-1]",
        e.getMessage());
    assertEquals("/api/tasks/t1", e.requestPath().orElseThrow());
    assertEquals("GET", e.requestMethod().orElseThrow());
  }

  @Test
  void of_whenRateLimited_readsRetryAfter() {
    RateLimitedException e =
        (RateLimitedException)
            ServiceException.of(
                Vendor.VAMBE,
                "listTasks",
                429,
                Headers.of("Retry-After", "30"),
                null,
                "",
                null,
                null,
                null);
    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
    assertEquals("Vambe listTasks failed: HTTP 429", e.getMessage());
  }

  @Test
  void builder_whenVendorMissing_namesIt() {
    assertEquals(
        "vendor == null",
        assertThrows(
                NullPointerException.class,
                () -> ServiceException.builder().operation("x").statusCode(400).build())
            .getMessage());
  }

  @Test
  void invalidResponse_whenControlCharacters_escapesThemInExcerpt() {
    InvalidResponseException e =
        new InvalidResponseException(
            Vendor.STUUT, "getTask", 200, "text/html", "a\tb\u0001c\r\n" + "z".repeat(300), null);
    assertTrue(e.excerpt().startsWith("a\\tb\\u0001c\\r\\n"), e.excerpt());
    assertTrue(e.excerpt().endsWith("…"));
    assertEquals(Vendor.STUUT, e.vendor());
    assertEquals("text/html", e.contentType());
  }

  @Test
  void unsupportedCapability_whenCreated_namesVendorAndOperation() {
    UnsupportedCapabilityException e =
        new UnsupportedCapabilityException(Vendor.AMIGO, "deleteTask");
    assertEquals("Amigo does not support deleteTask", e.getMessage());
    assertInstanceOf(TaskSdkException.class, e);
  }

  @Test
  void timeout_whenCreated_isAConnectionException() {
    TaskSdkException e = new TimeoutException(Vendor.AMIGO, "getTask", "timed out", null);
    assertInstanceOf(ConnectionException.class, e);
  }

  @Test
  void invalidResponse_whenGsonGivesAdvice_keepsOnlyTheReason() {
    com.google.gson.JsonSyntaxException gson =
        new com.google.gson.JsonSyntaxException(
            "com.google.gson.stream.MalformedJsonException: Use JsonReader.setStrictness(Strictness.LENIENT)"
                + " to accept malformed JSON at line 1 column 7 path $\n"
                + "See https://github.com/google/gson/blob/main/Troubleshooting.md#malformed-json");

    InvalidResponseException e =
        new InvalidResponseException(Vendor.STUUT, "listTasks", 200, null, "{\"data\": [", gson);

    org.junit.jupiter.api.Assertions.assertEquals(
        "Stuut listTasks returned an unreadable body: HTTP 200 (com.google.gson.stream."
            + "MalformedJsonException: malformed JSON at line 1 column 7 path $) body starts: "
            + "\"{\"data\": [\"",
        e.getMessage());
  }
}
