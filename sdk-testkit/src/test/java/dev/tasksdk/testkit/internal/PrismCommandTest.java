package dev.tasksdk.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tasksdk.testkit.PrismOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrismCommandTest {
  @Test
  void args_whenMock_bindsLoopback() {
    assertEquals(
        List.of("mock", "-h", "127.0.0.1", "-p", "4010", "/tmp/spec.yaml"),
        PrismCommand.args(PrismOptions.defaults(), 4010, "/tmp/spec.yaml"));
  }

  @Test
  void args_whenMockWithErrors_addsErrorsFlag() {
    assertEquals(
        List.of("mock", "--errors", "-h", "127.0.0.1", "-p", "1", "s.yaml"),
        PrismCommand.args(PrismOptions.builder().errors(true).build(), 1, "s.yaml"));
  }

  @Test
  void args_whenProxy_endsWithSpecAndUpstream() {
    assertEquals(
        List.of(
            "proxy", "--errors", "-h", "127.0.0.1", "-p", "2", "s.yaml", "https://api.vambe.me"),
        PrismCommand.args(PrismOptions.proxy("https://api.vambe.me"), 2, "s.yaml"));
  }

  @Test
  void plain_whenAnsiColours_stripsThem() {
    assertEquals("Prism is listening", PrismCommand.plain("\u001B[32mPrism is listening\u001B[0m"));
  }

  @Test
  void majorOf_whenNodeVersion_parsesMajor() {
    assertEquals(20, LocalPrism.majorOf("v20.20.2"));
    assertEquals(-1, LocalPrism.majorOf("garbage"));
  }
}
