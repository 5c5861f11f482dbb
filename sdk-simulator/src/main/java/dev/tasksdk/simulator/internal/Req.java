package dev.tasksdk.simulator.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the behaviours see it: decoded query parameters (repeated ones in order), headers in
 * lower case, the body as text.
 */
public record Req(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body) {

  /** The first value of query parameter {@code name}. */
  public Optional<String> param(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Every value of query parameter {@code name}. */
  public List<String> params(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** The first value of header {@code name}. */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The body as a JSON object; an empty object when there is no body or it is not an object. */
  public JsonObject json() {
    if (body.isBlank()) {
      return new JsonObject();
    }
    try {
      JsonElement e = JsonParser.parseString(body);
      return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    } catch (JsonParseException e) {
      return new JsonObject();
    }
  }

  /** The path split on {@code /}, without the leading empty segment. */
  public String[] segments() {
    return path.substring(1).split("/", -1);
  }
}
