package dev.tasksdk.core.spi;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The one way a vendor client writes a JSON request body: members that are {@code JsonNull} are
 * written as {@code null}, because some vendors read an explicit null as "remove the value"
 * (Vambe's {@code "dueDate": null}, AgentTasks' {@code "assignedAgentId": null}), while Gson would
 * drop them. Members the caller did not set are simply absent from the object.
 */
public final class JsonBodies {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Gson NULL_KEEPING = new GsonBuilder().serializeNulls().create();

  private JsonBodies() {}

  /** The JSON text of {@code body}, with its {@code JsonNull} members written as {@code null}. */
  public static String toJson(JsonObject body) {
    return NULL_KEEPING.toJson(Require.nonNull(body, "body"));
  }

  /** A request body of {@code body}, with its {@code JsonNull} members written as {@code null}. */
  public static RequestBody requestBody(JsonObject body) {
    // bytes, so that OkHttp does not append "; charset=utf-8" to the content type
    return RequestBody.create(toJson(body).getBytes(StandardCharsets.UTF_8), JSON);
  }
}
