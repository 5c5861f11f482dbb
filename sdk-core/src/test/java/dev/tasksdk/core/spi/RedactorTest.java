package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "proxy-authorization",
        "X-API-Key",
        "Cookie",
        "Set-Cookie",
        "X-Session-Token",
        "X-Client-Secret",
        "X-AgentTasks-Signature",
        "Idempotency-Key"
      })
  void isSensitiveHeader_whenCredentialLike_isTrue(String name) {
    assertTrue(Redactor.isSensitiveHeader(name));
    assertEquals("[redacted]", Redactor.redactHeaderValue(name, "v"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Accept", "Content-Type", "User-Agent", "x-request-id", "Retry-After"})
  void isSensitiveHeader_whenOrdinary_isFalse(String name) {
    assertFalse(Redactor.isSensitiveHeader(name));
  }

  @Test
  void redactUrl_whenSensitiveQuery_hidesValuesAndUserInfo() {
    HttpUrl url =
        HttpUrl.get(
            "https://user:pw@api.test/v1/tasks?api_key=k1&access_token=t1&limit=5&signature=s&page=2&password=p");
    assertEquals(
        "https://api.test/v1/tasks?api_key=[redacted]&access_token=[redacted]&limit=5"
            + "&signature=[redacted]&page=2&password=[redacted]",
        Redactor.redactUrl(url));
  }

  @Test
  void redactUrl_whenNoQuery_isUnchanged() {
    assertEquals("https://api.test/v1/", Redactor.redactUrl(HttpUrl.get("https://api.test/v1/")));
  }

  @Test
  void safeHeaders_whenCredentials_dropsThemAndRedactsOthers() {
    Headers safe =
        Redactor.safeHeaders(
            Headers.of(
                "Set-Cookie", "a=b", "Authorization", "Bearer x", "X-Token", "t", "X-Rate", "1"));
    assertNull(safe.get("Set-Cookie"));
    assertNull(safe.get("Authorization"));
    assertEquals("[redacted]", safe.get("X-Token"));
    assertEquals("1", safe.get("X-Rate"));
  }

  @Test
  void redactUrlString_whenNotAUrl_hidesUserInfo() {
    assertEquals("ftp://[redacted]@host", Redactor.redactUrlString("ftp://me:secret@host"));
  }
}
