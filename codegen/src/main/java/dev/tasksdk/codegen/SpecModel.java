package dev.tasksdk.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the generator reads from one spec: the vendor's {@code x-tasksdk} block and, per operation,
 * its parameters, body fields, response type and {@code x-tasksdk-*} policy.
 *
 * <p>Every extension is documented in CONTRIBUTING.md ("Spec extensions").
 */
public final class SpecModel {
  /** The vendor's {@code x-tasksdk} block. */
  public final String vendorConstant;

  /** The client's simple name, e.g. {@code VambeClient}. */
  public final String clientName;

  /** The vendor's short name, e.g. {@code Vambe} (prefix of internal classes). */
  public final String shortName;

  /** The hint shown when the API key is missing. */
  public final String apiKeyHint;

  /** The client's Javadoc paragraph (from {@code info.description}'s first paragraph). */
  public final String description;

  /** The spec's first server URL. */
  public final String defaultBaseUrl;

  /** Client-level parameters, in declaration order. */
  public final List<ClientParam> clientParams;

  /** The operations in path order. */
  public final List<Op> operations;

  private SpecModel(OpenAPI api) {
    Map<String, Object> x = map(ext(api.getExtensions(), "x-tasksdk"), "x-tasksdk");
    this.vendorConstant = text(x, "vendor");
    this.shortName = text(x, "name");
    this.clientName = shortName + "Client";
    this.apiKeyHint = text(x, "apiKeyHint");
    this.description = Objects.toString(x.get("description"), shortName + "'s API.").trim();
    this.defaultBaseUrl = api.getServers().get(0).getUrl();
    List<ClientParam> cps = new ArrayList<>();
    Object declared = x.get("clientParams");
    if (declared != null) {
      for (Object o : (List<?>) declared) {
        Map<String, Object> m = map(o, "x-tasksdk.clientParams[]");
        cps.add(
            new ClientParam(
                text(m, "name"),
                text(m, "env"),
                Objects.toString(m.get("format"), null),
                Objects.toString(m.get("description"), "").trim(),
                Boolean.TRUE.equals(m.get("required"))));
      }
    }
    this.clientParams = List.copyOf(cps);
    List<Op> ops = new ArrayList<>();
    for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
      PathItem item = e.getValue();
      for (Map.Entry<PathItem.HttpMethod, Operation> m : item.readOperationsMap().entrySet()) {
        ops.add(new Op(api, e.getKey(), item, m.getKey().name(), m.getValue(), this));
      }
    }
    this.operations = List.copyOf(ops);
  }

  /** Reads and resolves {@code spec}. */
  public static SpecModel read(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult r = new OpenAPIV3Parser().readLocation(spec.toString(), null, options);
    if (r.getOpenAPI() == null) {
      throw new IllegalArgumentException(spec + ": " + r.getMessages());
    }
    return new SpecModel(r.getOpenAPI());
  }

  ClientParam clientParam(String name) {
    for (ClientParam p : clientParams) {
      if (p.name.equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("x-tasksdk-client-param " + name + " is not declared");
  }

  /** A parameter the client's builder supplies ({@code x-tasksdk.clientParams}). */
  public static final class ClientParam {
    /** Its Java name, e.g. {@code teamId}. */
    public final String name;

    /** Its environment variable for {@code fromEnv}. */
    public final String env;

    /** {@code uuid} when the value must be a UUID, else null. */
    public final String format;

    /** Its Javadoc. */
    public final String description;

    /** Whether a client cannot be built without it. */
    public final boolean required;

    ClientParam(String name, String env, String format, String description, boolean required) {
      this.required = required;
      this.name = name;
      this.env = env;
      this.format = format;
      this.description = description;
    }
  }

  /** One operation. */
  public static final class Op {
    /** The operationId, e.g. {@code listTasks}. */
    public final String id;

    /** GET, POST, ... */
    public final String method;

    /** The path as in the spec, e.g. {@code /api/tasks/{taskId}}. */
    public final String path;

    /** Summary and description for Javadoc. */
    public final String summary;

    public final String description;

    /** Path parameters the caller passes, in path order. */
    public final List<Field> pathParams = new ArrayList<>();

    /** Every path parameter in path order (client-level ones included). */
    public final List<Field> allPathParams = new ArrayList<>();

    /** Query parameters and body properties: the fields of {@code <Op>Params}. */
    public final List<Field> fields = new ArrayList<>();

    /** Whether the operation sends a JSON body. */
    public final boolean hasBody;

    /** Whether the body is required. */
    public final boolean bodyRequired;

    /** The response: null for no body; else a model name, optionally inside a list. */
    public final String responseModel;

    public final boolean responseIsList;

    /** {@code x-tasksdk-retry-safe}: null when the method decides (GET, PUT, DELETE). */
    public final Boolean retrySafe;

    /** {@code x-tasksdk-paging}: null when the operation does not page. */
    public final Paging paging;

    /** {@code x-tasksdk-checks}: whether hand-written cross-field rules run at build(). */
    public final boolean checks;

    Op(OpenAPI api, String path, PathItem item, String method, Operation op, SpecModel spec) {
      this.id = Objects.requireNonNull(op.getOperationId(), method + " " + path + " operationId");
      this.method = method;
      this.path = path;
      this.summary = Objects.toString(op.getSummary(), id).trim();
      this.description = Objects.toString(op.getDescription(), "").trim();
      List<Parameter> params = new ArrayList<>();
      if (item.getParameters() != null) {
        params.addAll(item.getParameters());
      }
      if (op.getParameters() != null) {
        params.addAll(op.getParameters());
      }
      Map<String, Field> paths = new LinkedHashMap<>();
      for (Parameter p : params) {
        p = resolve(api, p);
        String cp = (String) ext(p.getExtensions(), "x-tasksdk-client-param");
        Field f = Field.of(api, p.getName(), p.getSchema(), p.getDescription(), p.getIn());
        f.required = Boolean.TRUE.equals(p.getRequired());
        f.explode = p.getExplode() == null || p.getExplode();
        String javaName = (String) ext(p.getExtensions(), "x-tasksdk-java-name");
        if (javaName != null) {
          f.javaName = javaName;
        }
        if (cp != null) {
          f.clientParam = spec.clientParam(cp);
          f.javaName = cp;
        }
        if ("path".equals(p.getIn())) {
          paths.put(p.getName(), f);
        } else if ("query".equals(p.getIn())) {
          fields.add(f);
        } else {
          throw new IllegalArgumentException(id + ": parameters in " + p.getIn() + " unsupported");
        }
      }
      int from = 0;
      while ((from = path.indexOf('{', from)) >= 0) {
        String name = path.substring(from + 1, path.indexOf('}', from));
        Field f = Objects.requireNonNull(paths.get(name), id + ": path parameter " + name);
        allPathParams.add(f);
        if (f.clientParam == null) {
          pathParams.add(f);
        }
        from++;
      }
      Schema<?> body = null;
      if (op.getRequestBody() != null) {
        MediaType mt = op.getRequestBody().getContent().get("application/json");
        if (mt == null) {
          throw new IllegalArgumentException(id + ": only application/json bodies are supported");
        }
        body = deref(api, mt.getSchema());
      }
      this.hasBody = body != null;
      this.bodyRequired = hasBody && Boolean.TRUE.equals(op.getRequestBody().getRequired());
      if (body != null) {
        Set<String> required =
            body.getRequired() == null ? Set.of() : Set.copyOf(body.getRequired());
        @SuppressWarnings("rawtypes")
        Map<String, Schema> props = body.getProperties() == null ? Map.of() : body.getProperties();
        for (Map.Entry<String, Schema> e : props.entrySet()) {
          Schema<?> ps = e.getValue();
          if (Boolean.TRUE.equals(ps.getReadOnly())) {
            continue;
          }
          Field f = Field.of(api, e.getKey(), ps, ps.getDescription(), "body");
          f.required = required.contains(e.getKey());
          fields.add(f);
        }
      }
      String model = null;
      boolean list = false;
      if (op.getResponses() != null) {
        for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
          if (!r.getKey().startsWith("2")) {
            continue;
          }
          ApiResponse resp = r.getValue();
          if (resp.get$ref() != null) {
            resp = api.getComponents().getResponses().get(simpleRef(resp.get$ref()));
          }
          if (resp.getContent() == null || resp.getContent().get("application/json") == null) {
            continue;
          }
          Schema<?> s = resp.getContent().get("application/json").getSchema();
          if (s.get$ref() == null && "array".equals(type(s)) && s.getItems().get$ref() != null) {
            list = true;
            s = s.getItems();
          }
          if (s.get$ref() == null) {
            throw new IllegalArgumentException(
                id + ": a 2xx body must be a $ref or an array of $ref (give the schema a name)");
          }
          model = simpleRef(s.get$ref());
          break;
        }
      }
      this.responseModel = model;
      this.responseIsList = list;
      Object rs = ext(op.getExtensions(), "x-tasksdk-retry-safe");
      this.retrySafe = rs == null ? null : (Boolean) rs;
      if (retrySafe == null && (method.equals("POST") || method.equals("PATCH"))) {
        throw new IllegalArgumentException(
            id + ": a " + method + " must say x-tasksdk-retry-safe: true or false");
      }
      Object pg = ext(op.getExtensions(), "x-tasksdk-paging");
      this.paging = pg == null ? null : new Paging(map(pg, id + " x-tasksdk-paging"), this, api);
      this.checks = Boolean.TRUE.equals(ext(op.getExtensions(), "x-tasksdk-checks"));
    }

    /** The {@code <OperationId>Params} class name, or null when the operation has no fields. */
    public String paramsClass() {
      return fields.isEmpty() ? null : capitalize(id) + "Params";
    }

    /** Whether every field is optional (so the operation also has an overload without Params). */
    public boolean paramsOptional() {
      return fields.stream().allMatch(f -> !f.required || f.clientParam != null);
    }

    /** The retry decision the runtime applies: the extension, else GET/PUT/DELETE by method. */
    public boolean effectiveRetrySafe() {
      if (retrySafe != null) {
        return retrySafe;
      }
      return !method.equals("POST") && !method.equals("PATCH");
    }
  }

  /** {@code x-tasksdk-paging}. */
  public static final class Paging {
    /** {@code link}, {@code cursor}, {@code page}, {@code window} or {@code single}. */
    public final String kind;

    /** The response property holding the items; null when the response is the array. */
    public final String items;

    /** The item model. */
    public final String itemModel;

    /** What the kind reads, for documentation ({@code cursor: cursor}, {@code next: ...}). */
    public final Map<String, Object> settings;

    Paging(Map<String, Object> m, Op op, OpenAPI api) {
      this.kind = text(m, "kind");
      if (!Set.of("link", "cursor", "page", "window", "single").contains(kind)) {
        throw new IllegalArgumentException(op.id + ": unknown paging kind " + kind);
      }
      this.items = (String) m.get("items");
      this.settings = m;
      if (items == null) {
        if (!op.responseIsList) {
          throw new IllegalArgumentException(op.id + ": paging needs items: <property>");
        }
        this.itemModel = op.responseModel;
      } else {
        Schema<?> resp = api.getComponents().getSchemas().get(op.responseModel);
        Schema<?> prop = resp.getProperties().get(items);
        Schema<?> arr = deref(api, prop);
        if (arr.getAnyOf() != null) {
          arr = arr.getAnyOf().stream().filter(s -> !"null".equals(type(s))).findFirst().get();
        }
        this.itemModel = simpleRef(arr.getItems().get$ref());
      }
    }
  }

  /** A path or query parameter, or a body property. */
  public static final class Field {
    public final String wireName;
    public String javaName;

    /** {@code path}, {@code query} or {@code body}. */
    public final String in;

    /** string, integer, number, boolean, array, object, ref. */
    public final String type;

    /** For arrays, the item field. */
    public Field item;

    /** The model name when the type is {@code ref}. */
    public String ref;

    public String format;
    public boolean required;
    public boolean nullable;
    public boolean explode = true;
    public List<String> enumValues;
    public BigDecimal minimum;
    public BigDecimal maximum;
    public Integer minLength;
    public Integer maxLength;
    public String pattern;
    public Integer minItems;
    public Integer maxItems;
    public String description;
    public ClientParam clientParam;

    /** The spec's {@code default} as a Java literal (body fields only), or null. */
    public String defaultValue;

    private Field(String wireName, String in, String type) {
      this.wireName = wireName;
      this.in = in;
      this.type = type;
      this.javaName = javaName(wireName);
    }

    static Field of(OpenAPI api, String name, Schema<?> schema, String description, String in) {
      boolean nullable = Boolean.TRUE.equals(schema.getNullable());
      if (schema.getAnyOf() != null || schema.getOneOf() != null) {
        List<Schema> alts = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
        Schema<?> nonNull = null;
        for (Schema<?> s : alts) {
          if ("null".equals(type(s))) {
            nullable = true;
          } else if (nonNull == null) {
            nonNull = s;
          } else {
            throw new IllegalArgumentException(name + ": anyOf of two types is unsupported");
          }
        }
        schema = nonNull;
      }
      if (schema.getTypes() != null && schema.getTypes().contains("null")) {
        nullable = true;
      }
      Field f;
      if (schema.get$ref() != null) {
        Schema<?> target = deref(api, schema);
        if (target.getEnum() != null || !"object".equals(type(target))) {
          f = scalar(name, in, target);
        } else {
          f = new Field(name, in, "ref");
          f.ref = simpleRef(schema.get$ref());
        }
      } else if ("array".equals(type(schema))) {
        f = new Field(name, in, "array");
        f.item = of(api, name + "[]", schema.getItems(), null, in);
        f.minItems = schema.getMinItems();
        f.maxItems = schema.getMaxItems();
      } else {
        f = scalar(name, in, schema);
      }
      f.nullable = nullable;
      f.description = description != null ? description : schema.getDescription();
      return f;
    }

    private static Field scalar(String name, String in, Schema<?> s) {
      String t = type(s);
      if (t == null || "object".equals(t)) {
        throw new IllegalArgumentException(name + ": inline objects are unsupported; use a $ref");
      }
      Field f = new Field(name, in, t);
      f.format = s.getFormat();
      if (s.getEnum() != null) {
        List<String> values = new ArrayList<>();
        for (Object v : s.getEnum()) {
          if (v != null) {
            values.add(v.toString());
          }
        }
        f.enumValues = values;
      }
      f.minimum = s.getMinimum();
      f.maximum = s.getMaximum();
      f.minLength = s.getMinLength();
      f.maxLength = s.getMaxLength();
      f.pattern = s.getPattern();
      if ("body".equals(in) && s.getDefault() != null) {
        Object d = s.getDefault();
        f.defaultValue =
            d instanceof String ? '"' + d.toString().replace("\"", "\\\"") + '"' : d.toString();
      }
      return f;
    }

    /** The singular of the Java name, for {@code addX} of a list. */
    public String singular() {
      String n = javaName;
      if (n.endsWith("ies")) {
        return n.substring(0, n.length() - 3) + "y";
      }
      if (n.endsWith("sses") || n.endsWith("uses")) {
        return n.substring(0, n.length() - 2);
      }
      boolean plural = n.endsWith("s") && !n.endsWith("ss") && !n.endsWith("us") && n.length() > 1;
      return plural ? n.substring(0, n.length() - 1) : n;
    }
  }

  static String type(Schema<?> s) {
    if (s.getType() != null) {
      return s.getType();
    }
    if (s.getTypes() != null) {
      for (String t : s.getTypes()) {
        if (!"null".equals(t)) {
          return t;
        }
      }
      return "null";
    }
    return null;
  }

  static Schema<?> deref(OpenAPI api, Schema<?> s) {
    while (s != null && s.get$ref() != null) {
      s = api.getComponents().getSchemas().get(simpleRef(s.get$ref()));
    }
    return s;
  }

  private static Parameter resolve(OpenAPI api, Parameter p) {
    while (p.get$ref() != null) {
      p = api.getComponents().getParameters().get(simpleRef(p.get$ref()));
    }
    return p;
  }

  static String simpleRef(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  static String javaName(String wire) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : wire.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(up && b.length() > 0 ? Character.toUpperCase(c) : c);
        up = false;
      } else {
        up = true;
      }
    }
    String s = b.toString();
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static Object ext(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o, String what) {
    if (!(o instanceof Map)) {
      throw new IllegalArgumentException(what + " must be a mapping");
    }
    return (Map<String, Object>) o;
  }

  private static String text(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("x-tasksdk: " + key + " is required");
    }
    return v.toString();
  }
}
