package dev.tasksdk.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.PrismServer.Backend;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendSelectorTest {
  private static final String NO_DOCKER = "no Docker daemon answers";
  private static final String NO_NODE = "node 'node' cannot run";

  private static BackendSelector.Probe probe(String docker, String node) {
    return new BackendSelector.Probe() {
      @Override
      public String docker() {
        return docker;
      }

      @Override
      public String node() {
        return node;
      }
    };
  }

  private static Backend select(
      Map<String, String> env, Map<String, String> props, BackendSelector.Probe p) {
    return BackendSelector.select(Vendor.VAMBE, Settings.of(env, props), p);
  }

  @Test
  void select_whenPrismUrlSet_usesUrlEvenWithDocker() {
    assertEquals(
        Backend.URL,
        select(Map.of("PRISM_URL", "http://127.0.0.1:4010"), Map.of(), probe(null, null)));
  }

  @Test
  void select_whenPerVendorUrlNamesOtherVendor_fallsThroughToDocker() {
    assertEquals(
        Backend.TESTCONTAINERS,
        select(Map.of("PRISM_URL", "amigo=http://127.0.0.1:4010"), Map.of(), probe(null, null)));
  }

  @Test
  void select_whenDockerAnswers_usesTestcontainers() {
    assertEquals(Backend.TESTCONTAINERS, select(Map.of(), Map.of(), probe(null, null)));
  }

  @Test
  void select_whenNoDockerButNode_usesLocalProcess() {
    assertEquals(Backend.LOCAL_PROCESS, select(Map.of(), Map.of(), probe(NO_DOCKER, null)));
  }

  @Test
  void select_whenForcedLocal_skipsDocker() {
    assertEquals(
        Backend.LOCAL_PROCESS,
        select(Map.of(), Map.of("tasksdk.prism.backend", "local"), probe(null, null)));
  }

  @Test
  void select_whenForcedByEnv_propertyWins() {
    assertEquals(
        Backend.TESTCONTAINERS,
        select(
            Map.of("TASKSDK_PRISM_BACKEND", "local"),
            Map.of("tasksdk.prism.backend", "testcontainers"),
            probe(null, null)));
  }

  @Test
  void select_whenNothingAvailable_throwsWithAdviceAndReasons() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> select(Map.of(), Map.of(), probe(NO_DOCKER, NO_NODE)));
    String m = e.getMessage();
    assertTrue(m.contains(BackendSelector.INSTALL_ADVICE), m);
    assertTrue(m.contains(NO_DOCKER) && m.contains(NO_NODE) && m.contains("PRISM_URL"), m);
  }

  @Test
  void select_whenForcedTestcontainersWithoutDocker_failsInsteadOfFallingBack() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                select(
                    Map.of(),
                    Map.of("tasksdk.prism.backend", "testcontainers"),
                    probe(NO_DOCKER, null)));
    assertTrue(e.getMessage().contains("testcontainers (forced): " + NO_DOCKER), e.getMessage());
  }

  @Test
  void select_whenForcedUrlWithoutUrl_fails() {
    assertThrows(
        IllegalStateException.class,
        () -> select(Map.of(), Map.of("tasksdk.prism.backend", "url"), probe(null, null)));
  }

  @Test
  void settings_whenImageUnset_defaultsToStoplightImage_elsePropertyOverEnv() {
    assertEquals("stoplight/prism:5.16.0", Settings.of(Map.of(), Map.of()).image());
    assertEquals("a:1", Settings.of(Map.of("PRISM_IMAGE", "a:1"), Map.of()).image());
    assertEquals(
        "b:2",
        Settings.of(Map.of("PRISM_IMAGE", "a:1"), Map.of("tasksdk.prism.image", "b:2")).image());
  }
}
