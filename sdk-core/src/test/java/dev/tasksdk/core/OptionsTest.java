package dev.tasksdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsTest {
  private static final String KEY = "sk_live_SENTINEL_123";

  @Test
  void builder_whenDefaults_matchDocumentedValues() {
    ClientOptions o = ClientOptions.builder().build();
    assertEquals(Duration.ofSeconds(10), o.connectTimeout());
    assertEquals(Duration.ofSeconds(60), o.readTimeout());
    assertEquals(Duration.ofSeconds(60), o.writeTimeout());
    assertEquals(Duration.ofMinutes(2), o.callTimeout());
    assertEquals(2, o.maxRetries());
    assertEquals(Duration.ofSeconds(60), o.retryBudget());
    assertEquals(Duration.ofMillis(500), o.initialBackoff());
    assertEquals(Duration.ofSeconds(8), o.maxBackoff());
    assertTrue(o.baseUrl().isEmpty());
    assertTrue(o.apiKey().isEmpty());
    assertFalse(o.allowInsecureHttp());
    assertEquals("dev.tasksdk.http", o.loggerName());
  }

  @Test
  void builder_whenInvalid_messagesNameTheField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl("not a url"));
    assertEquals("baseUrl is not a valid http(s) URL: not a url", e.getMessage());
    assertEquals(
        "maxRetries must be >= 0 but was -1",
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().maxRetries(-1))
            .getMessage());
    assertEquals(
        "readTimeout == null",
        assertThrows(NullPointerException.class, () -> ClientOptions.builder().readTimeout(null))
            .getMessage());
    assertEquals(
        "apiKey == null",
        assertThrows(
                NullPointerException.class, () -> ClientOptions.builder().apiKey((String) null))
            .getMessage());
    assertEquals(
        "apiKey is blank",
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().apiKey("  "))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ClientOptions.builder().header("X-Bad", "line\r\nInjected: 1"));
  }

  @Test
  void baseUrl_whenNoTrailingSlash_addsIt() {
    assertEquals(
        "https://api.test/v1/",
        ClientOptions.builder()
            .baseUrl("https://api.test/v1")
            .build()
            .baseUrl()
            .orElseThrow()
            .toString());
    assertEquals(
        "http://127.0.0.1:8080/",
        ClientOptions.builder()
            .baseUrl("http://127.0.0.1:8080")
            .build()
            .baseUrl()
            .orElseThrow()
            .toString());
    assertEquals(
        "http://localhost/",
        ClientOptions.builder()
            .baseUrl("http://localhost")
            .build()
            .baseUrl()
            .orElseThrow()
            .toString());
  }

  @Test
  void toString_whenKeySet_neverShowsIt() {
    ClientOptions o =
        ClientOptions.builder()
            .apiKey(KEY)
            .baseUrl("https://user:pw@api.test/?token=abc")
            .header("X-Api-Key", KEY)
            .build();
    assertFalse(o.toString().contains(KEY), o.toString());
    assertFalse(o.toString().contains("pw"), o.toString());
    assertTrue(o.toString().contains("Secret[redacted]"), o.toString());
    assertEquals(KEY, o.apiKey().orElseThrow().reveal());
  }

  @Test
  void toBuilder_whenRebuilt_keepsEverything() {
    ClientOptions o =
        ClientOptions.builder()
            .apiKey(KEY)
            .maxRetries(5)
            .header("X-A", "1")
            .userAgentSuffix("app/1")
            .build();
    ClientOptions copy = o.toBuilder().readTimeout(Duration.ofSeconds(3)).build();
    assertEquals(5, copy.maxRetries());
    assertEquals("1", copy.headers().get("X-A"));
    assertEquals("app/1", copy.userAgentSuffix().orElseThrow());
    assertEquals(Duration.ofSeconds(3), copy.readTimeout());
    assertEquals(Duration.ofSeconds(60), o.readTimeout());
    assertThrows(UnsupportedOperationException.class, () -> copy.headers().put("b", "c"));
  }

  @Test
  void secret_whenCompared_usesValueAndHidesIt() {
    assertEquals(Secret.of("abc"), Secret.of("abc"));
    assertEquals(Secret.of("abc").hashCode(), Secret.of("abc").hashCode());
    assertNotEquals(Secret.of("abc"), Secret.of("abd"));
    assertEquals("Secret[redacted]", Secret.of(KEY).toString());
    assertThrows(IllegalArgumentException.class, () -> Secret.of("a\nb"));
  }

  @Test
  void requestOptions_whenBuilt_exposeValuesAndHideKey() {
    RequestOptions ro =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(2))
            .maxRetries(0)
            .header("X-Api-Key", KEY)
            .idempotencyKey("idem")
            .build();
    assertEquals(Duration.ofSeconds(2), ro.timeout().orElseThrow());
    assertEquals(0, ro.maxRetries().orElseThrow());
    assertEquals("idem", ro.idempotencyKey().orElseThrow());
    assertFalse(ro.toString().contains(KEY));
    assertTrue(RequestOptions.none().isEmpty());
    assertFalse(ro.isEmpty());
    assertEquals(
        "maxRetries must be >= 0 but was -2",
        assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().maxRetries(-2))
            .getMessage());
  }
}
