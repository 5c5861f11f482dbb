package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The leak figures are only worth something if the detector sees a real leak: it does. */
class LeakDetectorTest {
  @Test
  void awaitWarnings_whenAResponseIsNeverClosed_countsOneLeak() throws Exception {
    try (MockWebServer server = Support.server();
        LogCapture log = LogCapture.of("okhttp3.OkHttpClient", Level.ALL)) {
      server.setDispatcher(
          new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest r) {
              return new MockResponse.Builder().body("0123456789").build();
            }
          });
      server.start();
      OkHttpClient client = Support.sharedHttpClient();
      leak(client, server.url("/leak").toString());
      assertEquals(1, client.connectionPool().connectionCount());
      assertEquals(0, client.connectionPool().idleConnectionCount());

      int warnings = Leaks.awaitWarnings(client, server.url("/ping").toString(), log);

      assertEquals(1, warnings, log.lines().toString());
      assertTrue(
          log.lines().get(0).contains("A connection to " + server.url("/")), log.lines().get(0));
    }
  }

  private static void leak(OkHttpClient client, String url) throws Exception {
    client.newCall(new Request.Builder().url(url).build()).execute(); // never closed, on purpose
  }
}
