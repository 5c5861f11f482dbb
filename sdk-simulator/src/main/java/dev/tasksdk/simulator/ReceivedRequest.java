package dev.tasksdk.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the simulator received it, before any fault, check or rule was applied.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, without the query
 * @param query the raw query string, empty when there is none
 * @param headers the headers, names in lower case
 * @param body the body as text, empty when there is none
 */
public record ReceivedRequest(
    String method, String path, String query, Map<String, List<String>> headers, String body) {
  /** Copies the collections. */
  public ReceivedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** The first value of header {@code name} (any case). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** {@code "GET /api/tasks/cmabc123"}: method and path, for assertions and messages. */
  public String line() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query);
  }

  /** The line only: headers may carry credentials. */
  @Override
  public String toString() {
    return line();
  }
}
