package dev.tasksdk.spectools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WireDiffTest {
  private static final String BASE =
      String.join(
          "\n",
          "openapi: 3.1.0",
          "info: {title: T, version: '1'}",
          "paths:",
          "  /tasks:",
          "    get:",
          "      operationId: listTasks",
          "      parameters:",
          "        - {name: status, in: query, schema: {type: string, enum: [open, done, archived]}}",
          "      responses:",
          "        '200':",
          "          description: ok",
          "          content:",
          "            application/json:",
          "              schema: {$ref: '#/components/schemas/Task'}",
          "  /tasks/{id}:",
          "    delete:",
          "      operationId: deleteTask",
          "      parameters:",
          "        - {name: id, in: path, required: true, schema: {type: string}}",
          "      responses: {'204': {description: gone}}",
          "components:",
          "  schemas:",
          "    Task:",
          "      type: object",
          "      required: [id]",
          "      properties:",
          "        id: {type: string}",
          "        tokens: {anyOf: [{type: integer}, {type: 'null'}]}",
          "");

  @Test
  void compare_whenUnchanged_reportsNoChange() {
    WireDiff.Result result = WireDiff.compare(BASE, BASE);

    assertTrue(result.changes().isEmpty(), result.changes().toString());
  }

  @Test
  void compare_whenOperationRemoved_isBreaking() {
    String current =
        BASE.substring(0, BASE.indexOf("  /tasks/{id}:"))
            + BASE.substring(BASE.indexOf("components:"));

    WireDiff.Result result = WireDiff.compare(BASE, current);

    assertTrue(result.breaking());
    assertTrue(
        result
            .changes()
            .contains(new WireDiff.Change(true, "DELETE /tasks/{id}", "operation removed")),
        result.changes().toString());
  }

  @Test
  void compare_whenRequiredParameterAdded_isBreaking() {
    String current =
        BASE.replace(
            "      parameters:\n        - {name: status",
            "      parameters:\n        - {name: team, in: query, required: true, schema: {type: string}}\n"
                + "        - {name: status");

    WireDiff.Result result = WireDiff.compare(BASE, current);

    assertTrue(result.breaking(), result.changes().toString());
    assertTrue(
        result
            .changes()
            .contains(
                new WireDiff.Change(true, "GET /tasks parameter query team", "added, required")),
        result.changes().toString());
  }

  @Test
  void compare_whenOptionalParameterAdded_isCompatible() {
    String current =
        BASE.replace(
            "      parameters:\n        - {name: status",
            "      parameters:\n        - {name: team, in: query, schema: {type: string}}\n        - {name: status");

    WireDiff.Result result = WireDiff.compare(BASE, current);

    assertFalse(result.breaking(), result.changes().toString());
    assertFalse(result.changes().isEmpty());
  }

  @Test
  void compare_whenRequestEnumNarrowed_isBreaking() {
    WireDiff.Result result =
        WireDiff.compare(BASE, BASE.replace("enum: [open, done, archived]", "enum: [open, done]"));

    assertTrue(result.breaking(), result.changes().toString());
  }

  @Test
  void compare_whenRequiredResponseFieldRemoved_isBreaking() {
    String current =
        BASE.replace("      required: [id]\n", "").replace("        id: {type: string}\n", "");

    WireDiff.Result result = WireDiff.compare(BASE, current);

    assertTrue(result.breaking(), result.changes().toString());
  }

  @Test
  void compare_whenOptionalResponseFieldRemoved_isCompatibleOnTheWire() {
    // an optional field may always be absent; the getter it removes is caught by the Java API diff
    WireDiff.Result result =
        WireDiff.compare(
            BASE, BASE.replace("        tokens: {anyOf: [{type: integer}, {type: 'null'}]}\n", ""));

    assertFalse(result.breaking(), result.changes().toString());
    assertFalse(result.changes().isEmpty());
  }

  @Test
  void compare_whenOptionalResponseFieldAdded_isCompatible() {
    WireDiff.Result result =
        WireDiff.compare(
            BASE,
            BASE.replace(
                "        id: {type: string}",
                "        id: {type: string}\n        note: {type: string}"));

    assertFalse(result.breaking(), result.changes().toString());
    assertFalse(result.changes().isEmpty());
  }

  @Test
  void compare_whenTypeChangesInsideOpenApi31NullableAnyOf_isBreaking() {
    // openapi-diff alone reads only 3.0's `type`; without the 3.0 rewrite this change counts as
    // compatible
    WireDiff.Result result =
        WireDiff.compare(
            BASE,
            BASE.replace("tokens: {anyOf: [{type: integer}", "tokens: {anyOf: [{type: string}"));

    assertTrue(result.breaking(), result.changes().toString());
  }
}
