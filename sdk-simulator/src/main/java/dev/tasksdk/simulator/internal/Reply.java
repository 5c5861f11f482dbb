package dev.tasksdk.simulator.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer: status, JSON body (null for none) and extra headers. */
public record Reply(int status, JsonElement body, Map<String, String> headers) {
  private static final Gson GSON = new GsonBuilder().serializeNulls().create();

  /** An answer with {@code body} and no extra header. */
  public static Reply of(int status, JsonElement body) {
    return new Reply(status, body, new LinkedHashMap<>());
  }

  /** A 200 with {@code body}. */
  public static Reply ok(JsonElement body) {
    return of(200, body);
  }

  /** An answer without body. */
  public static Reply empty(int status) {
    return of(status, null);
  }

  /** This answer with header {@code name} set. */
  public Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The body as JSON text, nulls kept; empty when there is no body. */
  public String bodyText() {
    return body == null ? "" : GSON.toJson(body);
  }
}
