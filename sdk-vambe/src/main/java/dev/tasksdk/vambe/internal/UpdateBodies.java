package dev.tasksdk.vambe.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Serialises a request body keeping explicit nulls: Gson (and the generated models) drop {@code
 * null} members, while Vambe reads {@code "dueDate": null} as "remove the due date".
 */
public final class UpdateBodies {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Gson NULL_KEEPING = new GsonBuilder().serializeNulls().create();

  private UpdateBodies() {}

  /** The JSON text of {@code body}, with its {@code JsonNull} members written as {@code null}. */
  public static String toJson(JsonObject body) {
    return NULL_KEEPING.toJson(body);
  }

  /** A request body of {@code body}, with its {@code JsonNull} members written as {@code null}. */
  public static RequestBody requestBody(JsonObject body) {
    return RequestBody.create(toJson(body), JSON);
  }
}
