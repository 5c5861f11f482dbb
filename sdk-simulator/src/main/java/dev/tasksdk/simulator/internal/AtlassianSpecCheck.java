package dev.tasksdk.simulator.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link SpecCheck} with com.atlassian.oai:swagger-request-validator-core. */
final class AtlassianSpecCheck implements SpecCheck {
  static {
    // the validator's dependencies log through SLF4J; without a provider SLF4J 2 prints a warning
    // to stderr unless its internal reports are turned down (a user's explicit setting wins)
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private final OpenApiInteractionValidator validator;

  AtlassianSpecCheck(String yaml) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
  }

  @Override
  public List<Problem> request(Req r) {
    SimpleRequest.Builder b =
        new SimpleRequest.Builder(Request.Method.valueOf(r.method()), r.path(), false);
    for (Map.Entry<String, List<String>> q : r.query().entrySet()) {
      b.withQueryParam(q.getKey(), q.getValue());
    }
    for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
      b.withHeader(h.getKey(), h.getValue());
    }
    if (!r.body().isEmpty()) {
      b.withBody(r.body());
    }
    return problems(validator.validateRequest(b.build()), "validation.request.security");
  }

  @Override
  public List<Problem> response(Req r, Reply reply) {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(reply.status());
    if (reply.body() != null) {
      b.withContentType("application/json").withBody(reply.bodyText());
    }
    reply.headers().forEach(b::withHeader);
    return problems(
        validator.validateResponse(
            r.path(), Request.Method.valueOf(r.method().toUpperCase(Locale.ROOT)), b.build()),
        // an injected fault or an undeclared error status is the simulator's choice, not drift
        "validation.response.status.unknown");
  }

  @Override
  public boolean enabled() {
    return true;
  }

  private static List<Problem> problems(ValidationReport report, String ignoredPrefix) {
    List<Problem> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR && !m.getKey().startsWith(ignoredPrefix)) {
        out.add(new Problem(m.getKey(), m.getMessage()));
      }
    }
    return out;
  }
}
