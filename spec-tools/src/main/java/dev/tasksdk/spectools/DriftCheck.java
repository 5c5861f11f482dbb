package dev.tasksdk.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a vendor's own OpenAPI document with ours and lists every operation, parameter, field,
 * enum value, response code, header, media type, security scheme or server that the vendor's
 * document has and ours lacks or types differently (type, format, nullability, default,
 * required-ness, title, name).
 *
 * <p>It is one-sided on purpose: what our spec adds (error bodies, headers, examples, operations
 * the vendor's fragment does not cover) is not drift. Open enums are the one exception that is
 * reported both ways: a closed vendor enum kept as {@code x-extensible-enum} ({@code enum-open}),
 * and a closed enum of ours where the vendor has none ({@code enum-closed}).
 */
final class DriftCheck {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private final JsonNode upstream;
  private final JsonNode ours;
  private final List<Difference> differences = new ArrayList<>();
  private final Map<JsonNode, Set<JsonNode>> visited = new IdentityHashMap<>();

  private DriftCheck(JsonNode upstream, JsonNode ours) {
    this.upstream = upstream;
    this.ours = ours;
  }

  /** Every difference between {@code upstream} (the vendor's document) and {@code ours}. */
  static List<Difference> compare(JsonNode upstream, JsonNode ours) {
    if (upstream == null) {
      throw new NullPointerException("upstream == null");
    }
    if (ours == null) {
      throw new NullPointerException("ours == null");
    }
    DriftCheck check = new DriftCheck(upstream, ours);
    check.compareServers();
    check.compareSecuritySchemes();
    check.comparePaths();
    return List.copyOf(check.differences);
  }

  private void report(String kind, String where, Object up, Object our) {
    differences.add(new Difference(kind, where, show(up), show(our)));
  }

  private static String show(Object value) {
    if (value == null) {
      return Difference.NONE;
    }
    if (value instanceof JsonNode) {
      JsonNode node = (JsonNode) value;
      return node.isTextual() ? node.asText() : node.toString();
    }
    return value.toString();
  }

  private void compareServers() {
    Set<String> ourUrls = new LinkedHashSet<>();
    ours.path("servers").forEach(s -> ourUrls.add(s.path("url").asText()));
    for (JsonNode server : upstream.path("servers")) {
      String url = server.path("url").asText();
      if (!ourUrls.contains(url)) {
        report("server", "servers", url, ourUrls.isEmpty() ? null : String.join(", ", ourUrls));
      }
    }
  }

  private void compareSecuritySchemes() {
    JsonNode ourSchemes = ours.path("components").path("securitySchemes");
    Iterator<Map.Entry<String, JsonNode>> it =
        upstream.path("components").path("securitySchemes").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> entry = it.next();
      String where = "security scheme " + entry.getKey();
      JsonNode up = OpenApiDocs.resolve(upstream, entry.getValue());
      JsonNode our = ourSchemes.get(entry.getKey());
      if (our == null) {
        report("security-scheme", where, describeScheme(up), null);
        continue;
      }
      our = OpenApiDocs.resolve(ours, our);
      if (!describeScheme(up).equals(describeScheme(our))) {
        report("security-scheme", where, describeScheme(up), describeScheme(our));
      }
    }
  }

  private static String describeScheme(JsonNode scheme) {
    StringBuilder text = new StringBuilder(scheme.path("type").asText());
    for (String field : List.of("scheme", "in", "name", "bearerFormat")) {
      if (scheme.has(field)) {
        text.append(' ').append(field).append('=').append(scheme.get(field).asText());
      }
    }
    return text.toString();
  }

  private void comparePaths() {
    JsonNode ourPaths = ours.path("paths");
    Iterator<Map.Entry<String, JsonNode>> it = upstream.path("paths").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> entry = it.next();
      String path = entry.getKey();
      JsonNode upItem = OpenApiDocs.resolve(upstream, entry.getValue());
      String ourPath = findPath(ourPaths, path);
      JsonNode ourItem = ourPath == null ? null : OpenApiDocs.resolve(ours, ourPaths.get(ourPath));
      for (String method : METHODS) {
        JsonNode upOp = upItem.get(method);
        if (upOp == null) {
          continue;
        }
        String where = method.toUpperCase(Locale.ROOT) + " " + path;
        JsonNode ourOp = ourItem == null ? null : ourItem.get(method);
        if (ourOp == null) {
          report("operation", where, where, null);
          continue;
        }
        if (!ourPath.equals(path)) {
          report("path", where, path, ourPath);
        }
        compareOperation(where, upItem, upOp, ourItem, ourOp);
      }
    }
  }

  /** The exact path, or one that differs only in the names of its path parameters. */
  private static String findPath(JsonNode paths, String path) {
    if (paths.has(path)) {
      return path;
    }
    String shape = path.replaceAll("\\{[^}]*}", "{}");
    Iterator<String> names = paths.fieldNames();
    while (names.hasNext()) {
      String candidate = names.next();
      if (candidate.replaceAll("\\{[^}]*}", "{}").equals(shape)) {
        return candidate;
      }
    }
    return null;
  }

  private void compareOperation(
      String where, JsonNode upItem, JsonNode upOp, JsonNode ourItem, JsonNode ourOp) {
    if (upOp.has("operationId")
        && !upOp.get("operationId").asText().equals(ourOp.path("operationId").asText(null))) {
      report("operation-id", where, upOp.get("operationId"), ourOp.get("operationId"));
    }
    Map<String, JsonNode> upParams = parameters(upstream, upItem, upOp);
    Map<String, JsonNode> ourParams = parameters(ours, ourItem, ourOp);
    for (Map.Entry<String, JsonNode> entry : upParams.entrySet()) {
      String at = where + " > parameter " + entry.getKey();
      JsonNode up = entry.getValue();
      JsonNode our = ourParams.get(entry.getKey());
      if (our == null) {
        report("parameter", at, entry.getKey(), null);
        continue;
      }
      String in = up.path("in").asText();
      boolean upRequired = up.path("required").asBoolean("path".equals(in));
      boolean ourRequired = our.path("required").asBoolean("path".equals(in));
      if (upRequired != ourRequired) {
        report("parameter-required", at, upRequired, ourRequired);
      }
      String upStyle = style(up);
      String ourStyle = style(our);
      if (!upStyle.equals(ourStyle)) {
        report("parameter-style", at, upStyle, ourStyle);
      }
      compareSchema(at, up.get("schema"), our.get("schema"));
    }
    JsonNode upBody = upOp.has("requestBody") ? resolveUp(upOp.get("requestBody")) : null;
    if (upBody != null) {
      String at = where + " > request body";
      JsonNode ourBody = ourOp.has("requestBody") ? resolveOurs(ourOp.get("requestBody")) : null;
      if (ourBody == null) {
        report("request-body", at, "present", null);
      } else {
        if (upBody.path("required").asBoolean(false) != ourBody.path("required").asBoolean(false)) {
          report(
              "request-body-required",
              at,
              upBody.path("required").asBoolean(false),
              ourBody.path("required").asBoolean(false));
        }
        compareContent(at, upBody.path("content"), ourBody.path("content"));
      }
    }
    JsonNode ourResponses = ourOp.path("responses");
    Iterator<Map.Entry<String, JsonNode>> codes = upOp.path("responses").fields();
    while (codes.hasNext()) {
      Map.Entry<String, JsonNode> entry = codes.next();
      String at = where + " > response " + entry.getKey();
      JsonNode up = resolveUp(entry.getValue());
      JsonNode our =
          ourResponses.has(entry.getKey()) ? resolveOurs(ourResponses.get(entry.getKey())) : null;
      if (our == null) {
        report("response", at, entry.getKey(), null);
        continue;
      }
      Iterator<String> headers = up.path("headers").fieldNames();
      while (headers.hasNext()) {
        String header = headers.next();
        String headerAt = at + " > header " + header;
        JsonNode ourHeader = findIgnoringCase(our.path("headers"), header);
        if (ourHeader == null) {
          report("response-header", headerAt, header, null);
        } else {
          compareSchema(
              headerAt,
              resolveUp(up.path("headers").get(header)).get("schema"),
              resolveOurs(ourHeader).get("schema"));
        }
      }
      compareContent(at, up.path("content"), our.path("content"));
    }
  }

  private static JsonNode findIgnoringCase(JsonNode map, String name) {
    Iterator<Map.Entry<String, JsonNode>> it = map.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private JsonNode resolveUp(JsonNode node) {
    return OpenApiDocs.resolve(upstream, node);
  }

  private JsonNode resolveOurs(JsonNode node) {
    return OpenApiDocs.resolve(ours, node);
  }

  private static Map<String, JsonNode> parameters(JsonNode root, JsonNode item, JsonNode op) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode source : List.of(item.path("parameters"), op.path("parameters"))) {
      for (JsonNode p : source) {
        JsonNode param = OpenApiDocs.resolve(root, p);
        byKey.put(param.path("in").asText() + " " + param.path("name").asText(), param);
      }
    }
    return byKey;
  }

  private static String style(JsonNode param) {
    String in = param.path("in").asText();
    String style =
        param.path("style").asText("query".equals(in) || "cookie".equals(in) ? "form" : "simple");
    boolean explode = param.path("explode").asBoolean("form".equals(style));
    return style + (explode ? ", explode" : "");
  }

  private void compareContent(String where, JsonNode upContent, JsonNode ourContent) {
    Iterator<Map.Entry<String, JsonNode>> it = upContent.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> entry = it.next();
      String at = where + " " + entry.getKey();
      JsonNode our = ourContent.get(entry.getKey());
      if (our == null) {
        report("media-type", at, entry.getKey(), null);
        continue;
      }
      compareSchema(at + " > body", entry.getValue().get("schema"), our.get("schema"));
    }
  }

  /** A schema reduced to what matters on the wire, with {@code anyOf [X, null]} folded into X. */
  private static final class Shape {
    final JsonNode node;
    final Set<String> types = new TreeSet<>();
    boolean nullable;
    List<JsonNode> branches = List.of();
    String composition;

    Shape(JsonNode root, JsonNode schema) {
      JsonNode resolved = OpenApiDocs.resolve(root, schema);
      JsonNode effective = resolved;
      addTypes(resolved.get("type"));
      nullable |= resolved.path("nullable").asBoolean(false);
      for (String keyword : List.of("anyOf", "oneOf")) {
        JsonNode list = resolved.get(keyword);
        if (list == null) {
          continue;
        }
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode branch : list) {
          JsonNode b = OpenApiDocs.resolve(root, branch);
          if ("null".equals(b.path("type").asText()) && b.size() == 1) {
            nullable = true;
          } else {
            kept.add(branch);
          }
        }
        if (kept.size() == 1) {
          effective = OpenApiDocs.resolve(root, kept.get(0));
          addTypes(effective.get("type"));
          nullable |= effective.path("nullable").asBoolean(false);
        } else if (kept.stream().allMatch(b -> isBareType(root, b))) {
          kept.forEach(b -> addTypes(OpenApiDocs.resolve(root, b).get("type")));
        } else {
          composition = keyword;
          branches = kept;
        }
      }
      if (resolved.has("allOf")) {
        composition = "allOf";
        List<JsonNode> all = new ArrayList<>();
        resolved.get("allOf").forEach(all::add);
        branches = all;
      }
      this.node = effective;
    }

    private static boolean isBareType(JsonNode root, JsonNode branch) {
      JsonNode b = OpenApiDocs.resolve(root, branch);
      Iterator<String> names = b.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!name.equals("type") && !name.equals("format") && !name.equals("title")) {
          return false;
        }
      }
      return b.has("type");
    }

    private void addTypes(JsonNode type) {
      if (type == null) {
        return;
      }
      if (type.isArray()) {
        type.forEach(t -> addTypes(t));
      } else if ("null".equals(type.asText())) {
        nullable = true;
      } else {
        types.add(type.asText());
      }
    }

    String typeText() {
      return types.isEmpty() ? "any" : String.join("|", types);
    }

    JsonNode get(JsonNode outer, String field) {
      JsonNode value = outer.get(field);
      return value != null ? value : node.get(field);
    }
  }

  private void compareSchema(String where, JsonNode upSchema, JsonNode ourSchema) {
    if (upSchema == null) {
      return;
    }
    if (ourSchema == null) {
      report("schema", where, "a schema", null);
      return;
    }
    String upName = OpenApiDocs.refName(upSchema);
    if (upName != null && !upName.equals(OpenApiDocs.refName(ourSchema))) {
      String ourName = OpenApiDocs.refName(ourSchema);
      report("schema-name", where, upName, ourName == null ? "inline schema" : ourName);
    }
    JsonNode upResolved = OpenApiDocs.resolve(upstream, upSchema);
    JsonNode ourResolved = OpenApiDocs.resolve(ours, ourSchema);
    if (!visited
        .computeIfAbsent(
            upResolved, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()))
        .add(ourResolved)) {
      return;
    }
    Shape up = new Shape(upstream, upSchema);
    Shape our = new Shape(ours, ourSchema);
    if (!up.types.equals(our.types)) {
      report("type", where, up.typeText(), our.typeText());
    }
    if (up.nullable != our.nullable) {
      report("nullable", where, up.nullable, our.nullable);
    }
    compareField("format", where, up.get(upResolved, "format"), our.get(ourResolved, "format"));
    compareField("default", where, up.get(upResolved, "default"), our.get(ourResolved, "default"));
    JsonNode upTitle = up.get(upResolved, "title");
    if (upTitle != null) {
      compareField("title", where, upTitle, our.get(ourResolved, "title"));
    }
    compareEnums(where, up, upResolved, our, ourResolved);
    compareProperties(where, up.node, our.node);
    JsonNode upItems = up.node.get("items");
    if (upItems != null) {
      JsonNode ourItems = our.node.get("items");
      if (ourItems == null) {
        report("items", where + "[]", "items", null);
      } else {
        compareSchema(where + "[]", upItems, ourItems);
      }
    }
    JsonNode upExtra = up.node.get("additionalProperties");
    JsonNode ourExtra = our.node.get("additionalProperties");
    if (upExtra != null && upExtra.isObject()) {
      if (ourExtra != null && ourExtra.isObject()) {
        compareSchema(where + "{}", upExtra, ourExtra);
      } else {
        report("additional-properties", where + "{}", "schema", ourExtra);
      }
    } else if (upExtra != null && upExtra.isBoolean() && !upExtra.equals(ourExtra)) {
      report("additional-properties", where + "{}", upExtra, ourExtra);
    }
    if (up.composition != null) {
      if (!up.composition.equals(our.composition) || up.branches.size() != our.branches.size()) {
        report(
            "composition",
            where,
            up.composition + " of " + up.branches.size(),
            our.composition == null ? null : our.composition + " of " + our.branches.size());
      } else {
        for (int i = 0; i < up.branches.size(); i++) {
          compareSchema(
              where + " " + up.composition + "[" + i + "]",
              up.branches.get(i),
              our.branches.get(i));
        }
      }
    }
  }

  private void compareField(String kind, String where, JsonNode up, JsonNode our) {
    if (up == null && our == null) {
      return;
    }
    if (up == null || our == null || !up.equals(our)) {
      report(kind, where, up, our);
    }
  }

  private void compareEnums(
      String where, Shape up, JsonNode upOuter, Shape our, JsonNode ourOuter) {
    Set<String> upValues = values(up.get(upOuter, "enum"));
    Set<String> ourClosed = values(our.get(ourOuter, "enum"));
    Set<String> ourOpen = values(our.get(ourOuter, "x-extensible-enum"));
    for (String value : upValues) {
      if (!ourClosed.contains(value) && !ourOpen.contains(value)) {
        Set<String> known = new LinkedHashSet<>(ourClosed);
        known.addAll(ourOpen);
        report("enum-value", where, value, known.isEmpty() ? null : known);
      }
    }
    if (!upValues.isEmpty() && ourClosed.isEmpty() && !ourOpen.isEmpty()) {
      report("enum-open", where, "enum " + upValues, "x-extensible-enum " + ourOpen);
    }
    if (upValues.isEmpty() && !ourClosed.isEmpty()) {
      report("enum-closed", where, null, "enum " + ourClosed);
    }
  }

  private static Set<String> values(JsonNode list) {
    Set<String> values = new LinkedHashSet<>();
    if (list != null) {
      list.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
    }
    return values;
  }

  private void compareProperties(String where, JsonNode up, JsonNode our) {
    JsonNode ourProps = our.path("properties");
    Set<String> upRequired = values(up.get("required"));
    Set<String> ourRequired = values(our.get("required"));
    Iterator<Map.Entry<String, JsonNode>> it = up.path("properties").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      String at = where + "." + name;
      JsonNode ourProp = ourProps.get(name);
      if (ourProp == null) {
        report("property", at, name, null);
        continue;
      }
      if (upRequired.contains(name) != ourRequired.contains(name)) {
        report(
            "required",
            at,
            upRequired.contains(name) ? "required" : "optional",
            ourRequired.contains(name) ? "required" : "optional");
      }
      compareSchema(at, entry.getValue(), ourProp);
    }
    for (String name : upRequired) {
      if (!up.path("properties").has(name) && !ourRequired.contains(name)) {
        report("required", where + "." + name, "required", "optional");
      }
    }
  }
}
