package dev.tasksdk.simulator.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tasksdk.core.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A vendor's bundled spec ({@code dev/tasksdk/simulator/specs/<id>.yaml}) as a JSON tree, with the
 * look-ups the simulators need: examples for seeding and the vendor's documented error bodies.
 */
public final class Spec {
  private static final String RESOURCE = "/dev/tasksdk/simulator/specs/";

  private final Vendor vendor;
  private final String text;
  private final JsonObject root;

  private Spec(Vendor vendor, String text, JsonObject root) {
    this.vendor = vendor;
    this.text = text;
    this.root = root;
  }

  private static final java.util.Map<Vendor, Spec> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@code vendor}'s spec from the simulator jar, parsed once per JVM (look-ups hand out copies, so
   * the tree is never changed).
   */
  public static Spec load(Vendor vendor) {
    return LOADED.computeIfAbsent(vendor, Spec::parse);
  }

  private static Spec parse(Vendor vendor) {
    String text = text(vendor);
    Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    return new Spec(vendor, text, toJson(tree).getAsJsonObject());
  }

  /** The YAML text of {@code vendor}'s bundled spec. */
  public static String text(Vendor vendor) {
    try (InputStream in = Spec.class.getResourceAsStream(RESOURCE + vendor.id() + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException(
            "the simulator jar lacks " + RESOURCE + vendor.id() + ".yaml; rebuild sdk-simulator");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Vendor vendor() {
    return vendor;
  }

  String yaml() {
    return text;
  }

  /**
   * The example of response {@code status} of {@code method path} (a path template of the spec):
   * the named one, else the first of {@code examples}, else {@code example}.
   */
  public Optional<JsonElement> responseExample(
      String path, String method, String status, String name) {
    JsonObject op = object(object(root, "paths"), path);
    op = object(op, method);
    JsonObject response = resolve(object(object(op, "responses"), status));
    return mediaExample(response, name);
  }

  /** A named example of {@code components/examples}. */
  public Optional<JsonElement> componentExample(String name) {
    JsonObject ex = object(object(object(root, "components"), "examples"), name);
    return ex == null
        ? Optional.empty()
        : Optional.ofNullable(resolve(ex).get("value")).map(JsonElement::deepCopy);
  }

  private Optional<JsonElement> mediaExample(JsonObject holder, String name) {
    JsonObject content = object(holder, "content");
    if (content == null || content.size() == 0) {
      return Optional.empty();
    }
    JsonObject media = object(content, "application/json");
    if (media == null) {
      media = content.entrySet().iterator().next().getValue().getAsJsonObject();
    }
    JsonObject examples = object(media, "examples");
    if (examples != null && examples.size() > 0) {
      JsonElement chosen = name == null ? null : examples.get(name);
      if (chosen == null) {
        chosen = examples.entrySet().iterator().next().getValue();
      }
      return Optional.ofNullable(resolve(chosen.getAsJsonObject()).get("value"))
          .map(e -> e.deepCopy());
    }
    return Optional.ofNullable(media.get("example")).map(JsonElement::deepCopy);
  }

  private JsonObject resolve(JsonObject node) {
    while (node != null && node.has("$ref")) {
      String ref = node.get("$ref").getAsString();
      JsonElement at = root;
      for (String part : ref.substring(2).split("/")) {
        at = at.getAsJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
      }
      node = at.getAsJsonObject();
    }
    return node;
  }

  private static JsonObject object(JsonObject parent, String name) {
    if (parent == null) {
      return null;
    }
    JsonElement e = parent.get(name);
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
  }

  static JsonElement toJson(Object yaml) {
    if (yaml == null) {
      return JsonNull.INSTANCE;
    }
    if (yaml instanceof Map<?, ?> map) {
      JsonObject o = new JsonObject();
      map.forEach((k, v) -> o.add(String.valueOf(k), toJson(v)));
      return o;
    }
    if (yaml instanceof List<?> list) {
      JsonArray a = new JsonArray();
      list.forEach(v -> a.add(toJson(v)));
      return a;
    }
    if (yaml instanceof Number n) {
      return new JsonPrimitive(n);
    }
    if (yaml instanceof Boolean b) {
      return new JsonPrimitive(b);
    }
    if (yaml instanceof Date d) {
      return new JsonPrimitive(d.toInstant().toString());
    }
    return new JsonPrimitive(String.valueOf(yaml));
  }
}
