package dev.tasksdk.reliability;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/** What every test of the suite shares: the sentinel key, loopback-only clients, spec examples. */
final class Support {
  /** The API key every client uses; it must never show up anywhere a user can read. */
  static final String SENTINEL = "sk-SENTINEL-rel-7f3a9c";

  static final String AMIGO_WORKSPACE = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  static final String AMIGO_CALL = "CA1234567890abcdef1234567890abcdef";
  static final String AMPLEMARKET_USER = "0198f652-bc9b-79c2-8b91-60e1bd43e45d";
  static final String AGENTTASKS_TEAM = "team_1";

  private Support() {}

  /**
   * A resolver that answers only for loopback names, so that no lookup (and no traffic) ever leaves
   * the machine; any other name fails as an unknown host does.
   */
  static final Dns LOOPBACK_ONLY_DNS =
      hostname -> {
        String h = hostname.toLowerCase(java.util.Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.")) {
          return Dns.SYSTEM.lookup(hostname);
        }
        if (h.equals("::1") || h.equals("[::1]")) {
          return List.of(InetAddress.getByName("::1"));
        }
        throw new UnknownHostException(hostname + ": Name or service not known");
      };

  /** A shared client as a user would create it, with the loopback-only resolver. */
  static OkHttpClient sharedHttpClient() {
    return new OkHttpClient.Builder().dns(LOOPBACK_ONLY_DNS).build();
  }

  /**
   * Options with the sentinel key, fast backoff (1-10 ms) and {@code maxRetries} retries; the run's
   * Retry-After values are 0 s.
   */
  static ClientOptions.Builder options(String baseUrl, OkHttpClient shared, int maxRetries) {
    return ClientOptions.builder()
        .baseUrl(baseUrl)
        .apiKey(SENTINEL)
        .okHttpClient(shared)
        .maxRetries(maxRetries)
        .initialBackoff(Duration.ofMillis(1))
        .maxBackoff(Duration.ofMillis(10))
        .retryBudget(Duration.ofSeconds(10))
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(10));
  }

  /** {@link #options(String, OkHttpClient, int)} for the root of {@code server}. */
  static ClientOptions.Builder options(
      mockwebserver3.MockWebServer server, OkHttpClient shared, int maxRetries) {
    return options(server.url("/").toString(), shared, maxRetries);
  }

  static AgentTasksClient agentTasks(ClientOptions o) {
    return AgentTasksClient.builder().options(unlimited(o)).teamId(AGENTTASKS_TEAM).build();
  }

  static AmigoClient amigo(ClientOptions o) {
    return AmigoClient.builder().options(unlimited(o)).workspaceId(AMIGO_WORKSPACE).build();
  }

  static AmplemarketClient amplemarket(ClientOptions o) {
    return AmplemarketClient.builder().options(unlimited(o)).userId(AMPLEMARKET_USER).build();
  }

  /**
   * The options without the client-side rate limiter: the suite measures transport and faults at
   * thousands of requests a minute; the limiter has its own tests (sdk-core RateLimitTest).
   */
  private static ClientOptions unlimited(ClientOptions o) {
    return o.toBuilder().rateLimit(RateLimit.off()).build();
  }

  static StuutClient stuut(ClientOptions o) {
    return StuutClient.builder().options(o).build();
  }

  static VambeClient vambe(ClientOptions o) {
    return VambeClient.builder().options(o).build();
  }

  /** A MockWebServer whose connections use TCP_NODELAY (see {@link ResettingServerSockets}). */
  static mockwebserver3.MockWebServer server() {
    mockwebserver3.MockWebServer s = new mockwebserver3.MockWebServer();
    s.setServerSocketFactory(new ResettingServerSockets(false));
    return s;
  }

  /** Starts each of {@code servers}. */
  static void start(mockwebserver3.MockWebServer... servers) throws IOException {
    for (mockwebserver3.MockWebServer s : servers) {
      s.start();
    }
  }

  /** Captures every record of the SDK's HTTP logger (debug and trace included). */
  static LogCapture httpLog() {
    return LogCapture.of("dev.tasksdk.http", java.util.logging.Level.ALL);
  }

  /** The repository root (set by the build; the working directory's parent otherwise). */
  static Path root() {
    String r = System.getProperty("tasksdk.root");
    return r != null ? Path.of(r) : Path.of("").toAbsolutePath().getParent();
  }

  /** The spec examples a vendor module's tests keep, named like {@code ok-getTask-200.json}. */
  static Path examples(Vendor vendor) {
    return root()
        .resolve("sdk-" + vendor.id())
        .resolve("src/test/resources/payloads/spec-examples");
  }

  static String example(Vendor vendor, String file) {
    try {
      return Files.readString(examples(vendor).resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything a user could read of an exception: messages, toString and the stack trace. */
  static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    StringBuilder sb = new StringBuilder(w.toString());
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append('\n').append(c).append('\n').append(c.getLocalizedMessage());
    }
    return sb.toString();
  }

  /** A 200 JSON answer that sends {@code body} one byte a second. */
  static mockwebserver3.MockResponse trickling(String body) {
    return new mockwebserver3.MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .throttleBody(1, 1, java.util.concurrent.TimeUnit.SECONDS)
        .build();
  }

  /** A JSON answer with {@code code}, {@code body} and extra headers given as name, value pairs. */
  static mockwebserver3.MockResponse json(int code, String body, String... headers) {
    mockwebserver3.MockResponse.Builder b =
        new mockwebserver3.MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    return b.body(body).build();
  }
}
