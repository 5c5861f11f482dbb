package dev.tasksdk.agenttasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks that a JSON payload decodes into generated models without losing anything.
 *
 * <p>Two checks: every member of the payload (also one that is {@code null}) is a declared
 * {@code @SerializedName} field of the model it lands in, recursively; and re-serialising the
 * decoded model gives back every non-null member with the same value (numbers compared by value).
 * Members the model adds on its own (schema defaults) are allowed.
 */
final class JsonModelAssertions {

  private JsonModelAssertions() {}

  /** Reads {@code payloads/<name>} from the test classpath. */
  static String payload(String name) {
    String resource = "/payloads/" + name;
    try (InputStream in = JsonModelAssertions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lists the file names under {@code payloads/<folder>} that start with {@code prefix}. */
  static List<String> payloadNames(String folder, String prefix) {
    URL url = JsonModelAssertions.class.getResource("/payloads/" + folder);
    assertNotNull(url, "missing test resource folder payloads/" + folder);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
              .sorted()
              .toList();
      assertTrue(!names.isEmpty(), "no payloads/" + folder + "/" + prefix + "*.json");
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Decodes {@code json} as {@code type} and asserts that nothing was dropped. */
  static <T> T assertDecodesCompletely(Gson gson, String json, Type type) {
    JsonElement expected = JsonParser.parseString(json);
    T decoded = gson.fromJson(json, type);
    assertNotNull(decoded, "decoded to null");
    assertDeclared(expected, type, "$");
    assertContained(expected, gson.toJsonTree(decoded, type), "$");
    return decoded;
  }

  private static void assertDeclared(JsonElement json, Type type, String path) {
    if (json.isJsonNull()) {
      return;
    }
    Class<?> raw = rawType(type);
    if (json.isJsonArray() && List.class.isAssignableFrom(raw)) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      JsonArray array = json.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        assertDeclared(array.get(i), element, path + "[" + i + "]");
      }
    } else if (json.isJsonObject() && isGeneratedModel(raw)) {
      for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
        Field field = fieldFor(raw, member.getKey());
        if (field == null) {
          fail(
              path
                  + "."
                  + member.getKey()
                  + " is not a declared field of "
                  + raw.getSimpleName()
                  + ": it would be dropped");
        }
        assertDeclared(member.getValue(), field.getGenericType(), path + "." + member.getKey());
      }
    }
  }

  private static void assertContained(JsonElement expected, JsonElement actual, String path) {
    if (expected.isJsonNull()) {
      return;
    }
    assertNotNull(actual, path + " was dropped");
    if (expected.isJsonObject()) {
      assertTrue(actual.isJsonObject(), path + " is no longer an object: " + actual);
      JsonObject actualObject = actual.getAsJsonObject();
      for (Map.Entry<String, JsonElement> member : expected.getAsJsonObject().entrySet()) {
        assertContained(
            member.getValue(), actualObject.get(member.getKey()), path + "." + member.getKey());
      }
    } else if (expected.isJsonArray()) {
      assertTrue(actual.isJsonArray(), path + " is no longer an array: " + actual);
      JsonArray e = expected.getAsJsonArray();
      JsonArray a = actual.getAsJsonArray();
      assertEquals(e.size(), a.size(), path + " size");
      for (int i = 0; i < e.size(); i++) {
        assertContained(e.get(i), a.get(i), path + "[" + i + "]");
      }
    } else {
      assertEquals(normalise(expected), normalise(actual), path);
    }
  }

  private static JsonElement normalise(JsonElement e) {
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
      return new JsonPrimitive(new BigDecimal(e.getAsString()).stripTrailingZeros());
    }
    return e;
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static boolean isGeneratedModel(Class<?> c) {
    return c.getPackageName().endsWith(".generated.model");
  }

  private static Field fieldFor(Class<?> model, String jsonName) {
    for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        SerializedName name = f.getAnnotation(SerializedName.class);
        if (name != null
            && (name.value().equals(jsonName) || List.of(name.alternate()).contains(jsonName))) {
          return f;
        }
      }
    }
    return null;
  }
}
