package dev.tasksdk.core.spi;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Lenient readers for {@link ErrorParser} implementations: an error body may be anything (an HTML
 * page from a proxy, truncated JSON, an unexpected shape), so none of these methods throws.
 */
public final class ErrorBodies {
  private ErrorBodies() {}

  /**
   * The body's top-level JSON object; null when the body is null, blank, not JSON or not an object.
   */
  public static JsonObject jsonObject(String rawBody) {
    if (rawBody == null || rawBody.isBlank()) {
      return null;
    }
    try {
      JsonElement root = JsonParser.parseString(rawBody);
      return root.isJsonObject() ? root.getAsJsonObject() : null;
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /**
   * Decodes {@code json} as {@code type} with the vendor's Gson; null when a member does not fit
   * the model (e.g. a list where the model declares a string).
   */
  public static <T> T decodeOrNull(Gson gson, JsonElement json, Class<T> type) {
    try {
      return gson.fromJson(json, type);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The text of a JSON string, number or boolean; null for anything else and for blank text. */
  public static String primitiveText(JsonElement e) {
    return e != null && e.isJsonPrimitive() && !e.getAsString().isBlank() ? e.getAsString() : null;
  }
}
