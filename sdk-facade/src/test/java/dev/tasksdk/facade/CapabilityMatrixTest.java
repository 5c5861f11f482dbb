package dev.tasksdk.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tasksdk.core.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps each vendor's capability matrix and its spec in agreement: the operations and server-side
 * filters a vendor declares NATIVE are exactly those its spec defines.
 */
class CapabilityMatrixTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** What each spec operation makes possible. */
  private static final Map<String, Set<Capability>> OPERATIONS =
      Map.ofEntries(
          Map.entry("listTasks", EnumSet.of(Capability.LIST)),
          Map.entry("listTasksByCall", EnumSet.of(Capability.LIST, Capability.FILTER_CALL_SID)),
          Map.entry("getTask", EnumSet.of(Capability.GET)),
          Map.entry("createTask", EnumSet.of(Capability.CREATE)),
          Map.entry("updateTask", EnumSet.of(Capability.UPDATE)),
          Map.entry("completeTask", EnumSet.of(Capability.COMPLETE)),
          Map.entry("skipTask", EnumSet.of(Capability.SKIP)),
          Map.entry("claimTask", EnumSet.of(Capability.CLAIM)),
          Map.entry("moveTask", EnumSet.of(Capability.MOVE)),
          Map.entry("deleteTask", EnumSet.of(Capability.DELETE)),
          Map.entry("setTaskAssignee", EnumSet.of(Capability.ASSIGN)));

  /** What each list query parameter (wire name) makes possible. */
  private static final Map<String, Capability> LIST_PARAMETERS =
      Map.ofEntries(
          Map.entry("status", Capability.FILTER_STATUS),
          Map.entry("type", Capability.FILTER_TYPE),
          Map.entry("agentId", Capability.FILTER_ASSIGNEE),
          Map.entry("assignee", Capability.FILTER_ASSIGNEE),
          Map.entry("responsibleIds[]", Capability.FILTER_ASSIGNEE),
          Map.entry("fromDate", Capability.FILTER_DUE_WINDOW),
          Map.entry("toDate", Capability.FILTER_DUE_WINDOW),
          Map.entry("keyword", Capability.FILTER_TEXT),
          Map.entry("searchFilter", Capability.FILTER_TEXT),
          Map.entry("user_id", Capability.FILTER_USER_ID),
          Map.entry("projectId", Capability.FILTER_PROJECT));

  /** Update bodies that can also express other operations. */
  private static final Map<String, Capability> UPDATE_FIELDS =
      Map.of(
          "assignedAgentId", Capability.ASSIGN,
          "responsibleIds", Capability.ASSIGN,
          "newStatusName", Capability.MOVE);

  /** Move bodies whose status enum offers cancellation. */
  private static final String CANCELLED = "cancelled";

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void nativeCapabilities_whenComparedWithTheSpec_agree(Vendor vendor) throws IOException {
    JsonNode spec = YAML.readTree(Files.readString(Path.of("..", "specs", vendor.id() + ".yaml")));
    Set<Capability> derived = EnumSet.noneOf(Capability.class);

    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        paths.hasNext(); ) {
      for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().getValue().fields();
          ops.hasNext(); ) {
        JsonNode op = ops.next().getValue();
        if (!op.has("operationId")) continue;
        String id = op.get("operationId").asText();
        derived.addAll(OPERATIONS.getOrDefault(id, Set.of()));
        if (id.equals("listTasks")) {
          for (JsonNode p : op.path("parameters")) {
            Capability c = LIST_PARAMETERS.get(resolve(spec, p).path("name").asText());
            if (c != null) derived.add(c);
          }
        }
        JsonNode body =
            resolve(
                spec,
                op.path("requestBody").path("content").path("application/json").path("schema"));
        if (id.equals("updateTask")) {
          body.path("properties")
              .fieldNames()
              .forEachRemaining(
                  f -> {
                    if (UPDATE_FIELDS.containsKey(f)) derived.add(UPDATE_FIELDS.get(f));
                  });
        }
        if (id.equals("moveTask")) {
          for (JsonNode v : resolve(spec, body.path("properties").path("status")).path("enum")) {
            if (v.asText().equals(CANCELLED)) derived.add(Capability.CANCEL);
          }
        }
      }
    }

    Capabilities caps = TaskClients.capabilities(vendor);
    Set<Capability> declared = EnumSet.noneOf(Capability.class);
    caps.asMap()
        .forEach(
            (c, s) -> {
              if (s == Support.NATIVE) declared.add(c);
            });
    assertEquals(
        derived,
        declared,
        "native capabilities of " + vendor + " vs specs/" + vendor.id() + ".yaml");
  }

  private static JsonNode resolve(JsonNode spec, JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) return node;
    JsonNode target = spec;
    for (String part : ref.asText().substring(2).split("/")) {
      target = target.path(part);
    }
    return resolve(spec, target);
  }
}
