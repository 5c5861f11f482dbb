package dev.tasksdk.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads OpenAPI documents (YAML or JSON) as trees and follows their local {@code $ref}s. */
final class OpenApiDocs {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();

  private OpenApiDocs() {}

  /** Parses a YAML or JSON document (JSON is YAML). */
  static JsonNode parse(String text) {
    try {
      JsonNode node = YAML.readTree(text);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("text: not an OpenAPI document (no top-level object)");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException("text: not valid YAML/JSON: " + e.getMessage(), e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Follows {@code $ref: '#/...'} chains within {@code root}; returns {@code node} if it has none.
   */
  static JsonNode resolve(JsonNode root, JsonNode node) {
    int hops = 0;
    while (node != null && node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("$ref: only local references are supported, got " + ref);
      }
      JsonNode target = root.at(ref.substring(1));
      if (target.isMissingNode()) {
        throw new IllegalArgumentException("$ref: " + ref + " points at nothing");
      }
      node = target;
      if (++hops > 32) {
        throw new IllegalArgumentException("$ref: cycle at " + ref);
      }
    }
    return node;
  }

  /** The last segment of a {@code $ref} (a component name), or null when the node is inline. */
  static String refName(JsonNode node) {
    if (node == null || !node.has("$ref")) {
      return null;
    }
    String ref = node.get("$ref").asText();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /**
   * Rewrites an OpenAPI 3.1 document into the 3.0 dialect that openapi-diff understands (it reads
   * only {@code type}, not 3.1's type arrays, so it would miss every type change in a 3.1 spec):
   * {@code anyOf} / {@code oneOf} with a {@code null} branch and {@code type: [X, "null"]} become
   * {@code nullable: true}, {@code const} becomes a one-value {@code enum}, numeric {@code
   * exclusiveMinimum/Maximum} become their 3.0 boolean form and schema {@code examples} arrays are
   * dropped. A 3.0 document is returned unchanged.
   */
  static JsonNode downgradeTo30(JsonNode document) {
    JsonNode copy = document.deepCopy();
    String version = copy.path("openapi").asText("");
    if (!version.startsWith("3.1")) {
      return copy;
    }
    ((ObjectNode) copy).put("openapi", "3.0.3");
    downgrade(copy, false);
    return copy;
  }

  private static void downgrade(JsonNode node, boolean schemaContext) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        downgrade(item, schemaContext);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      // 'properties' maps names to schemas: its keys are never keywords
      boolean childIsSchemaMap = name.equals("properties") || name.equals("schemas");
      JsonNode child = object.get(name);
      if (childIsSchemaMap && child.isObject()) {
        child.elements().forEachRemaining(c -> downgrade(c, true));
      } else {
        downgrade(child, schemaContext || isSchemaKeyword(name));
      }
    }
    if (!schemaContext && !object.has("type") && !object.has("anyOf") && !object.has("oneOf")) {
      return;
    }
    JsonNode type = object.get("type");
    if (type != null && type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asText()));
      if (types.remove("null")) {
        object.put("nullable", true);
      }
      if (types.size() == 1) {
        object.put("type", types.get(0));
      } else {
        object.remove("type");
        ArrayNode anyOf = object.putArray("anyOf");
        types.forEach(t -> anyOf.addObject().put("type", t));
      }
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      JsonNode branches = object.get(keyword);
      if (branches == null || !branches.isArray()) {
        continue;
      }
      ArrayNode kept = JSON.createArrayNode();
      boolean hadNull = false;
      for (JsonNode branch : branches) {
        if (branch.isObject()
            && branch.size() == 1
            && "null".equals(branch.path("type").asText())) {
          hadNull = true;
        } else {
          kept.add(branch);
        }
      }
      if (!hadNull) {
        continue;
      }
      object.put("nullable", true);
      if (kept.size() == 1 && !kept.get(0).has("$ref")) {
        object.remove(keyword);
        Iterator<Map.Entry<String, JsonNode>> fields = kept.get(0).fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          if (!object.has(field.getKey())) {
            object.set(field.getKey(), field.getValue());
          }
        }
      } else {
        object.set(keyword, kept);
      }
    }
    if (object.has("const")) {
      object.putArray("enum").add(object.remove("const"));
    }
    for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
      JsonNode value = object.get(bound);
      if (value != null && value.isNumber()) {
        object.set(bound.equals("exclusiveMinimum") ? "minimum" : "maximum", value);
        object.put(bound, true);
      }
    }
    if (object.path("examples").isArray()) {
      object.remove("examples");
    }
  }

  private static boolean isSchemaKeyword(String name) {
    switch (name) {
      case "schema":
      case "items":
      case "additionalProperties":
      case "anyOf":
      case "oneOf":
      case "allOf":
      case "not":
        return true;
      default:
        return false;
    }
  }
}
