package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryHintsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  private static Duration delay(String... namesAndValues) {
    return RetryHints.delay(Headers.of(namesAndValues), CLOCK).orElse(null);
  }

  @Test
  void delay_whenEachHeader_parsesIt() {
    assertEquals(Duration.ofMillis(1500), delay("Retry-After-Ms", "1500"));
    assertEquals(Duration.ofSeconds(5), delay("Retry-After", "5"));
    assertEquals(Duration.ofSeconds(30), delay("Retry-After", "Sun, 01 Jun 2025 12:00:30 GMT"));
    assertEquals(Duration.ofSeconds(10), delay("X-RateLimit-Reset", "1748779210"));
    assertEquals(Duration.ofSeconds(12), delay("X-RateLimit-Reset", "12"));
  }

  @Test
  void delay_whenPastOrGarbage_isZeroOrAbsent() {
    assertEquals(Duration.ZERO, delay("Retry-After", "Sun, 01 Jun 2025 11:00:00 GMT"));
    assertEquals(Duration.ZERO, delay("Retry-After", "-3"));
    assertTrue(RetryHints.delay(Headers.of("Retry-After", "soon"), CLOCK).isEmpty());
    assertTrue(RetryHints.delay(Headers.of(), CLOCK).isEmpty());
  }

  @Test
  void delay_whenGarbageRetryAfter_fallsBackToReset() {
    assertEquals(Duration.ofSeconds(3), delay("Retry-After", "soon", "X-RateLimit-Reset", "3"));
  }
}
