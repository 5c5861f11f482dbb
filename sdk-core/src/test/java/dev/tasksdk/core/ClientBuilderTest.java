package dev.tasksdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

  @Test
  void setters_whenChained_returnTheVendorBuilderAndReachTheOptions() {
    OkHttpClient shared = new OkHttpClient();

    TestBuilder b =
        new TestBuilder()
            .apiKey("k-1")
            .baseUrl("https://example.test/v1")
            .httpClient(shared)
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2))
            .writeTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(4))
            .maxRetries(5)
            .retryBudget(Duration.ofSeconds(6))
            .initialBackoff(Duration.ofMillis(7))
            .maxBackoff(Duration.ofSeconds(8))
            .userAgentSuffix("app/1")
            .header("X-Trace", "t")
            .allowInsecureHttp(true)
            .team("blue");

    ClientOptions o = b.options();
    assertEquals("k-1", o.apiKey().orElseThrow().reveal());
    assertEquals("https://example.test/v1/", o.baseUrl().orElseThrow().toString());
    assertSame(shared, o.okHttpClient().orElseThrow());
    assertEquals(Duration.ofSeconds(1), o.connectTimeout());
    assertEquals(Duration.ofSeconds(2), o.readTimeout());
    assertEquals(Duration.ofSeconds(3), o.writeTimeout());
    assertEquals(Duration.ofSeconds(4), o.callTimeout());
    assertEquals(5, o.maxRetries());
    assertEquals(Duration.ofSeconds(6), o.retryBudget());
    assertEquals(Duration.ofMillis(7), o.initialBackoff());
    assertEquals(Duration.ofSeconds(8), o.maxBackoff());
    assertEquals("app/1", o.userAgentSuffix().orElseThrow());
    assertEquals(Map.of("X-Trace", "t"), o.headers());
    assertTrue(o.allowInsecureHttp());
    assertEquals("blue", b.team);
  }

  @Test
  void options_whenGiven_replacesEverySettingMadeBefore() {
    ClientOptions given = ClientOptions.builder().apiKey(Secret.of("k-2")).maxRetries(0).build();

    ClientOptions o = new TestBuilder().maxRetries(4).header("X-A", "a").options(given).options();

    assertEquals("k-2", o.apiKey().orElseThrow().reveal());
    assertEquals(0, o.maxRetries());
    assertTrue(o.headers().isEmpty());
  }

  @Test
  void options_whenNull_throwsNamingIt() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new TestBuilder().options(null));

    assertEquals("options == null", e.getMessage());
  }

  @Test
  void fromEnv_whenKeyBaseUrlAndVendorVariableSet_readsThemTrimmed() {
    TestBuilder b =
        new TestBuilder()
            .fromEnv(
                Map.of(
                    "STUUT_API_KEY", " k-3 ",
                    "STUUT_BASE_URL", " http://127.0.0.1:4010 ",
                    "STUUT_TEAM", " red "));

    ClientOptions o = b.options();
    assertEquals("k-3", o.apiKey().orElseThrow().reveal());
    assertEquals("http://127.0.0.1:4010/", o.baseUrl().orElseThrow().toString());
    assertEquals("red", b.team);
  }

  @Test
  void fromEnv_whenOptionalVariablesBlank_leavesDefaults() {
    Map<String, String> env = new HashMap<>();
    env.put("STUUT_API_KEY", "k");
    env.put("STUUT_BASE_URL", "  ");

    TestBuilder b = new TestBuilder().fromEnv(env);

    assertFalse(b.options().baseUrl().isPresent());
    assertNull(b.team);
  }

  @Test
  void fromEnv_whenKeyMissingOrBlank_throwsNamingTheVariableWithTheVendorHint() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> new TestBuilder().fromEnv(Map.of()));
    IllegalStateException blank =
        assertThrows(
            IllegalStateException.class,
            () -> new TestBuilder().fromEnv(Map.of("STUUT_API_KEY", " ", "STUUT_TEAM", "x")));

    assertEquals("STUUT_API_KEY is not set: export it, please", missing.getMessage());
    assertEquals(missing.getMessage(), blank.getMessage());
  }

  @Test
  void fromEnv_whenVendorVariableRejected_setsNothing() {
    TestBuilder b = new TestBuilder();

    assertThrows(
        IllegalArgumentException.class,
        () -> b.fromEnv(Map.of("STUUT_API_KEY", "k", "STUUT_TEAM", "bad team")));
    assertFalse(b.options().apiKey().isPresent());
  }

  @Test
  void fromEnv_whenEnvNull_throwsNamingIt() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new TestBuilder().fromEnv(null));

    assertEquals("env == null", e.getMessage());
  }

  /** A vendor builder as the vendor modules write one. */
  static final class TestBuilder extends ClientBuilder<TestBuilder> {
    String team;

    TestBuilder() {
      super(Vendor.STUUT, "export it, please");
    }

    @Override
    protected TestBuilder self() {
      return this;
    }

    TestBuilder team(String team) {
      if (team.contains(" ")) {
        throw new IllegalArgumentException("team contains a space");
      }
      this.team = team;
      return this;
    }

    @Override
    protected void readVendorEnv(Map<String, String> env) {
      String t = envValue(env, "STUUT_TEAM");
      if (t != null) {
        team(t);
      }
    }

    ClientOptions options() {
      return clientOptions();
    }
  }
}
