package dev.tasksdk.cli.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.agenttasks.WebhookEvent;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import okhttp3.ConnectionSpec;
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

    /**
     * Writes a vendor model as the vendor's own JSON does (timestamps ISO-8601 with offset, nulls
     * left out), without reaching into the vendor module's generated invoker.
     */
    static final Gson MODEL_GSON =
        new GsonBuilder()
            .registerTypeAdapter(
                OffsetDateTime.class,
                (JsonSerializer<OffsetDateTime>)
                    (value, type, context) ->
                        new JsonPrimitive(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value)))
            .create();
  }

  /** One connection pool and dispatcher for every vendor client of this process. */
  private static final class Http {
    static final OkHttpClient CLIENT = new OkHttpClient();
  }

  /**
   * The client for plain-http base URLs (the sandbox, a local mock): cleartext only, so that the
   * process never loads the TLS stack and the trust store (about a tenth of a sandbox command's
   * start-up); such a base URL is loopback, or allowed explicitly, and never redirects off its
   * origin.
   */
  private static final class Cleartext {
    static final OkHttpClient CLIENT =
        new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
  }

  @Override
  public Capabilities capabilities(Vendor vendor) {
    return TaskClients.capabilities(vendor);
  }

  /**
   * The facade's client from {@code env}, on the process's one {@link OkHttpClient} (which closing
   * the client leaves running); the facade picks the vendor client.
   */
  @Override
  public TaskClient create(Vendor vendor, Map<String, String> env, Duration timeout) {
    String baseUrl = env.get(vendor.envPrefix() + "_BASE_URL");
    boolean plainHttp = baseUrl != null && baseUrl.regionMatches(true, 0, "http://", 0, 7);
    ClientOptions.Builder options =
        ClientOptions.builder().okHttpClient(plainHttp ? Cleartext.CLIENT : Http.CLIENT);
    if (timeout != null) {
      options.callTimeout(timeout);
    }
    return TaskClients.fromEnv(vendor, env, options.build());
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
            .map(t -> Pretty.MODEL_GSON.toJsonTree(t))
            .orElse(com.google.gson.JsonNull.INSTANCE));
    return Pretty.GSON.toJson(o);
  }
}
