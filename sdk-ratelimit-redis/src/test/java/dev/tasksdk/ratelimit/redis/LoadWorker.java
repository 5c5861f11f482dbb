package dev.tasksdk.ratelimit.redis;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.ratelimit.LocalRateLimitStore;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.core.ratelimit.RateLimitStore;
import dev.tasksdk.core.ratelimit.RateLimiting;
import dev.tasksdk.core.spi.ClientRuntime;
import dev.tasksdk.core.spi.VendorProfile;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One process of {@link CrossProcessRateLimitTest}: builds its client, prints {@code READY}, reads
 * the start (epoch ms) from stdin, then {@code threads} threads call {@code baseUrl} through the
 * client for {@code runMs}; prints {@code SENT <n> STATUS429 <m> ERRORS <k>}.
 *
 * <p>Arguments: baseUrl redisUrl|local limit threads runMs
 */
public final class LoadWorker {
  private LoadWorker() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    RateLimitStore store =
        args[1].equals("local")
            ? LocalRateLimitStore.shared()
            : RedisRateLimitStore.create(args[1]);
    RateLimit limit = RateLimit.parse(args[2]);
    int threads = Integer.parseInt(args[3]);
    long runMs = Long.parseLong(args[4]);
    VendorProfile profile =
        VendorProfile.builder().vendor(Vendor.STUUT).defaultBaseUrl(baseUrl).bearerAuth().build();
    ClientRuntime runtime =
        ClientRuntime.create(
            profile,
            ClientOptions.builder()
                .apiKey("sk_live_cross_process_shared_key")
                .baseUrl(baseUrl)
                .maxRetries(0)
                .rateLimiting(
                    RateLimiting.builder()
                        .limit(limit)
                        .store(store)
                        .maxWait(Duration.ofSeconds(30))
                        .build())
                .build());
    OkHttpClient http = runtime.httpClient();
    AtomicLong sent = new AtomicLong();
    AtomicLong limited = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    System.out.println("READY");
    System.out.flush();
    String line =
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, "UTF-8")).readLine();
    long start = Long.parseLong(line.trim());
    long end = start + runMs;
    Thread.sleep(Math.max(0, start - System.currentTimeMillis()));
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] =
          new Thread(
              () -> {
                while (System.currentTimeMillis() < end) {
                  try (Response r =
                      http.newCall(new Request.Builder().url(baseUrl + "v1/tasks").build())
                          .execute()) {
                    if (System.currentTimeMillis() >= end) {
                      break;
                    }
                    sent.incrementAndGet();
                    if (r.code() == 429) {
                      limited.incrementAndGet();
                    }
                  } catch (Exception e) {
                    // a refused wait: not a request sent
                    errors.incrementAndGet();
                    if (errors.get() <= 3) {
                      System.out.println("ERROR " + e);
                    }
                  }
                }
              });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    System.out.println(
        "SENT " + sent.get() + " STATUS429 " + limited.get() + " ERRORS " + errors.get());
    System.out.flush();
    System.exit(0);
  }
}
