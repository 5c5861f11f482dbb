package dev.tasksdk.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tasksdk.codegen.SpecModel.Field;
import dev.tasksdk.codegen.SpecModel.Op;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes one {@code <OperationId>Params}: immutable, with a builder, {@code toBuilder()}, {@code
 * equals}/{@code hashCode}/{@code toString}, validated from the spec when built.
 */
final class ParamsGenerator {
  private static final ClassName REQUIRE = ClientGenerator.requireType();
  private final Op op;
  private final ClientGenerator g;
  private final ClassName type;
  private final ClassName builder;
  private final java.util.Map<String, FieldSpec> constants = new java.util.LinkedHashMap<>();

  ParamsGenerator(Op op, ClientGenerator g) {
    this.op = op;
    this.g = g;
    this.type = g.paramsType(op);
    this.builder = type.nestedClass("Builder");
  }

  private boolean list(Field f) {
    return "array".equals(f.type);
  }

  private boolean clearable(Field f) {
    return "body".equals(f.in) && f.nullable;
  }

  private boolean requiredHere(Field f) {
    return f.required && f.clientParam == null;
  }

  private TypeName itemType(Field f) {
    return g.fieldType(f.item);
  }

  TypeSpec type() {
    TypeSpec.Builder t =
        TypeSpec.classBuilder(type)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The query and body parameters of {@link $T#$L}: {@code $L $L}.\n\n"
                    + "<p>Immutable; built by {@link #builder()}, changed by {@link"
                    + " #toBuilder()}. {@link Builder#build()} checks what\nthe spec says"
                    + " (required fields, limits, enums, patterns, formats) and throws\n"
                    + "{@link IllegalArgumentException} naming the field, also for a required"
                    + " field left unset.\n",
                g.clientType(),
                op.id,
                op.method,
                op.path);
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "b");
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Builds {@link $T}; every setter replaces the value set before.\n", type)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder toBuilder =
        MethodSpec.methodBuilder("toBuilder")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addJavadoc("A builder holding these values.\n")
            .addStatement("Builder b = new Builder()");
    for (Field f : op.fields) {
      TypeName ft = g.fieldType(f);
      // package-private so that the generated client reads them without accessor overhead
      t.addField(ft, f.javaName, Modifier.FINAL);
      b.addField(ft, f.javaName, Modifier.PRIVATE);
      toBuilder.addStatement("b.$L = $L", f.javaName, f.javaName);
      boolean uuid = "uuid".equals(list(f) ? f.item.format : f.format);
      if (list(f) && uuid) {
        // UUIDs go out in their canonical lower-case form
        ctor.addStatement(
            "this.$L = b.$L == null ? null : b.$L.stream().map(v -> v.toLowerCase($T.ROOT)).toList()",
            f.javaName,
            f.javaName,
            f.javaName,
            Locale.class);
      } else if (list(f)) {
        ctor.addStatement(
            "this.$L = b.$L == null ? null : $T.copyOf(b.$L)",
            f.javaName,
            f.javaName,
            ClientGenerator.list(),
            f.javaName);
      } else if (uuid) {
        ctor.addStatement(
            "this.$L = b.$L == null ? null : b.$L.toLowerCase($T.ROOT)",
            f.javaName,
            f.javaName,
            f.javaName,
            Locale.class);
      } else {
        ctor.addStatement("this.$L = b.$L", f.javaName, f.javaName);
      }
      if (clearable(f)) {
        String flag = cleared(f);
        t.addField(boolean.class, flag, Modifier.FINAL);
        b.addField(boolean.class, flag, Modifier.PRIVATE);
        ctor.addStatement("this.$L = b.$L", flag, flag);
        toBuilder.addStatement("b.$L = $L", flag, flag);
      }
      accessor(t, f, ft);
      setters(b, f, ft);
    }
    for (Field f : op.fields) {
      validate(ctor, f);
    }
    if (op.checks) {
      ctor.addStatement("$T.$L(this)", g.checksType(), op.id);
    }
    t.addMethod(ctor.build());
    t.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc("An empty builder.\n")
            .addStatement("return new Builder()")
            .build());
    t.addMethod(toBuilder.addStatement("return b").build());
    if (op.hasBody) {
      t.addMethod(toJson());
    }
    t.addMethod(isEmptyMethod());
    t.addMethod(equalsMethod());
    t.addMethod(hashCodeMethod());
    t.addMethod(toStringMethod());
    b.addMethod(
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(type)
            .addJavadoc(
                "Builds the parameters.\n\n@throws IllegalArgumentException naming the field"
                    + " that breaks a rule of the spec\n    or a required field that is not"
                    + " set\n")
            .addStatement("return new $T(this)", type)
            .build());
    t.addType(b.build());
    for (FieldSpec c : constants.values()) {
      t.addField(c);
    }
    return t.build();
  }

  private static String cleared(Field f) {
    return f.javaName + "Cleared";
  }

  private void accessor(TypeSpec.Builder t, Field f, TypeName ft) {
    String doc = doc(f);
    if (list(f)) {
      t.addMethod(
          MethodSpec.methodBuilder(f.javaName)
              .addModifiers(Modifier.PUBLIC)
              .returns(ft)
              .addJavadoc("$L (empty when not set).\n", doc)
              .addStatement(
                  "return $L == null ? $T.of() : $L",
                  f.javaName,
                  ClientGenerator.list(),
                  f.javaName)
              .build());
    } else if (requiredHere(f)) {
      t.addMethod(
          MethodSpec.methodBuilder(f.javaName)
              .addModifiers(Modifier.PUBLIC)
              .returns(ft)
              .addJavadoc("$L (required).\n", doc)
              .addStatement("return $L", f.javaName)
              .build());
    } else {
      t.addMethod(
          MethodSpec.methodBuilder(f.javaName)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(ClientGenerator.optional(), ft))
              .addJavadoc("$L (empty when not set).\n", doc)
              .addStatement("return $T.ofNullable($L)", ClientGenerator.optional(), f.javaName)
              .build());
    }
    if (clearable(f)) {
      t.addMethod(
          MethodSpec.methodBuilder("clears" + SpecModel.capitalize(f.javaName))
              .addModifiers(Modifier.PUBLIC)
              .returns(boolean.class)
              .addJavadoc(
                  "Whether {@code $L} is sent as an explicit JSON {@code null}.\n", f.wireName)
              .addStatement("return $L", cleared(f))
              .build());
    }
  }

  private void setters(TypeSpec.Builder b, Field f, TypeName ft) {
    String doc = doc(f);
    MethodSpec.Builder set =
        MethodSpec.methodBuilder(f.javaName)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(ft, f.javaName);
    if (list(f)) {
      set.addJavadoc("Sets $L ({@code $L}); null unsets it.\n", lower(doc), f.wireName)
          .addStatement(
              "this.$L = $L == null ? null : new $T<>($T.noNullElements($L, $S))",
              f.javaName,
              f.javaName,
              ClassName.get("java.util", "ArrayList"),
              REQUIRE,
              f.javaName,
              f.javaName);
      b.addMethod(set.addStatement("return this").build());
      String add = "add" + SpecModel.capitalize(f.singular());
      b.addMethod(
          MethodSpec.methodBuilder(add)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(itemType(f), "value")
              .addJavadoc("Adds one value to {@code $L}.\n", f.wireName)
              .addStatement("$T.nonNull(value, $S)", REQUIRE, f.javaName)
              .beginControlFlow("if (this.$L == null)", f.javaName)
              .addStatement(
                  "this.$L = new $T<>()", f.javaName, ClassName.get("java.util", "ArrayList"))
              .endControlFlow()
              .addStatement("this.$L.add(value)", f.javaName)
              .addStatement("return this")
              .build());
      return;
    }
    set.addJavadoc("Sets $L ({@code $L}); null unsets it.\n", lower(doc), f.wireName)
        .addStatement("this.$L = $L", f.javaName, f.javaName);
    if (clearable(f)) {
      set.addStatement("this.$L = false", cleared(f));
    }
    b.addMethod(set.addStatement("return this").build());
    if (clearable(f)) {
      b.addMethod(
          MethodSpec.methodBuilder("clear" + SpecModel.capitalize(f.javaName))
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addJavadoc(
                  "Sends {@code \"$L\": null}, which the vendor reads as \"remove the value\".\n",
                  f.wireName)
              .addStatement("this.$L = null", f.javaName)
              .addStatement("this.$L = true", cleared(f))
              .addStatement("return this")
              .build());
    }
  }

  private void validate(MethodSpec.Builder m, Field f) {
    String n = f.javaName;
    if (requiredHere(f)) {
      // a required field left unset is an invalid value of the whole, not a null argument
      m.addStatement("$T.argument($L != null, $S, $S)", REQUIRE, n, n, "is required");
    }
    if (list(f)) {
      m.beginControlFlow("if ($L != null)", n);
      if (f.minItems != null) {
        m.addStatement(
            "$T.argument($L.size() >= $L, $S, $S)",
            REQUIRE,
            n,
            f.minItems,
            n,
            "must have at least " + f.minItems + " items");
      }
      if (f.maxItems != null) {
        m.addStatement(
            "$T.argument($L.size() <= $L, $S, $S)",
            REQUIRE,
            n,
            f.maxItems,
            n,
            "must have at most " + f.maxItems + " items");
      }
      CodeBlock item = scalarChecks(f.item, "item", CodeBlock.of("$S + i + $S", n + "[", "]"));
      if (!item.isEmpty()) {
        m.beginControlFlow("for (int i = 0; i < $L.size(); i++)", n)
            .addStatement("$T item = $L.get(i)", itemType(f), n)
            .addCode(item)
            .endControlFlow();
      }
      m.endControlFlow();
      return;
    }
    CodeBlock checks = scalarChecks(f, n, CodeBlock.of("$S", n));
    if (!checks.isEmpty()) {
      m.beginControlFlow("if ($L != null)", n).addCode(checks).endControlFlow();
    }
  }

  /** The checks of one value {@code v} whose name is the expression {@code name}. */
  private CodeBlock scalarChecks(Field f, String v, CodeBlock name) {
    CodeBlock.Builder c = CodeBlock.builder();
    if ("string".equals(f.type) && !isTime(f)) {
      if (f.enumValues != null) {
        String constant = constant(f, "VALUES");
        CodeBlock.Builder init = CodeBlock.builder().add("$T.of(", ClientGenerator.set());
        for (int i = 0; i < f.enumValues.size(); i++) {
          init.add(i == 0 ? "$S" : ", $S", f.enumValues.get(i));
        }
        constants.put(
            constant,
            FieldSpec.builder(
                    ParameterizedTypeName.get(ClientGenerator.set(), ClassName.get(String.class)),
                    constant,
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(init.add(")").build())
                .build());
        c.beginControlFlow("if (!$L.contains($L))", constant, v)
            .addStatement(
                "throw new $T($L + $S + $L + $S)",
                IllegalArgumentException.class,
                name,
                " must be one of " + String.join(", ", f.enumValues) + " but was '",
                v,
                "'")
            .endControlFlow();
      }
      if (f.minLength != null && f.minLength == 1) {
        c.addStatement("$T.argument(!$L.isBlank(), $L, $S)", REQUIRE, v, name, "is blank");
      } else if (f.minLength != null) {
        c.addStatement(
            "$T.argument($L.length() >= $L, $L, $S)",
            REQUIRE,
            v,
            f.minLength,
            name,
            f.minLength == 1 ? "is empty" : "must have at least " + f.minLength + " characters");
      }
      if (f.maxLength != null) {
        c.addStatement(
            "$T.argument($L.length() <= $L, $L, $S)",
            REQUIRE,
            v,
            f.maxLength,
            name,
            "must have at most " + f.maxLength + " characters");
      }
      if (f.pattern != null) {
        String constant = constant(f, "PATTERN");
        constants.put(constant, patternConstant(constant, f.pattern));
        c.addStatement(
            "$T.matches($L, $L, $L, $S)", REQUIRE, v, constant, name, "matching " + f.pattern);
      }
      if ("uuid".equals(f.format)) {
        constants.put("UUID", patternConstant("UUID", ClientGenerator.uuidRegex()));
        c.addStatement("$T.matches($L, UUID, $L, $S)", REQUIRE, v, name, "a UUID");
      } else if ("email".equals(f.format)) {
        constants.put("EMAIL", patternConstant("EMAIL", "[^@\\s]+@[^@\\s]+"));
        c.addStatement("$T.matches($L, EMAIL, $L, $S)", REQUIRE, v, name, "an email address");
      }
    }
    if ("integer".equals(f.type) || "number".equals(f.type)) {
      if (f.minimum != null) {
        c.addStatement(
            "$T.argument($L >= $L, $L, $S + $L)",
            REQUIRE,
            v,
            literal(f, f.minimum),
            name,
            "must be >= " + f.minimum.toPlainString() + " but was ",
            v);
      }
      if (f.maximum != null) {
        c.addStatement(
            "$T.argument($L <= $L, $L, $S + $L)",
            REQUIRE,
            v,
            literal(f, f.maximum),
            name,
            "must be <= " + f.maximum.toPlainString() + " but was ",
            v);
      }
    }
    return c.build();
  }

  private static boolean isTime(Field f) {
    return "date".equals(f.format) || "date-time".equals(f.format);
  }

  private static String literal(Field f, BigDecimal v) {
    if ("number".equals(f.type)) {
      return v.toPlainString() + "d";
    }
    return v.toPlainString() + ("int64".equals(f.format) ? "L" : "");
  }

  private static FieldSpec patternConstant(String name, String regex) {
    return FieldSpec.builder(
            ClientGenerator.pattern(), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.compile($S)", ClientGenerator.pattern(), regex)
        .build();
  }

  private String constant(Field f, String suffix) {
    StringBuilder b = new StringBuilder();
    for (char ch : f.javaName.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('_');
      }
      b.append(Character.toUpperCase(ch));
    }
    return b.append('_').append(suffix).toString().toUpperCase(Locale.ROOT);
  }

  private MethodSpec toJson() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("toJson")
            .returns(ClientGenerator.jsonObject())
            .addParameter(ClientGenerator.gson(), "gson")
            .addJavadoc(
                "The JSON body: set fields, and explicit nulls for cleared ones (written by"
                    + " {@link dev.tasksdk.core.spi.JsonBodies}).\n")
            .addStatement(
                "$T o = new $T()", ClientGenerator.jsonObject(), ClientGenerator.jsonObject());
    for (Field f : op.fields) {
      if (!"body".equals(f.in)) {
        continue;
      }
      m.beginControlFlow("if ($L != null)", f.javaName)
          .addStatement("o.add($S, gson.toJsonTree($L))", f.wireName, f.javaName);
      if (clearable(f)) {
        m.nextControlFlow("else if ($L)", cleared(f))
            .addStatement("o.add($S, $T.INSTANCE)", f.wireName, ClientGenerator.jsonNull());
      }
      if (f.defaultValue != null) {
        // the spec's default, sent as the vendor would assume it
        m.nextControlFlow("else").addStatement("o.addProperty($S, $L)", f.wireName, f.defaultValue);
      }
      m.endControlFlow();
    }
    return m.addStatement("return o").build();
  }

  private List<String> stateNames() {
    List<String> names = new ArrayList<>();
    for (Field f : op.fields) {
      names.add(f.javaName);
      if (clearable(f)) {
        names.add(cleared(f));
      }
    }
    return names;
  }

  private MethodSpec isEmptyMethod() {
    List<String> parts = new ArrayList<>();
    for (Field f : op.fields) {
      parts.add(f.javaName + " == null");
      if (clearable(f)) {
        parts.add("!" + cleared(f));
      }
    }
    return MethodSpec.methodBuilder("isEmpty")
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addJavadoc("Whether no field is set or cleared.\n")
        .addStatement("return $L", String.join(" && ", parts))
        .build();
  }

  private MethodSpec equalsMethod() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "o")
            .beginControlFlow("if (this == o)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (!(o instanceof $T))", type)
            .addStatement("return false")
            .endControlFlow()
            .addStatement("$T that = ($T) o", type, type);
    List<CodeBlock> parts = new ArrayList<>();
    for (String n : stateNames()) {
      parts.add(CodeBlock.of("$T.equals($L, that.$L)", ClientGenerator.objects(), n, n));
    }
    return m.addStatement("return $L", CodeBlock.join(parts, "\n    && ")).build();
  }

  private MethodSpec hashCodeMethod() {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement(
            "return $T.hash($L)", ClientGenerator.objects(), String.join(", ", stateNames()))
        .build();
  }

  private MethodSpec toStringMethod() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The fields that are set (and cleared ones as {@code null}).\n")
            .addStatement(
                "$T s = new $T($S, $S, $S)",
                ClassName.get("java.util", "StringJoiner"),
                ClassName.get("java.util", "StringJoiner"),
                ", ",
                type.simpleName() + "{",
                "}");
    for (Field f : op.fields) {
      m.beginControlFlow("if ($L != null)", f.javaName)
          .addStatement("s.add($S + $L)", f.javaName + "=", f.javaName);
      if (clearable(f)) {
        m.nextControlFlow("else if ($L)", cleared(f))
            .addStatement("s.add($S)", f.javaName + "=null");
      }
      m.endControlFlow();
    }
    return m.addStatement("return s.toString()").build();
  }

  private static String doc(Field f) {
    String d = f.description == null ? "" : f.description.trim();
    int dot = d.indexOf(". ");
    String first = dot > 0 ? d.substring(0, dot + 1) : d;
    if (first.isEmpty()) {
      return "The {@code " + f.wireName + "} value";
    }
    first = OperationGenerator.javadocText(first);
    return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
