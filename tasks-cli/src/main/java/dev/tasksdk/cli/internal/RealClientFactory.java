package dev.tasksdk.cli.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.agenttasks.WebhookEvent;
import dev.tasksdk.agenttasks.generated.invoker.JSON;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.core.ratelimit.RateLimiting;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/** The vendor clients of the SDK behind the facade. */
public final class RealClientFactory implements ClientFactory {
  // Created on first use (holder classes), not when the class loads: `tasks vendors` and usage
  // errors
  // then never load OkHttp, TLS and the crypto providers, which is most of the CLI's start-up time
  // (docs/BENCHMARKS.md, measurement 5).
  private static final class Pretty {
    static final Gson GSON =
        new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();
  }

  /** One connection pool and dispatcher for every vendor client of this process. */
  private static final class Http {
    static final OkHttpClient CLIENT = new OkHttpClient();
  }

  @Override
  public Capabilities capabilities(Vendor vendor) {
    return TaskClients.capabilities(vendor);
  }

  @Override
  public TaskClient create(Vendor vendor, Map<String, String> env, Duration timeout) {
    String key = require(env, vendor.envPrefix() + "_API_KEY");
    String baseUrl = optional(env, vendor.envPrefix() + "_BASE_URL");
    switch (vendor) {
      case AMPLEMARKET -> {
        AmplemarketClient.Builder b =
            AmplemarketClient.builder().apiKey(key).httpClient(Http.CLIENT);
        if (baseUrl != null) b.baseUrl(baseUrl);
        String user = optional(env, "AMPLEMARKET_USER_ID");
        if (user != null) b.userId(user);
        if (timeout != null) b.callTimeout(timeout);
        rateLimit(vendor, env).ifPresent(b::rateLimit);
        return TaskClients.of(b.build());
      }
      case AMIGO -> {
        AmigoClient.Builder b = AmigoClient.builder().apiKey(key).httpClient(Http.CLIENT);
        if (baseUrl != null) b.baseUrl(baseUrl);
        String ws = optional(env, "AMIGO_WORKSPACE_ID");
        if (ws != null) b.workspaceId(ws);
        if (timeout != null) b.callTimeout(timeout);
        rateLimit(vendor, env).ifPresent(b::rateLimit);
        return TaskClients.of(b.build());
      }
      case AGENTTASKS -> {
        AgentTasksClient.Builder b = AgentTasksClient.builder().apiKey(key).httpClient(Http.CLIENT);
        if (baseUrl != null) b.baseUrl(baseUrl);
        String team = optional(env, "AGENTTASKS_TEAM_ID");
        if (team != null) b.teamId(team);
        if (timeout != null) b.callTimeout(timeout);
        rateLimit(vendor, env).ifPresent(b::rateLimit);
        return TaskClients.of(b.build());
      }
      case STUUT -> {
        StuutClient.Builder b = StuutClient.builder().apiKey(key).httpClient(Http.CLIENT);
        if (baseUrl != null) b.baseUrl(baseUrl);
        if (timeout != null) b.callTimeout(timeout);
        rateLimit(vendor, env).ifPresent(b::rateLimit);
        return TaskClients.of(b.build());
      }
      case VAMBE -> {
        VambeClient.Builder b = VambeClient.builder().apiKey(key).httpClient(Http.CLIENT);
        if (baseUrl != null) b.baseUrl(baseUrl);
        if (timeout != null) b.callTimeout(timeout);
        rateLimit(vendor, env).ifPresent(b::rateLimit);
        return TaskClients.of(b.build());
      }
      default -> throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }

  /** {@code <VENDOR>_RATE_LIMIT} when set; a bad value is a usage error naming the variable. */
  private static Optional<RateLimit> rateLimit(Vendor vendor, Map<String, String> env) {
    try {
      return RateLimiting.fromEnv(vendor, env);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static String require(Map<String, String> env, String name) {
    String v = optional(env, name);
    if (v == null) {
      throw new UsageException(name + " is not set");
    }
    return v;
  }

  private static String optional(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  @Override
  public String verifyAgentTasksWebhook(byte[] body, String signature, String secret) {
    WebhookEvent e = AgentTasksWebhooks.parse(body, signature, secret);
    JsonObject o = new JsonObject();
    o.addProperty("event", e.event());
    o.addProperty("timestamp", e.timestamp().orElse(null));
    o.addProperty("teamId", e.teamId().orElse(null));
    o.add(
        "agent",
        e.agent()
            .map(
                a -> {
                  JsonObject ao = new JsonObject();
                  ao.addProperty("id", a.id().orElse(null));
                  ao.addProperty("name", a.name().orElse(null));
                  return (com.google.gson.JsonElement) ao;
                })
            .orElse(com.google.gson.JsonNull.INSTANCE));
    o.add(
        "task",
        e.task()
            .map(t -> new JSON().getGson().toJsonTree(t))
            .orElse(com.google.gson.JsonNull.INSTANCE));
    return Pretty.GSON.toJson(o);
  }
}
