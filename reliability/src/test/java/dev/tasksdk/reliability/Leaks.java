package dev.tasksdk.reliability;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Makes OkHttp report leaked connections now: after a garbage collection, a connection that was
 * allocated to a call whose response nobody closed is found by the pool's cleanup, which logs "A
 * connection to ... was leaked" on the "okhttp3.OkHttpClient" logger. A finished request on the
 * pool schedules that cleanup right away.
 */
final class Leaks {
  private Leaks() {}

  static int awaitWarnings(OkHttpClient client, String pingUrl, LogCapture okhttpLog)
      throws InterruptedException {
    OkHttpClient plain = client.newBuilder().build();
    for (int round = 0; round < 3; round++) {
      System.gc();
      Thread.sleep(100);
      try (Response r = plain.newCall(new Request.Builder().url(pingUrl).build()).execute()) {
        r.body().string();
      } catch (IOException e) {
        // the ping only triggers the pool's cleanup
      }
      Thread.sleep(200);
    }
    return (int) okhttpLog.count("was leaked");
  }
}
