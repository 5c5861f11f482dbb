package dev.tasksdk.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tasksdk.codegen.SpecModel.ClientParam;
import dev.tasksdk.codegen.SpecModel.Field;
import dev.tasksdk.codegen.SpecModel.Op;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a vendor's whole mechanical surface from its {@link SpecModel}: the {@code <Vendor>Client}
 * with every operation's family, one {@code <OperationId>Params} per operation with query or body
 * fields, the Retrofit interface and the operation table in {@code internal}.
 */
public final class ClientGenerator {
  private static final String CORE = "dev.tasksdk.core";
  private static final String SPI = "dev.tasksdk.core.spi";
  private static final ClassName API_RESPONSE = ClassName.get(CORE, "ApiResponse");
  private static final ClassName AUTO_PAGER = ClassName.get(CORE, "AutoPager");
  private static final ClassName PAGE = ClassName.get(CORE, "Page");
  private static final ClassName PAGE_TOKEN = ClassName.get(CORE, "PageToken");
  private static final ClassName REQUEST_OPTIONS = ClassName.get(CORE, "RequestOptions");
  private static final ClassName CLIENT_OPTIONS = ClassName.get(CORE, "ClientOptions");
  private static final ClassName VENDOR = ClassName.get(CORE, "Vendor");
  private static final ClassName REQUIRE = ClassName.get(SPI, "Require");
  private static final ClassName RUNTIME = ClassName.get(SPI, "ClientRuntime");
  private static final ClassName HOOKS = ClassName.get(SPI, "RuntimeHooks");
  private static final ClassName BUILDER_BASE = ClassName.get(CORE, "ClientBuilder");
  private static final ClassName REDACTOR = ClassName.get(SPI, "Redactor");
  private static final ClassName JSON_BODIES = ClassName.get(SPI, "JsonBodies");
  private static final ClassName FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final ClassName MAP = ClassName.get("java.util", "Map");
  private static final ClassName SET = ClassName.get("java.util", "Set");
  private static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
  private static final ClassName CALL = ClassName.get("retrofit2", "Call");
  private static final ClassName REQUEST_BODY = ClassName.get("okhttp3", "RequestBody");
  private static final ClassName GSON = ClassName.get("com.google.gson", "Gson");
  private static final ClassName JSON_OBJECT = ClassName.get("com.google.gson", "JsonObject");
  private static final ClassName JSON_NULL = ClassName.get("com.google.gson", "JsonNull");
  private static final ClassName ATOMIC_BOOLEAN =
      ClassName.get("java.util.concurrent.atomic", "AtomicBoolean");
  private static final String UUID_REGEX =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final String HEADER =
      "Generated from specs/$L.yaml by tasksdk codegen (codegen/). Do not edit: change the spec or"
          + " the generator.\n";

  private final SpecModel spec;
  private final String vendorId;
  private final String pkg;
  private final String internalPkg;
  private final String modelPkg;
  private final ClassName client;
  private final ClassName raw;
  private final ClassName api;
  private final ClassName profile;
  private final ClassName paging;
  private final ClassName checks;
  private final ClassName operations;

  /**
   * A generator for {@code spec}: public classes go to {@code pkg}, models are read from {@code
   * pkg.model}, plumbing goes to {@code pkg.internal}.
   */
  public ClientGenerator(SpecModel spec, String vendorId, String pkg) {
    this.spec = spec;
    this.vendorId = vendorId;
    this.pkg = pkg;
    this.internalPkg = pkg + ".internal";
    this.modelPkg = pkg + ".model";
    this.client = ClassName.get(pkg, spec.clientName);
    this.raw = client.nestedClass("WithRawResponse");
    this.api = ClassName.get(internalPkg, spec.shortName + "Api");
    this.profile = ClassName.get(internalPkg, spec.shortName + "Profile");
    this.paging = ClassName.get(internalPkg, spec.shortName + "Paging");
    this.checks = ClassName.get(internalPkg, spec.shortName + "Checks");
    this.operations = ClassName.get(internalPkg, spec.shortName + "Operations");
  }

  /** Every file this generator writes. */
  public List<JavaFile> files() {
    List<JavaFile> files = new ArrayList<>();
    files.add(file(internalPkg, apiInterface()));
    files.add(file(internalPkg, operationsTable()));
    for (Op op : spec.operations) {
      if (op.paramsClass() != null) {
        files.add(file(pkg, new ParamsGenerator(op, this).type()));
      }
    }
    files.add(file(pkg, clientClass()));
    return files;
  }

  /** Writes every file below {@code dir}. */
  public void writeTo(Path dir) {
    for (JavaFile f : files()) {
      try {
        f.writeTo(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private JavaFile file(String p, TypeSpec type) {
    return JavaFile.builder(p, type)
        .addFileComment(HEADER, vendorId)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  // ---------------------------------------------------------------------------- types

  TypeName modelType(String name) {
    return ClassName.get(modelPkg, name);
  }

  TypeName responseType(Op op) {
    if (op.responseModel == null) {
      return ClassName.get(Void.class);
    }
    TypeName m = modelType(op.responseModel);
    return op.responseIsList ? ParameterizedTypeName.get(LIST, m) : m;
  }

  TypeName fieldType(Field f) {
    switch (f.type) {
      case "array":
        return ParameterizedTypeName.get(LIST, fieldType(f.item));
      case "ref":
        return modelType(f.ref);
      case "integer":
        return "int64".equals(f.format) ? ClassName.get(Long.class) : ClassName.get(Integer.class);
      case "number":
        return ClassName.get(Double.class);
      case "boolean":
        return ClassName.get(Boolean.class);
      default:
        if ("date".equals(f.format)) {
          return ClassName.get("java.time", "LocalDate");
        }
        if ("date-time".equals(f.format)) {
          return ClassName.get("java.time", "OffsetDateTime");
        }
        return ClassName.get(String.class);
    }
  }

  ClassName paramsType(Op op) {
    return ClassName.get(pkg, op.paramsClass());
  }

  ClassName checksType() {
    return checks;
  }

  String vendorId() {
    return vendorId;
  }

  // ---------------------------------------------------------------------------- Retrofit

  private TypeSpec apiInterface() {
    TypeSpec.Builder t =
        TypeSpec.interfaceBuilder(api)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The Retrofit interface of specs/$L.yaml: one method per operation, named by its"
                    + " operationId\n(the retry decision reads the name). Bodies are JSON built by"
                    + " the Params classes.\n",
                vendorId);
    for (Op op : spec.operations) {
      MethodSpec.Builder m =
          MethodSpec.methodBuilder(op.id)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addJavadoc("{@code $L $L}\n", op.method, op.path)
              .addAnnotation(
                  AnnotationSpec.builder(ClassName.get("retrofit2.http", op.method))
                      .addMember("value", "$S", op.path.substring(1))
                      .build())
              .returns(ParameterizedTypeName.get(CALL, responseType(op)));
      for (Field f : op.allPathParams) {
        m.addParameter(
            ParameterSpec.builder(String.class, f.javaName)
                .addAnnotation(
                    AnnotationSpec.builder(ClassName.get("retrofit2.http", "Path"))
                        .addMember("value", "$S", f.wireName)
                        .build())
                .build());
      }
      for (Field f : op.fields) {
        if (!"query".equals(f.in)) {
          continue;
        }
        TypeName type =
            "array".equals(f.type) && f.explode
                ? ParameterizedTypeName.get(LIST, ClassName.get(String.class))
                : ClassName.get(String.class);
        m.addParameter(
            ParameterSpec.builder(type, f.javaName)
                .addAnnotation(
                    AnnotationSpec.builder(ClassName.get("retrofit2.http", "Query"))
                        .addMember("value", "$S", f.wireName)
                        .build())
                .build());
      }
      if (op.hasBody) {
        m.addParameter(
            ParameterSpec.builder(REQUEST_BODY, "body")
                .addAnnotation(ClassName.get("retrofit2.http", "Body"))
                .build());
      }
      t.addMethod(m.build());
      if (op.paging != null && "link".equals(op.paging.kind)) {
        t.addMethod(
            MethodSpec.methodBuilder(op.id + "Next")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("The page a {@code $L} response links to.\n", op.id)
                .addAnnotation(ClassName.get("retrofit2.http", "GET"))
                .returns(ParameterizedTypeName.get(CALL, responseType(op)))
                .addParameter(
                    ParameterSpec.builder(String.class, "url")
                        .addAnnotation(ClassName.get("retrofit2.http", "Url"))
                        .build())
                .build());
      }
    }
    return t.build();
  }

  private TypeSpec operationsTable() {
    List<String> safe =
        spec.operations.stream()
            .filter(o -> Boolean.TRUE.equals(o.retrySafe))
            .map(o -> o.id)
            .collect(Collectors.toList());
    CodeBlock.Builder set = CodeBlock.builder().add("$T.of(", SET);
    for (int i = 0; i < safe.size(); i++) {
      set.add(i == 0 ? "$S" : ", $S", safe.get(i));
    }
    set.add(")");
    return TypeSpec.classBuilder(operations)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "What specs/$L.yaml says about the operations, for the vendor's profile.\n", vendorId)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addField(
            FieldSpec.builder(String.class, "DEFAULT_BASE_URL")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The spec's first server.\n")
                .initializer(
                    "$S",
                    spec.defaultBaseUrl.endsWith("/")
                        ? spec.defaultBaseUrl
                        : spec.defaultBaseUrl + "/")
                .build())
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(SET, ClassName.get(String.class)), "RETRY_SAFE_POSTS")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    "The POST and PATCH operations marked {@code x-tasksdk-retry-safe: true}.\n")
                .initializer(set.build())
                .build())
        .build();
  }

  // ---------------------------------------------------------------------------- client

  private TypeSpec clientClass() {
    String display = spec.shortName;
    TypeSpec.Builder t =
        TypeSpec.classBuilder(client)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addJavadoc("$L\n\n", spec.description)
            .addJavadoc(
                "<p>Every operation of specs/$L.yaml is a method named by its operationId, with"
                    + " an overload taking\n{@link $T}, an asynchronous twin {@code <op>Async}"
                    + " returning {@link $T}, and the same\nfour on {@link #withRawResponse()}"
                    + " returning {@link $T}. Query and body parameters go in one immutable\n"
                    + "{@code <OperationId>Params}, validated when it is built. Failures are the"
                    + " {@link dev.tasksdk.core.TaskSdkException}\ntree.\n\n",
                vendorId,
                REQUEST_OPTIONS,
                FUTURE,
                API_RESPONSE)
            .addJavadoc(
                "<pre>{@code\ntry ($T client = $T.fromEnv()) {   // $L\n  ...\n}\n}</pre>\n\n",
                client,
                client,
                envName("API_KEY"))
            .addJavadoc(
                "<p>Thread-safe; share one instance. {@link #close()} releases the threads and"
                    + " connections of a client the\nSDK created (a caller's {@link"
                    + " okhttp3.OkHttpClient} is never shut down); every call on a closed client"
                    + " throws\n{@link IllegalStateException}, also the asynchronous ones.\n");
    t.addField(
        FieldSpec.builder(String.class, "ENV_API_KEY")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The environment variable holding the API key.\n")
            .initializer("$S", envName("API_KEY"))
            .build());
    t.addField(
        FieldSpec.builder(String.class, "ENV_BASE_URL")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The environment variable overriding the base URL (optional).\n")
            .initializer("$S", envName("BASE_URL"))
            .build());
    for (ClientParam cp : spec.clientParams) {
      t.addField(
          FieldSpec.builder(String.class, envConst(cp))
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The environment variable holding {@code $L} (optional).\n", cp.name)
              .initializer("$S", cp.env)
              .build());
    }
    t.addField(
        FieldSpec.builder(PATTERN, "UUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S)", PATTERN, UUID_REGEX)
            .build());
    t.addField(RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL);
    t.addField(raw, "raw", Modifier.PRIVATE, Modifier.FINAL);
    t.addField(
        FieldSpec.builder(ATOMIC_BOOLEAN, "closed", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T()", ATOMIC_BOOLEAN)
            .build());
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RUNTIME, "runtime")
            .addStatement("this.runtime = runtime")
            .addStatement("this.raw = new WithRawResponse()");
    for (ClientParam cp : spec.clientParams) {
      t.addField(String.class, cp.name, Modifier.PRIVATE, Modifier.FINAL);
      ctor.addParameter(String.class, cp.name).addStatement("this.$L = $L", cp.name, cp.name);
    }
    t.addMethod(ctor.build());
    t.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client.nestedClass("Builder"))
            .addJavadoc("Returns a builder; the API key is required.\n")
            .addStatement("return new Builder()")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("fromEnv")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client)
            .addJavadoc(
                "Creates a client from the process environment ({@value #ENV_API_KEY} required).\n"
                    + "\n@throws IllegalStateException naming {@value #ENV_API_KEY} when it is not"
                    + " set\n")
            .addStatement("return fromEnv(System.getenv())")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("fromEnv")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client)
            .addParameter(
                ParameterizedTypeName.get(
                    MAP, ClassName.get(String.class), ClassName.get(String.class)),
                "env")
            .addJavadoc("Creates a client from {@code env} as {@link #fromEnv()} reads it.\n")
            .addStatement("return builder().fromEnv(env).build()")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("withRawResponse")
            .addModifiers(Modifier.PUBLIC)
            .returns(raw)
            .addJavadoc(
                "The same operations returning {@link $T}: status, headers and request id.\n",
                API_RESPONSE)
            .addStatement("return raw")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("vendor")
            .addModifiers(Modifier.PUBLIC)
            .returns(VENDOR)
            .addJavadoc("The vendor, {@link $T#$L}.\n", VENDOR, spec.vendorConstant)
            .addStatement("return $T.$L", VENDOR, spec.vendorConstant)
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("baseUrl")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The base URL requests go to, ending with {@code /}.\n")
            .addStatement("return runtime.baseUrl().toString()")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("options")
            .addModifiers(Modifier.PUBLIC)
            .returns(CLIENT_OPTIONS)
            .addJavadoc("The options this client was built with (the key shows as redacted).\n")
            .addStatement("return runtime.options()")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("retryCount")
            .addModifiers(Modifier.PUBLIC)
            .returns(long.class)
            .addJavadoc("How many retries (attempts after the first) this client has made.\n")
            .addStatement("return runtime.retryCount()")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("isClosed")
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addJavadoc("Whether {@link #close()} was called.\n")
            .addStatement("return closed.get()")
            .build());
    for (ClientParam cp : spec.clientParams) {
      t.addMethod(
          MethodSpec.methodBuilder(cp.name)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(OPTIONAL, ClassName.get(String.class)))
              .addJavadoc("The client-level {@code $L}: $L\n", cp.name, cp.description)
              .addStatement("return $T.ofNullable($L)", OPTIONAL, cp.name)
              .build());
    }
    t.addMethod(
        MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Closes the client: later calls throw {@link IllegalStateException}; the threads"
                    + " and connections of\na client the SDK created are released.\n")
            .beginControlFlow("if (closed.compareAndSet(false, true))")
            .addStatement("runtime.close()")
            .endControlFlow()
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("Shows the base URL, never the key.\n")
            .addStatement(
                "return $S + $T.redactUrl(runtime.baseUrl())$L + $S",
                spec.clientName + "[vendor=" + vendorId + ", baseUrl=",
                REDACTOR,
                spec.clientParams.stream()
                    .map(
                        cp ->
                            " + ("
                                + cp.name
                                + " == null ? \"\" : \", "
                                + cp.name
                                + "=\" + "
                                + cp.name
                                + ")")
                    .collect(Collectors.joining()),
                "]")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("checkOpen")
            .addModifiers(Modifier.PRIVATE)
            .beginControlFlow("if (closed.get())")
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                spec.shortName + " client is closed")
            .endControlFlow()
            .build());
    for (ClientParam cp : spec.clientParams) {
      t.addMethod(
          MethodSpec.methodBuilder("require" + SpecModel.capitalize(cp.name))
              .addModifiers(Modifier.PRIVATE)
              .returns(String.class)
              .beginControlFlow("if ($L == null)", cp.name)
              .addStatement(
                  "throw new $T($S)",
                  IllegalStateException.class,
                  cp.name
                      + " is not set: use "
                      + spec.clientName
                      + ".builder()."
                      + cp.name
                      + "(...) or "
                      + cp.env)
              .endControlFlow()
              .addStatement("return $L", cp.name)
              .build());
    }
    t.addMethod(
        MethodSpec.methodBuilder("q")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(Object.class, "value")
            .addJavadoc("A query value as the spec's format writes it.\n")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .beginControlFlow(
                "if (value instanceof $T)", ClassName.get("java.time", "OffsetDateTime"))
            .addStatement(
                "return $T.ISO_OFFSET_DATE_TIME.format(($T) value)",
                ClassName.get("java.time.format", "DateTimeFormatter"),
                ClassName.get("java.time", "OffsetDateTime"))
            .endControlFlow()
            .addStatement("return value.toString()")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("qs")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(LIST, ClassName.get(String.class)))
            .addParameter(
                ParameterizedTypeName.get(
                    LIST, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)),
                "values")
            .addJavadoc("A repeated query parameter; null (nothing on the wire) when empty.\n")
            .addStatement(
                "return values == null || values.isEmpty() ? null :"
                    + " values.stream().map($T::q).collect($T.toList())",
                client,
                ClassName.get("java.util.stream", "Collectors"))
            .build());

    TypeSpec.Builder rawType =
        TypeSpec.classBuilder(raw)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "{@link $T}'s operations returning {@link $T}: the decoded body with status,"
                    + " headers (credentials\nremoved) and the request id.\n",
                client,
                API_RESPONSE)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Op op : spec.operations) {
      new OperationGenerator(op, this, t, rawType).generate();
    }
    t.addType(rawType.build());
    t.addType(builderType());
    return t.build();
  }

  private TypeSpec builderType() {
    ClassName builder = client.nestedClass("Builder");
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(BUILDER_BASE, builder))
            .addJavadoc(
                "Builds a {@link $T}. Connection settings come from {@link $T}; {@link"
                    + " #fromEnv(java.util.Map)}\nreads {@value $T#ENV_API_KEY} (required) and"
                    + " {@value $T#ENV_BASE_URL}",
                client,
                BUILDER_BASE,
                client,
                client);
    for (ClientParam cp : spec.clientParams) {
      b.addJavadoc(", {@value $T#$L}", client, envConst(cp));
    }
    b.addJavadoc(" (optional).\n");
    b.addField(
        FieldSpec.builder(HOOKS, "hooks", Modifier.PRIVATE)
            .initializer("$T.defaults()", HOOKS)
            .build());
    b.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($T.$L, $S)", VENDOR, spec.vendorConstant, spec.apiKeyHint)
            .build());
    b.addMethod(
        MethodSpec.methodBuilder("self")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(builder)
            .addStatement("return this")
            .build());
    b.addMethod(
        MethodSpec.methodBuilder("hooks")
            .returns(builder)
            .addParameter(HOOKS, "hooks")
            .addJavadoc("Replaces sleeping, clocks and logging (tests).\n")
            .addStatement("this.hooks = $T.nonNull(hooks, $S)", REQUIRE, "hooks")
            .addStatement("return this")
            .build());
    MethodSpec.Builder env =
        MethodSpec.methodBuilder("readVendorEnv")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(
                ParameterizedTypeName.get(
                    MAP, ClassName.get(String.class), ClassName.get(String.class)),
                "env");
    for (ClientParam cp : spec.clientParams) {
      b.addField(String.class, cp.name, Modifier.PRIVATE);
      MethodSpec.Builder set =
          MethodSpec.methodBuilder(cp.name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(String.class, cp.name)
              .addJavadoc("Sets {@code $L} (null clears it): $L\n", cp.name, cp.description)
              .beginControlFlow("if ($L != null)", cp.name)
              .addStatement("$T.nonBlank($L, $S)", REQUIRE, cp.name, cp.name);
      if ("uuid".equals(cp.format)) {
        set.addStatement("$L = canonicalUuid($L, $S)", cp.name, cp.name, cp.name);
      }
      set.endControlFlow()
          .addStatement("this.$L = $L", cp.name, cp.name)
          .addStatement("return this");
      b.addMethod(set.build());
      env.addStatement("String $L = envValue(env, $L)", cp.name, envConst(cp))
          .beginControlFlow("if ($L != null)", cp.name)
          .beginControlFlow("try")
          .addStatement("$L($L)", cp.name, cp.name)
          .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
          .addStatement(
              "throw new $T($S + e.getMessage(), e)", IllegalArgumentException.class, cp.env + ": ")
          .endControlFlow();
      if (cp.required) {
        env.nextControlFlow("else")
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                cp.env + " is not set: export the " + cp.name + " every call goes to");
      }
      env.endControlFlow();
    }
    b.addMethod(env.build());
    if (spec.clientParams.stream().anyMatch(cp -> "uuid".equals(cp.format))) {
      b.addMethod(
          MethodSpec.methodBuilder("canonicalUuid")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(String.class)
              .addParameter(String.class, "value")
              .addParameter(String.class, "name")
              .addJavadoc(
                  "A UUID in its canonical form: trimmed, lower case, dashed; {@code urn:uuid:}"
                      + " and the 32-digit form\nare accepted.\n")
              .addStatement(
                  "String v = value.trim().toLowerCase($T.ROOT)",
                  ClassName.get("java.util", "Locale"))
              .beginControlFlow("if (v.startsWith($S))", "urn:uuid:")
              .addStatement("v = v.substring(9)")
              .endControlFlow()
              .beginControlFlow("if (v.matches($S))", "[0-9a-f]{32}")
              .addStatement(
                  "v = v.substring(0, 8) + '-' + v.substring(8, 12) + '-' + v.substring(12, 16) + '-'"
                      + " + v.substring(16, 20) + '-' + v.substring(20)")
              .endControlFlow()
              .addStatement("return $T.matches(v, UUID, name, $S)", REQUIRE, "a UUID")
              .build());
    }
    CodeBlock.Builder args = CodeBlock.builder();
    args.add("$T.create($T.get(), clientOptions(), hooks)", RUNTIME, profile);
    for (ClientParam cp : spec.clientParams) {
      args.add(", $L", cp.name);
    }
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(client);
    for (ClientParam cp : spec.clientParams) {
      if (cp.required) {
        build.addStatement("$T.nonNull($L, $S)", REQUIRE, cp.name, cp.name);
      }
    }
    b.addMethod(
        build
            .addJavadoc(
                "Builds the client.\n\n@throws IllegalArgumentException when the API key is"
                    + " missing or the base URL is plain\n    http to a host that is not"
                    + " loopback\n")
            .addStatement("return new $T($L)", client, args.build())
            .build());
    return b.build();
  }

  String envName(String suffix) {
    return vendorId.toUpperCase(Locale.ROOT) + "_" + suffix;
  }

  private static String envConst(ClientParam cp) {
    StringBuilder b = new StringBuilder("ENV_");
    for (char c : cp.name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('_');
      }
      b.append(Character.toUpperCase(c));
    }
    return b.toString();
  }

  // shared with the operation and params generators
  ClassName api() {
    return api;
  }

  ClassName pagingType() {
    return paging;
  }

  ClassName clientType() {
    return client;
  }

  SpecModel spec() {
    return spec;
  }

  static ClassName requireType() {
    return REQUIRE;
  }

  static ClassName jsonBodies() {
    return JSON_BODIES;
  }

  static ClassName jsonObject() {
    return JSON_OBJECT;
  }

  static ClassName jsonNull() {
    return JSON_NULL;
  }

  static ClassName gson() {
    return GSON;
  }

  static ClassName objects() {
    return OBJECTS;
  }

  static ClassName optional() {
    return OPTIONAL;
  }

  static ClassName list() {
    return LIST;
  }

  static ClassName set() {
    return SET;
  }

  static ClassName pattern() {
    return PATTERN;
  }

  static ClassName requestOptions() {
    return REQUEST_OPTIONS;
  }

  static ClassName apiResponse() {
    return API_RESPONSE;
  }

  static ClassName future() {
    return FUTURE;
  }

  static ClassName call() {
    return CALL;
  }

  static ClassName autoPager() {
    return AUTO_PAGER;
  }

  static ClassName page() {
    return PAGE;
  }

  static ClassName pageToken() {
    return PAGE_TOKEN;
  }

  static String uuidRegex() {
    return UUID_REGEX;
  }
}
