package dev.tasksdk.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckTest {
  private static final String OURS =
      String.join(
          "\n",
          "openapi: 3.1.0",
          "info: {title: T, version: '1'}",
          "paths:",
          "  /tasks/{id}:",
          "    get:",
          "      operationId: getTask",
          "      parameters:",
          "        - {name: id, in: path, required: true, schema: {type: string}}",
          "      responses:",
          "        '200':",
          "          description: ok",
          "          content:",
          "            application/json:",
          "              schema: {$ref: '#/components/schemas/Task'}",
          "components:",
          "  schemas:",
          "    Task:",
          "      type: object",
          "      required: [id]",
          "      properties:",
          "        id: {type: string}",
          "        status:",
          "          type: string",
          "          x-extensible-enum: [open, done]",
          "        note:",
          "          anyOf: [{type: string}, {type: 'null'}]",
          "");

  private static List<Difference> drift(String upstream) {
    return DriftCheck.compare(OpenApiDocs.parse(upstream), OpenApiDocs.parse(OURS));
  }

  @Test
  void compare_whenDocumentsAgree_reportsNothing() {
    assertEquals(List.of(), drift(OURS));
  }

  @Test
  void compare_whenVendorHasExtraField_reportsProperty() {
    String upstream =
        OURS.replace(
            "        id: {type: string}",
            "        id: {type: string}\n        owner: {type: string}");

    List<Difference> differences = drift(upstream);

    assertEquals(
        List.of(
            new Difference(
                "property",
                "GET /tasks/{id} > response 200 application/json > body.owner",
                "owner",
                Difference.NONE)),
        differences);
  }

  @Test
  void compare_whenVendorEnumHasValueOursLacks_reportsEnumValue() {
    String upstream =
        OURS.replace(
            "          x-extensible-enum: [open, done]", "          enum: [open, done, archived]");

    List<Difference> differences = drift(upstream);

    assertTrue(
        differences.contains(
            new Difference(
                "enum-value",
                "GET /tasks/{id} > response 200 application/json > body.status",
                "archived",
                "[open, done]")),
        differences.toString());
    // a closed vendor enum kept open on purpose is reported too, so that it is waived knowingly
    assertTrue(
        differences.stream().anyMatch(d -> d.kind().equals("enum-open")), differences.toString());
  }

  @Test
  void compare_whenVendorHasExtraResponseCode_reportsResponse() {
    String upstream =
        OURS.replace(
            "      responses:\n", "      responses:\n        '404': {description: gone}\n");

    assertEquals(
        List.of(
            new Difference("response", "GET /tasks/{id} > response 404", "404", Difference.NONE)),
        drift(upstream));
  }

  @Test
  void compare_whenNullabilityOrTypeDiffers_reportsBoth() {
    String upstream = OURS.replace("anyOf: [{type: string}, {type: 'null'}]", "type: integer");

    List<Difference> differences = drift(upstream);

    assertEquals(
        List.of("type", "nullable"),
        differences.stream().map(Difference::kind).toList(),
        differences.toString());
  }

  @Test
  void compare_whenVendorHasOperationWeLack_reportsOperation() {
    String upstream =
        OURS.replace(
            "  /tasks/{id}:",
            "  /tasks:\n    get:\n      responses: {'200': {description: ok}}\n  /tasks/{id}:");

    assertEquals(
        List.of(new Difference("operation", "GET /tasks", "GET /tasks", Difference.NONE)),
        drift(upstream));
  }

  @Test
  void run_whenDifferenceIsWaived_doesNotReportIt(@TempDir Path specs) throws Exception {
    Files.writeString(specs.resolve("acme.yaml"), OURS);
    Files.createDirectories(specs.resolve("upstream"));
    Files.writeString(
        specs.resolve("upstream/acme-get-task.yaml"),
        OURS.replace("      operationId: getTask", "      operationId: TaskController_get"));

    String unwaived = run(specs);
    assertTrue(unwaived.contains("DRIFT   [operation-id] GET /tasks/{id}"), unwaived);

    Files.writeString(
        specs.resolve("upstream/waivers.yaml"),
        "waivers:\n  - {vendor: acme, kind: operation-id, where: 'GET /tasks/*', reason: readable names}\n");
    String waived = run(specs);
    assertTrue(waived.contains("waived  [operation-id]"), waived);
    assertTrue(waived.contains("drift: clean"), waived);
  }

  @Test
  void run_whenWaiverMatchesNothing_failsAsStale(@TempDir Path specs) throws Exception {
    Files.writeString(specs.resolve("acme.yaml"), OURS);
    Files.createDirectories(specs.resolve("upstream"));
    Files.writeString(specs.resolve("upstream/acme-get-task.yaml"), OURS);
    Files.writeString(
        specs.resolve("upstream/waivers.yaml"),
        "waivers:\n  - {vendor: acme, kind: property, where: 'GET /x', reason: gone}\n");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int problems = DriftReport.run(specs, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertEquals(1, problems);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("STALE"));
  }

  private static String run(Path specs) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DriftReport.run(specs, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
