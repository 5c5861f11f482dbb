package dev.tasksdk.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tasksdk.codegen.SpecModel.Field;
import dev.tasksdk.codegen.SpecModel.Op;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes one operation's family on the client and on its {@code WithRawResponse}. */
final class OperationGenerator {
  private final Op op;
  private final ClientGenerator g;
  private final TypeSpec.Builder client;
  private final TypeSpec.Builder raw;
  private final ClassName params;
  private final TypeName body;

  OperationGenerator(Op op, ClientGenerator g, TypeSpec.Builder client, TypeSpec.Builder raw) {
    this.op = op;
    this.g = g;
    this.client = client;
    this.raw = raw;
    this.params = op.paramsClass() == null ? null : g.paramsType(op);
    this.body = g.responseType(op);
  }

  void generate() {
    List<Boolean> variants = new ArrayList<>();
    if (params != null) {
      variants.add(true);
    }
    if (params == null || op.paramsOptional()) {
      variants.add(false);
    }
    String primary = signature(variants.get(0), false);
    boolean first = true;
    for (boolean withParams : variants) {
      for (boolean withOptions : new boolean[] {false, true}) {
        clientMethods(withParams, withOptions, first, primary);
        rawMethods(withParams, withOptions, primary);
        first = false;
      }
    }
    callMethod();
    if (op.paging != null) {
      pagingMethods();
    }
  }

  /** The Javadoc link target of an overload, e.g. {@code updateTask(String, UpdateTaskParams)}. */
  private String signature(boolean withParams, boolean withOptions) {
    List<String> types = new ArrayList<>();
    op.pathParams.forEach(p -> types.add("String"));
    if (withParams) {
      types.add(params.simpleName());
    }
    if (withOptions) {
      types.add("RequestOptions");
    }
    return op.id + "(" + String.join(", ", types) + ")";
  }

  private MethodSpec.Builder method(String name, boolean withParams, boolean withOptions) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    for (Field f : op.pathParams) {
      m.addParameter(String.class, f.javaName);
    }
    if (withParams) {
      m.addParameter(params, "params");
    }
    if (withOptions) {
      m.addParameter(ClientGenerator.requestOptions(), "options");
    }
    return m;
  }

  private String args(boolean withParams, boolean withOptions) {
    List<String> a = new ArrayList<>();
    op.pathParams.forEach(p -> a.add(p.javaName));
    if (withParams) {
      a.add("params");
    }
    if (withOptions) {
      a.add("options");
    }
    return String.join(", ", a);
  }

  /** The arguments of the full overload, filling in what a shorter one leaves out. */
  private CodeBlock fullArgs(boolean withParams, boolean withOptions) {
    CodeBlock.Builder b = CodeBlock.builder();
    List<String> parts = new ArrayList<>();
    op.pathParams.forEach(p -> parts.add(p.javaName));
    b.add(String.join(", ", parts));
    if (params != null) {
      b.add(parts.isEmpty() ? "" : ", ");
      if (withParams) {
        b.add("params");
      } else {
        b.add("$T.builder().build()", params);
      }
    }
    b.add(parts.isEmpty() && params == null ? "" : ", ");
    if (withOptions) {
      b.add("options");
    } else {
      b.add("$T.none()", ClientGenerator.requestOptions());
    }
    return b.build();
  }

  private void clientMethods(
      boolean withParams, boolean withOptions, boolean primaryDoc, String primary) {
    boolean isVoid = op.responseModel == null;
    TypeName syncType = isVoid ? TypeName.VOID : body;
    MethodSpec.Builder sync = method(op.id, withParams, withOptions).returns(syncType);
    if (primaryDoc) {
      sync.addJavadoc("$L\n", javadocText(op.summary));
      if (!op.description.isEmpty()) {
        sync.addJavadoc("\n<p>$L\n", javadocText(op.description));
      }
      sync.addJavadoc(
          "\n<p>{@code $L $L}; $L.\n",
          op.method,
          op.path,
          op.effectiveRetrySafe() ? "retried on transient failures" : "never retried");
      for (Field f : op.pathParams) {
        sync.addJavadoc("\n@param $L $L", f.javaName, javadocText(describe(f)));
      }
      if (withParams) {
        sync.addJavadoc("\n@param params the query and body fields");
      }
      sync.addJavadoc("\n@throws IllegalStateException when the client is closed\n");
    } else {
      sync.addJavadoc(
          "As {@link #$L}$L.\n\n@see #$L\n",
          primary,
          withOptions ? ", with per-request options" : "",
          primary);
    }
    if (isVoid) {
      sync.addStatement("raw.$L($L)", op.id, args(withParams, withOptions));
    } else {
      sync.addStatement("return raw.$L($L).body()", op.id, args(withParams, withOptions));
    }
    client.addMethod(sync.build());
    String self = signature(withParams, withOptions);
    client.addMethod(
        method(op.id + "Async", withParams, withOptions)
            .returns(ParameterizedTypeName.get(ClientGenerator.future(), body))
            .addJavadoc(
                "As {@link #$L}, asynchronously. Invalid arguments and a closed client throw"
                    + " before any request.\n\n@see #$L\n",
                self,
                primary)
            .addStatement(
                "return raw.$LAsync($L).thenApply($T::body)",
                op.id,
                args(withParams, withOptions),
                ClientGenerator.apiResponse())
            .build());
  }

  private void rawMethods(boolean withParams, boolean withOptions, String primary) {
    TypeName resp = ParameterizedTypeName.get(ClientGenerator.apiResponse(), body);
    String self = signature(withParams, withOptions);
    raw.addMethod(
        method(op.id, withParams, withOptions)
            .returns(resp)
            .addJavadoc(
                "{@link $T#$L} with the raw response.\n\n@see $T#$L\n",
                g.clientType(),
                self,
                g.clientType(),
                primary)
            .addStatement(
                "return runtime.execute($S, $LCall($L))",
                op.id,
                op.id,
                fullArgs(withParams, withOptions))
            .build());
    raw.addMethod(
        method(op.id + "Async", withParams, withOptions)
            .returns(ParameterizedTypeName.get(ClientGenerator.future(), resp))
            .addJavadoc(
                "{@link $T#$L} with the raw response, asynchronously.\n\n@see $T#$L\n",
                g.clientType(),
                self,
                g.clientType(),
                primary)
            .addStatement(
                "return runtime.executeAsync($S, $LCall($L))",
                op.id,
                op.id,
                fullArgs(withParams, withOptions))
            .build());
  }

  private void callMethod() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(op.id + "Call")
            .addModifiers(Modifier.PRIVATE)
            .returns(ParameterizedTypeName.get(ClientGenerator.call(), body));
    for (Field f : op.pathParams) {
      m.addParameter(String.class, f.javaName);
    }
    if (params != null) {
      m.addParameter(params, "params");
    }
    m.addParameter(ClientGenerator.requestOptions(), "options");
    m.addStatement("checkOpen()");
    for (Field f : op.pathParams) {
      m.addStatement("$T.nonBlank($L, $S)", ClientGenerator.requireType(), f.javaName, f.javaName);
      // one path segment, never a way to another endpoint
      m.addStatement(
          "$T.argument($L.indexOf('/') < 0 && !$L.equals($S) && !$L.equals($S), $S, $S)",
          ClientGenerator.requireType(),
          f.javaName,
          f.javaName,
          ".",
          f.javaName,
          "..",
          f.javaName,
          "must be one path segment (no '/', not '.' or '..')");
      if ("uuid".equals(f.format)) {
        m.addStatement(
            "$T.matches($L, UUID, $S, $S)",
            ClientGenerator.requireType(),
            f.javaName,
            f.javaName,
            "a UUID");
      }
    }
    if (params != null) {
      m.addStatement("$T.nonNull(params, $S)", ClientGenerator.requireType(), "params");
    }
    m.addStatement("$T.nonNull(options, $S)", ClientGenerator.requireType(), "options");
    List<CodeBlock> args = new ArrayList<>();
    for (Field f : op.pathParams) {
      if ("uuid".equals(f.format)) {
        m.addStatement(
            "$L = $L.toLowerCase($T.ROOT)", f.javaName, f.javaName, java.util.Locale.class);
      }
    }
    for (Field f : op.allPathParams) {
      args.add(
          f.clientParam != null
              ? CodeBlock.of("require$L()", SpecModel.capitalize(f.clientParam.name))
              : CodeBlock.of("$L", f.javaName));
    }
    for (Field f : op.fields) {
      if (!"query".equals(f.in)) {
        continue;
      }
      if (f.clientParam != null) {
        String local = f.javaName + "Value";
        m.addStatement(
            "String $L = params.$L != null ? params.$L : $L",
            local,
            f.javaName,
            f.javaName,
            f.clientParam.name);
        if (f.required) {
          m.beginControlFlow("if ($L == null)", local)
              .addStatement(
                  "throw new $T($S)",
                  IllegalArgumentException.class,
                  f.javaName
                      + " is required: set "
                      + params.simpleName()
                      + "."
                      + f.javaName
                      + "(...) or "
                      + g.clientType().simpleName()
                      + ".builder()."
                      + f.clientParam.name
                      + "(...) (or "
                      + f.clientParam.env
                      + ")")
              .endControlFlow();
        }
        args.add(CodeBlock.of("$L", local));
      } else if ("array".equals(f.type)) {
        args.add(
            f.explode
                ? CodeBlock.of("qs(params.$L)", f.javaName)
                : CodeBlock.of(
                    "params.$L.isEmpty() ? null : $T.join($S, qs(params.$L))",
                    f.javaName,
                    String.class,
                    ",",
                    f.javaName));
      } else {
        args.add(CodeBlock.of("q(params.$L)", f.javaName));
      }
    }
    if (op.hasBody) {
      if (params != null) {
        args.add(
            CodeBlock.of(
                "$T.requestBody(params.toJson(runtime.gson()))", ClientGenerator.jsonBodies()));
      } else {
        args.add(
            CodeBlock.of(
                "$T.requestBody(new $T())",
                ClientGenerator.jsonBodies(),
                ClientGenerator.jsonObject()));
      }
    }
    m.addStatement(
        "return runtime.service($T.class, options).$L($L)",
        g.api(),
        op.id,
        CodeBlock.join(args, ", "));
    client.addMethod(m.build());
  }

  private void pagingMethods() {
    TypeName item = g.modelType(op.paging.itemModel);
    TypeName page = ParameterizedTypeName.get(ClientGenerator.page(), item);
    TypeName pager = ParameterizedTypeName.get(ClientGenerator.autoPager(), item);
    String pageName = op.id + "Page";
    String pagerName = op.id + "AutoPaging";
    boolean withParams = params != null;
    String primary = signature(withParams, false);
    MethodSpec.Builder p1 =
        method(pageName, withParams, false)
            .addParameter(ClientGenerator.pageToken(), "token")
            .returns(page)
            .addJavadoc(
                "Fetches the page of {@link #$L} named by {@code token} (null: the first):"
                    + " paging kind {@code $L}.\n\n@see #$L\n",
                primary,
                op.paging.kind,
                primary);
    p1.addStatement(
        "return $L(" + join(args(withParams, false), "token") + ", $T.none())",
        pageName,
        ClientGenerator.requestOptions());
    client.addMethod(p1.build());
    MethodSpec.Builder p2 =
        method(pageName, withParams, false)
            .addParameter(ClientGenerator.pageToken(), "token")
            .addParameter(ClientGenerator.requestOptions(), "options")
            .returns(page)
            .addJavadoc(
                "As {@link #$L(...)}, with per-request options on the request.\n\n@see #$L\n",
                pageName,
                primary);
    p2.addStatement("checkOpen()");
    if (withParams) {
      p2.addStatement("$T.nonNull(params, $S)", ClientGenerator.requireType(), "params");
    }
    p2.addStatement("$T.nonNull(options, $S)", ClientGenerator.requireType(), "options");
    String pathArgs = String.join(", ", op.pathParams.stream().map(f -> f.javaName).toList());
    String prefix = pathArgs.isEmpty() ? "" : pathArgs + ", ";
    CodeBlock fetch =
        withParams
            ? CodeBlock.of("p -> $L($Lp, options)", op.id, prefix)
            : CodeBlock.of("() -> $L($Loptions)", op.id, prefix);
    if ("link".equals(op.paging.kind)) {
      p2.addStatement(
          "return $T.$L(runtime.baseUrl(), $Ltoken, $L, url -> runtime.execute($S,"
              + " runtime.service($T.class, options).$LNext(url)).body())",
          g.pagingType(),
          op.id,
          withParams ? "params, " : "",
          fetch,
          op.id,
          g.api(),
          op.id);
    } else {
      p2.addStatement(
          "return $T.$L($Ltoken, $L)", g.pagingType(), op.id, withParams ? "params, " : "", fetch);
    }
    client.addMethod(p2.build());
    client.addMethod(
        method(pagerName, withParams, false)
            .returns(pager)
            .addJavadoc(
                "Iterates every item of {@link #$L}, fetching pages lazily (paging kind {@code"
                    + " $L}).\n\n<p>A page that fails throws {@link"
                    + " dev.tasksdk.core.PageFailedException}; its {@code resumeToken()} passed"
                    + " to\n{@code $L(..., resumeFrom)} continues with the items not yet"
                    + " delivered.\n\n@see #$L\n",
                primary,
                op.paging.kind,
                pagerName,
                primary)
            .addStatement(
                "return $L(" + join(args(withParams, false), "null") + ", $T.none())",
                pagerName,
                ClientGenerator.requestOptions())
            .build());
    client.addMethod(
        method(pagerName, withParams, false)
            .addParameter(ClientGenerator.pageToken(), "resumeFrom")
            .returns(pager)
            .addJavadoc(
                "As {@link #$L(...)}, from the page {@code resumeFrom} names (null: the first)."
                    + "\n\n@see #$L\n",
                pagerName,
                primary)
            .addStatement(
                "return $L(" + join(args(withParams, false), "resumeFrom") + ", $T.none())",
                pagerName,
                ClientGenerator.requestOptions())
            .build());
    client.addMethod(
        method(pagerName, withParams, true)
            .returns(pager)
            .addJavadoc(
                "As {@link #$L(...)}, with per-request options on every page.\n\n@see #$L\n",
                pagerName,
                primary)
            .addStatement(
                "return $L($L)", pagerName, join(args(withParams, false), "null", "options"))
            .build());
    MethodSpec.Builder full =
        method(pagerName, withParams, false)
            .addParameter(ClientGenerator.pageToken(), "resumeFrom")
            .addParameter(ClientGenerator.requestOptions(), "options")
            .returns(pager)
            .addJavadoc(
                "As {@link #$L(...)}, with per-request options on every page.\n\n@see #$L\n",
                pagerName,
                primary)
            .addStatement("checkOpen()");
    for (Field f : op.pathParams) {
      full.addStatement(
          "$T.nonBlank($L, $S)", ClientGenerator.requireType(), f.javaName, f.javaName);
    }
    if (withParams) {
      full.addStatement("$T.nonNull(params, $S)", ClientGenerator.requireType(), "params");
    }
    full.addStatement("$T.nonNull(options, $S)", ClientGenerator.requireType(), "options")
        .addStatement(
            "return $T.of(token -> $L($L), resumeFrom)",
            ClientGenerator.autoPager(),
            pageName,
            join(args(withParams, false), "token", "options"));
    client.addMethod(full.build());
  }

  private static String join(String head, String... tail) {
    List<String> parts = new ArrayList<>();
    if (!head.isEmpty()) {
      parts.add(head);
    }
    parts.addAll(List.of(tail));
    return String.join(", ", parts);
  }

  private static String describe(Field f) {
    String d = f.description == null ? "" : f.description.trim();
    int dot = d.indexOf(". ");
    String first = dot > 0 ? d.substring(0, dot + 1) : d;
    return first.isEmpty() ? "the " + f.wireName : first;
  }

  /** Spec text made safe for Javadoc: no comment terminators, HTML special characters escaped. */
  static String javadocText(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .trim();
  }
}
