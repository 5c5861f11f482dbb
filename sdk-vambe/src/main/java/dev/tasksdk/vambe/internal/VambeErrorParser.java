package dev.tasksdk.vambe.internal;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tasksdk.core.spi.ErrorParser;
import dev.tasksdk.core.spi.ParsedError;
import dev.tasksdk.vambe.model.ErrorResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Vambe's error bodies, assumed to be NestJS's {@code {"statusCode": 404, "message": "Task
 * not found", "error": "Not Found"}} where {@code message} is a string or, for validation errors,
 * an array of strings (specs/vambe.yaml, ErrorResponse).
 *
 * <p>The error code is {@code error} (NestJS's reason phrase, e.g. {@code "Bad Request"}), the
 * detail is {@code message} (array items joined with {@code "; "}). Anything that is not a JSON
 * object with at least one of these fields yields null; nothing ever throws.
 */
public final class VambeErrorParser implements ErrorParser {
  /** The parser; stateless. */
  public static final VambeErrorParser INSTANCE = new VambeErrorParser();

  private VambeErrorParser() {}

  @Override
  public ParsedError parse(int status, String rawBody, Gson gson) {
    if (rawBody == null || !rawBody.trim().startsWith("{")) {
      return null;
    }
    try {
      JsonElement root = JsonParser.parseString(rawBody);
      if (!root.isJsonObject()) {
        return null;
      }
      JsonObject o = root.getAsJsonObject();
      String code = text(o.get("error"));
      String detail = message(o.get("message"));
      if (code == null && detail == null && !o.has("statusCode")) {
        return null;
      }
      return ParsedError.of(model(o, gson), code, detail);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /** The generated model, or null when a field has an unexpected type (e.g. {@code error: []}). */
  private static ErrorResponse model(JsonObject o, Gson gson) {
    try {
      return gson.fromJson(o, ErrorResponse.class);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** {@code message}: a string, an array of strings (joined), or anything else as JSON text. */
  static String message(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      List<String> parts = new ArrayList<>(a.size());
      for (JsonElement item : a) {
        String t = text(item);
        if (t != null) {
          parts.add(t);
        }
      }
      return parts.isEmpty() ? null : String.join("; ", parts);
    }
    return text(e);
  }

  private static String text(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    String t = e.isJsonPrimitive() ? e.getAsString() : e.toString();
    return t.isBlank() ? null : t;
  }
}
