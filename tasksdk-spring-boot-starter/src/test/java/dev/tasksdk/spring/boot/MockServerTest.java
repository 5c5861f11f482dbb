package dev.tasksdk.spring.boot;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The starter tests' vendor stand-in: a MockWebServer started before and closed after each test.
 */
public abstract class MockServerTest {
  protected MockWebServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void closeServer() {
    server.close();
  }

  /** The server's base URL, as a {@code tasksdk.<vendor>.base-url} value. */
  protected String base() {
    return server.url("/").toString();
  }
}
