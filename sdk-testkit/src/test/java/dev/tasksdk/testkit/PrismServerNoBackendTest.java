package dev.tasksdk.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.Vendor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real start path, with the local backend forced and a node that does not exist. */
class PrismServerNoBackendTest {
  private final String oldBackend = System.getProperty("tasksdk.prism.backend");
  private final String oldNode = System.getProperty("tasksdk.prism.node");

  @AfterEach
  void restore() {
    restore("tasksdk.prism.backend", oldBackend);
    restore("tasksdk.prism.node", oldNode);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void start_whenForcedLocalAndNodeMissing_failsSayingWhatToInstall() {
    System.setProperty("tasksdk.prism.backend", "local");
    System.setProperty("tasksdk.prism.node", "/nonexistent/bin/node");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> PrismServer.start(Vendor.VAMBE));
    String m = e.getMessage();
    assertTrue(
        m.contains(dev.tasksdk.testkit.internal.BackendSelector.INSTALL_ADVICE)
            && m.contains("org.testcontainers:testcontainers")
            && !m.contains("scripts/"),
        m);
    assertTrue(m.contains("/nonexistent/bin/node"), m);
    assertTrue(m.contains("vambe"), m);
  }

  @Test
  void start_whenForcedBackendUnknown_throwsNamingProperty() {
    System.setProperty("tasksdk.prism.backend", "kubernetes");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PrismServer.start(Vendor.AMIGO));
    assertTrue(e.getMessage().contains("tasksdk.prism.backend"), e.getMessage());
  }
}
