package dev.tasksdk.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class LoopbackDockerStrategyTest {

  @Test
  void preferOver_whenUnixSocketStrategyRemembered_replacesItInMemory() {
    // Testcontainers remembers the first strategy that worked; the plain unix-socket one looks up
    // the "bridge" network, which a dockerd started with --bridge=none does not have.
    Properties user = new Properties();
    user.setProperty(
        LoopbackDockerStrategy.STRATEGY_KEY, LoopbackDockerStrategy.UNIX_SOCKET_STRATEGY);

    LoopbackDockerStrategy.preferOver(user);

    assertEquals(
        LoopbackDockerStrategy.class.getName(),
        user.getProperty(LoopbackDockerStrategy.STRATEGY_KEY));
  }

  @Test
  void preferOver_whenNothingRemembered_choosesLoopback() {
    Properties user = new Properties();

    LoopbackDockerStrategy.preferOver(user);

    assertEquals(
        LoopbackDockerStrategy.class.getName(),
        user.getProperty(LoopbackDockerStrategy.STRATEGY_KEY));
  }

  @Test
  void preferOver_whenUserChoseAnotherStrategy_leavesItAlone() {
    Properties user = new Properties();
    user.setProperty(LoopbackDockerStrategy.STRATEGY_KEY, "com.example.RemoteDockerStrategy");

    LoopbackDockerStrategy.preferOver(user);

    assertEquals(
        "com.example.RemoteDockerStrategy", user.getProperty(LoopbackDockerStrategy.STRATEGY_KEY));
  }
}
