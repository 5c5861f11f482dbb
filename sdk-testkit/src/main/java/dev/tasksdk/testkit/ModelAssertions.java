package dev.tasksdk.testkit;

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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * JUnit assertions that a JSON payload decodes into Gson models (such as the ones openapi-generator
 * writes) without losing anything, plus readers for payload files on the test classpath.
 *
 * <pre>{@code
 * Gson gson = new JSON().getGson(); // the generated Gson of the vendor module
 * Task task = ModelAssertions.assertDecodesCompletely(
 *     gson, ModelAssertions.readResource("payloads/get-task.json"), Task.class);
 * }</pre>
 *
 * <p>{@link #assertDecodesCompletely(Gson, String, Type)} checks two things. First, every member of
 * the payload, also one that is {@code null}, is a declared field of the model it lands in,
 * recursively through nested models and lists: a member Gson would silently drop fails. A model is
 * a class with {@link SerializedName} fields or one in a {@code .model} package; members of maps
 * and untyped ({@code Object}) fields are not checked further. Second, re-serialising the decoded
 * model gives back every non-null member with the same value: numbers compare by value ({@code 1}
 * equals {@code 1.0}), strings that differ only in how they write the same date-time instant
 * compare equal, and a {@code null} member must stay null or absent. Members the model adds on its
 * own (schema defaults) are allowed.
 *
 * <p>Useful to anyone who regenerates an SDK from a changed spec: run it over the vendor's
 * published payloads to see which fields the spec is missing.
 */
public final class ModelAssertions {

  private ModelAssertions() {}

  /**
   * Reads a UTF-8 resource of the test classpath, e.g. {@code "payloads/task.json"}.
   *
   * @throws IllegalArgumentException naming the resource when it does not exist
   */
  public static String readResource(String resource) {
    if (resource == null) {
      throw new NullPointerException("resource == null");
    }
    try (InputStream in = classLoader().getResourceAsStream(strip(resource))) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists, sorted, the names of the {@code .json} files directly in a folder of the test classpath
   * (e.g. {@code "payloads/spec-examples"}) that start with {@code prefix}; the folder must be a
   * directory on disk, as test resources are. Fails the test when the folder is missing or holds no
   * such file.
   *
   * @param prefix the start of the names to keep; {@code ""} keeps every {@code .json} file
   */
  public static List<String> listJsonResources(String folder, String prefix) {
    if (folder == null) {
      throw new NullPointerException("folder == null");
    }
    if (prefix == null) {
      throw new NullPointerException("prefix == null");
    }
    URL url = classLoader().getResource(strip(folder));
    assertNotNull(url, "missing test resource folder " + folder);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
              .sorted()
              .toList();
      assertTrue(!names.isEmpty(), "no " + folder + "/" + prefix + "*.json");
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Decodes {@code json} as {@code type} with {@code gson} and asserts that nothing was dropped or
   * changed on the way (see the class comment).
   *
   * @param type the model class, or a parameterized type such as {@code List<Task>}
   * @return the decoded model, for further assertions
   * @throws AssertionError (JUnit's {@code AssertionFailedError}) naming the JSON path, e.g. {@code
   *     $.tasks[0].due_at}, of the first member that was dropped or changed
   */
  public static <T> T assertDecodesCompletely(Gson gson, String json, Type type) {
    if (gson == null) {
      throw new NullPointerException("gson == null");
    }
    if (json == null) {
      throw new NullPointerException("json == null");
    }
    if (type == null) {
      throw new NullPointerException("type == null");
    }
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
      if (!(type instanceof ParameterizedType p)) {
        return;
      }
      Type element = p.getActualTypeArguments()[0];
      JsonArray array = json.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        assertDeclared(array.get(i), element, path + "[" + i + "]");
      }
    } else if (json.isJsonObject() && isModel(raw)) {
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
      assertTrue(actual == null || actual.isJsonNull(), path + " should be null: " + actual);
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
      assertPrimitiveEquals(expected.getAsJsonPrimitive(), actual, path);
    }
  }

  private static void assertPrimitiveEquals(
      JsonPrimitive expected, JsonElement actual, String path) {
    assertTrue(actual.isJsonPrimitive(), path + " is no longer a primitive: " + actual);
    JsonPrimitive got = actual.getAsJsonPrimitive();
    if (expected.isNumber() && got.isNumber()) {
      assertEquals(
          0,
          new BigDecimal(expected.getAsString()).compareTo(new BigDecimal(got.getAsString())),
          path + ": expected " + expected + " but was " + got);
    } else if (expected.isString() && got.isString() && !expected.equals(got)) {
      assertEquals(instant(expected.getAsString(), path), instant(got.getAsString(), path), path);
    } else {
      assertEquals(expected, got, path);
    }
  }

  private static Object instant(String value, String path) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return fail(path + ": " + value + " changed on the way through the model");
    }
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

  private static boolean isModel(Class<?> c) {
    if (c.getPackageName().endsWith(".model")) {
      return true;
    }
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (f.isAnnotationPresent(SerializedName.class)) {
          return true;
        }
      }
    }
    return false;
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

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ModelAssertions.class.getClassLoader();
  }

  private static String strip(String resource) {
    return resource.startsWith("/") ? resource.substring(1) : resource;
  }
}
