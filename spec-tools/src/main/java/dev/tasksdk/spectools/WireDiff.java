package dev.tasksdk.spectools;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The wire-level diff of two versions of one spec, by openapi-diff, classified from a client's
 * point of view: a change is breaking when a client built against the old spec may fail against the
 * new one (removed operation, parameter, response or field; new required parameter or request
 * field; changed type; narrowed request enum; widened response enum...).
 *
 * <p>OpenAPI 3.1 documents are first rewritten into 3.0 form ({@link OpenApiDocs#downgradeTo30}):
 * openapi-diff 2.1 reads only the 3.0 {@code type} keyword and would report a 3.1 type change as
 * compatible.
 */
final class WireDiff {

  /**
   * One classified change.
   *
   * @param breaking true when an old client may fail
   * @param where the operation and element, such as {@code GET /tasks parameter query status}
   * @param what what happened, such as {@code removed}, {@code added (required)} or {@code changed}
   */
  record Change(boolean breaking, String where, String what) {}

  /**
   * The outcome of one comparison.
   *
   * @param changes every classified change, breaking ones first
   * @param details openapi-diff's own Markdown rendering, field by field
   */
  record Result(List<Change> changes, String details) {
    boolean breaking() {
      return changes.stream().anyMatch(Change::breaking);
    }
  }

  private WireDiff() {}

  /** Compares {@code previous} with {@code current} (YAML or JSON text of whole documents). */
  static Result compare(String previous, String current) {
    if (previous == null) {
      throw new NullPointerException("previous == null");
    }
    if (current == null) {
      throw new NullPointerException("current == null");
    }
    ChangedOpenApi diff = OpenApiCompare.fromContents(as30Json(previous), as30Json(current));
    List<Change> changes = new ArrayList<>();
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      changes.add(new Change(true, name(endpoint), "operation removed"));
    }
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      changes.add(new Change(false, name(endpoint), "operation added"));
    }
    for (Endpoint endpoint : diff.getDeprecatedEndpoints()) {
      changes.add(new Change(false, name(endpoint), "operation deprecated"));
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      classify(operation, changes);
    }
    changes.sort((a, b) -> Boolean.compare(b.breaking(), a.breaking()));
    return new Result(List.copyOf(changes), render(diff));
  }

  private static void classify(ChangedOperation operation, List<Change> changes) {
    String op = operation.getHttpMethod() + " " + operation.getPathUrl();
    if (operation.getOperationId() != null && operation.getOperationId().isDifferent()) {
      changes.add(
          new Change(
              false,
              op,
              "operationId "
                  + operation.getOperationId().getLeft()
                  + " -> "
                  + operation.getOperationId().getRight()
                  + " (not on the wire; renames the generated Java method)"));
    }
    ChangedParameters parameters = operation.getParameters();
    if (parameters != null) {
      for (Parameter p : parameters.getMissing()) {
        changes.add(
            new Change(true, op + " parameter " + p.getIn() + " " + p.getName(), "removed"));
      }
      for (Parameter p : parameters.getIncreased()) {
        boolean required = Boolean.TRUE.equals(p.getRequired());
        changes.add(
            new Change(
                required,
                op + " parameter " + p.getIn() + " " + p.getName(),
                required ? "added, required" : "added, optional"));
      }
      for (ChangedParameter p : parameters.getChanged()) {
        String what = "changed";
        if (p.isChangeRequired()) {
          what =
              Boolean.TRUE.equals(p.getNewParameter().getRequired())
                  ? "now required"
                  : "now optional";
        }
        addIfDifferent(changes, p, op + " parameter " + p.getIn() + " " + p.getName(), what);
      }
    }
    addIfDifferent(changes, operation.getRequestBody(), op + " request body", "changed");
    ChangedApiResponse responses = operation.getApiResponses();
    if (responses != null) {
      for (String code : responses.getMissing().keySet()) {
        changes.add(new Change(true, op + " response " + code, "removed"));
      }
      for (String code : responses.getIncreased().keySet()) {
        changes.add(new Change(false, op + " response " + code, "added"));
      }
      for (Map.Entry<String, ChangedResponse> entry : responses.getChanged().entrySet()) {
        addIfDifferent(changes, entry.getValue(), op + " response " + entry.getKey(), "changed");
      }
    }
    addIfDifferent(changes, operation.getSecurityRequirements(), op + " security", "changed");
  }

  private static void addIfDifferent(
      List<Change> changes, Changed changed, String where, String what) {
    if (changed != null && changed.isDifferent()) {
      changes.add(new Change(changed.isIncompatible(), where, what));
    }
  }

  private static String name(Endpoint endpoint) {
    return endpoint.getMethod() + " " + endpoint.getPathUrl();
  }

  private static String as30Json(String text) {
    try {
      return OpenApiDocs.JSON.writeValueAsString(
          OpenApiDocs.downgradeTo30(OpenApiDocs.parse(text)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot re-serialize the spec", e);
    }
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new MarkdownRender().render(diff, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
