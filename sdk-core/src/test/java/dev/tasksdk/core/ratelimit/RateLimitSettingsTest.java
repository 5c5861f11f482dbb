package dev.tasksdk.core.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.Secret;
import dev.tasksdk.core.Vendor;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {
  @Test
  void parse_whenUsualForms_readsPermitsAndPeriod() {
    assertEquals(RateLimit.of(120, Duration.ofMinutes(1)), RateLimit.parse("120/min"));
    assertEquals(RateLimit.of(10, Duration.ofSeconds(1)), RateLimit.parse("10/s"));
    assertEquals(RateLimit.of(50, Duration.ofSeconds(5)), RateLimit.parse(" 50 / 5s "));
    assertEquals(RateLimit.of(1000, Duration.ofHours(1)), RateLimit.parse("1000/H"));
    assertTrue(RateLimit.parse("OFF").isOff());
    assertEquals(RateLimit.Kind.ADAPTIVE, RateLimit.parse("adaptive").kind());
    assertEquals("50/5s", RateLimit.parse("50/5s").toString());
    assertEquals("120/min", RateLimit.parse("120/m").toString());
  }

  @Test
  void fromEnv_whenValueIsNotALimit_namesTheVariable() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RateLimiting.fromEnv(Vendor.AMIGO, Map.of("AMIGO_RATE_LIMIT", "12/fortnight")));
    assertEquals(
        "AMIGO_RATE_LIMIT: '12/fortnight' is not a rate limit; expected <permits>/<period> such as"
            + " 120/min, 10/s or 50/5s (units ms, s, min, h), or off",
        e.getMessage());
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> RateLimiting.fromEnv(Vendor.STUUT, Map.of("STUUT_RATE_LIMIT", "0/s")));
    assertTrue(zero.getMessage().startsWith("STUUT_RATE_LIMIT: '0/s'"), zero.getMessage());
  }

  @Test
  void fromEnv_whenUnsetOrBlank_isEmpty_andWhenSet_parses() {
    assertEquals(Optional.empty(), RateLimiting.fromEnv(Vendor.VAMBE, Map.of()));
    assertEquals(
        Optional.empty(), RateLimiting.fromEnv(Vendor.VAMBE, Map.of("VAMBE_RATE_LIMIT", " ")));
    assertEquals(
        Optional.of(RateLimit.off()),
        RateLimiting.fromEnv(Vendor.AMPLEMARKET, Map.of("AMPLEMARKET_RATE_LIMIT", "off")));
  }

  @Test
  void documented_limitsComeFromTheSpecs() {
    assertEquals(
        Map.of("tasks", RateLimit.parse("120/min"), "other", RateLimit.parse("60/min")),
        DocumentedLimits.of(Vendor.AGENTTASKS).classes());
    assertEquals(
        Map.of("all", RateLimit.parse("500/min")),
        DocumentedLimits.of(Vendor.AMPLEMARKET).classes());
    assertEquals(
        Map.of("organization", RateLimit.adaptive()), DocumentedLimits.of(Vendor.AMIGO).classes());
    assertEquals(Map.of(), DocumentedLimits.of(Vendor.STUUT).classes());
    assertEquals(Map.of(), DocumentedLimits.of(Vendor.VAMBE).classes());
    DocumentedLimits at = DocumentedLimits.of(Vendor.AGENTTASKS);
    assertEquals("tasks", at.classOf("POST", "/api/tasks/abc/claim"));
    assertEquals("tasks", at.classOf("GET", "/api/teams/t1/tasks"));
    assertEquals("other", at.classOf("GET", "/api/tasks/abc/claim"));
    assertEquals("other", at.classOf("GET", "/api/projects"));
  }

  @Test
  void key_holdsOnlyAHashOfTheCredential() {
    Secret key = Secret.of("sk_live_SENTINEL_123456");
    RateLimitKey k = RateLimitKey.of(Vendor.AMPLEMARKET, key, "all");
    assertEquals(64, k.credentialHash().length());
    assertFalse(k.storeName().contains("SENTINEL"));
    assertFalse(k.toString().contains("SENTINEL"));
    assertTrue(k.storeName().startsWith("tasksdk:rl:amplemarket:all:"));
    assertFalse(RateLimitKey.hash(key, "a:443").equals(RateLimitKey.hash(key, "b:443")));
  }
}
