package dev.tasksdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrismOptionsTest {
  @Test
  void defaults_whenBuilt_mockWithoutErrors() {
    PrismOptions o = PrismOptions.defaults();
    assertFalse(o.isProxy());
    assertFalse(o.errors());
    assertEquals(Duration.ofSeconds(60), o.startupTimeout());
  }

  @Test
  void proxy_whenGivenUrl_proxyWithErrors() {
    PrismOptions o = PrismOptions.proxy("https://api.vambe.me");
    assertTrue(o.isProxy());
    assertTrue(o.errors());
    assertEquals("https://api.vambe.me", o.upstreamUrl());
    assertEquals(o, o.toBuilder().build());
  }

  @Test
  void proxy_whenNullOrNotHttp_throwsNamingUpstreamUrl() {
    assertEquals(
        "upstreamUrl == null",
        assertThrows(NullPointerException.class, () -> PrismOptions.proxy(null)).getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> PrismOptions.proxy("ftp://x"))
            .getMessage()
            .contains("upstreamUrl"));
  }

  @Test
  void startupTimeout_whenNotPositive_throwsNamingField() {
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> PrismOptions.builder().startupTimeout(Duration.ZERO))
            .getMessage()
            .contains("startupTimeout"));
  }
}
