package dev.tasksdk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.agenttasks.AgentTasksWebhooks;
import dev.tasksdk.agenttasks.InvalidWebhookPayloadException;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.facade.TaskQuery;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mutates every vendor's example responses and error bodies and AgentTasks webhook payloads: the
 * SDK yields a model or throws its invalid-response exception (a ServiceException for an error
 * status), nothing else; the facade's mapping of whatever decodes never fails either.
 */
class DecoderFuzzTest {
  static final int MUTATIONS = 120;
  private final Random random = new Random(20260801);
  private final OkHttpClient shared = Support.sharedHttpClient();
  private final MockWebServer server = Support.server();
  private final AtomicReference<MockResponse> next = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            return next.get();
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientOptions options() {
    return Support.options(server.url("/").toString(), shared, 0).build();
  }

  // ---- mutations ----------------------------------------------------------------------------

  byte[] mutate(String json) {
    int op = random.nextInt(10);
    switch (op) {
      case 0: // truncate
        return json.substring(0, random.nextInt(Math.max(1, json.length())))
            .getBytes(StandardCharsets.UTF_8);
      case 1:
        { // delete a span
          int a = random.nextInt(json.length());
          int b = Math.min(json.length(), a + 1 + random.nextInt(20));
          return (json.substring(0, a) + json.substring(b)).getBytes(StandardCharsets.UTF_8);
        }
      case 2:
        { // insert garbage
          String[] junk = {
            "{", "}", "[", "]", ",", ":", "\"", "null", "\\u12", "\u0000", "é", "1e999", "-"
          };
          int a = random.nextInt(json.length());
          return (json.substring(0, a) + junk[random.nextInt(junk.length)] + json.substring(a))
              .getBytes(StandardCharsets.UTF_8);
        }
      case 3:
        { // invalid UTF-8
          byte[] b = json.getBytes(StandardCharsets.UTF_8);
          b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(0x7f));
          return b;
        }
      case 4: // deep nesting
        return ("[".repeat(5000) + json + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
      case 5: // a different top-level shape
        return pick(List.of(
                "[]",
                "{}",
                "null",
                "0",
                "\"x\"",
                "true",
                "[" + json + "]",
                "{\"data\":" + json + "}",
                ""))
            .getBytes(StandardCharsets.UTF_8);
      default:
        { // replace a value somewhere in the tree with one of another type
          JsonElement tree = JsonParser.parseString(json);
          List<Consumer<JsonElement>> slots = new ArrayList<>();
          collect(tree, slots);
          if (!slots.isEmpty()) {
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
              slots.get(random.nextInt(slots.size())).accept(weird());
            }
          }
          return tree.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
  }

  private <T> T pick(List<T> xs) {
    return xs.get(random.nextInt(xs.size()));
  }

  private JsonElement weird() {
    return pick(
        List.of(
            JsonNull.INSTANCE,
            new JsonPrimitive(0),
            new JsonPrimitive(-1),
            new JsonPrimitive(new BigDecimal("1e400")),
            new JsonPrimitive(""),
            new JsonPrimitive("not-a-date"),
            new JsonPrimitive("2025-13-45T99:99:99Z"),
            new JsonPrimitive(true),
            new JsonArray(),
            new JsonObject(),
            new JsonPrimitive("x".repeat(10_000)),
            new JsonPrimitive("unknown_enum_value")));
  }

  private static void collect(JsonElement e, List<Consumer<JsonElement>> slots) {
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      for (String k : List.copyOf(o.keySet())) {
        slots.add(v -> o.add(k, v));
        slots.add(v -> o.remove(k));
        collect(o.get(k), slots);
      }
    } else if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      for (int i = 0; i < a.size(); i++) {
        int idx = i;
        slots.add(v -> a.set(idx, v));
        collect(a.get(i), slots);
      }
    }
  }

  private void serve(int code, byte[] body) {
    next.set(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json")
            .body(new Buffer().write(body))
            .build());
  }

  // ---- success bodies -----------------------------------------------------------------------

  /** Vendor client operations: operation name -> (example file, call). */
  private Map<String, Map.Entry<String, Runnable>> decoderOperations() {
    AgentTasksClient at = Support.agentTasks(options());
    var amigo = Support.amigo(options());
    var ample = Support.amplemarket(options());
    var stuut = Support.stuut(options());
    var vambe = Support.vambe(options());
    Map<String, Map.Entry<String, Runnable>> ops = new LinkedHashMap<>();
    ops.put(
        "agenttasks.getTask",
        Map.entry("agenttasks/ok-getTask-200.json", () -> at.getTask("cmabc123")));
    ops.put(
        "agenttasks.listTasks",
        Map.entry(
            "agenttasks/ok-listTasks-200.json",
            () -> at.listTasks(dev.tasksdk.agenttasks.ListTasksParams.builder().build())));
    ops.put(
        "amigo.getTask",
        Map.entry("amigo/getTask-200-running.json", () -> amigo.getTask("task_1")));
    ops.put(
        "amigo.listTasksByCall",
        Map.entry(
            "amigo/listTasksByCall-200-two_tasks.json",
            () -> amigo.listTasksByCall(Support.AMIGO_CALL)));
    ops.put(
        "amplemarket.listTaskStatuses",
        Map.entry("amplemarket/ok-listTaskStatuses-200.json", ample::listTaskStatuses));
    ops.put(
        "amplemarket.listTasks",
        Map.entry(
            "amplemarket/ok-listTasks-200-page.json",
            () ->
                ample.listTasks(
                    dev.tasksdk.amplemarket.ListTasksParams.builder()
                        .userId(Support.AMPLEMARKET_USER)
                        .build())));
    ops.put(
        "stuut.setTaskAssignee",
        Map.entry(
            "stuut/ok-listTasks-200-openTasks.json#data0",
            () ->
                stuut.setTaskAssignee(
                    "t1",
                    dev.tasksdk.stuut.SetTaskAssigneeParams.builder().assignee("u1").build())));
    ops.put(
        "stuut.listTasks",
        Map.entry("stuut/ok-listTasks-200-openTasks.json", () -> stuut.listTasks()));
    ops.put(
        "vambe.listTeamMembers",
        Map.entry("vambe/listTeamMembers-200-members.json", vambe::listTeamMembers));
    ops.put(
        "vambe.listTasks",
        Map.entry(
            "vambe/listTasks-200-tasks.json",
            () ->
                vambe.listTasks(
                    dev.tasksdk.vambe.ListTasksParams.builder()
                        .fromDate(java.time.LocalDate.of(2025, 10, 1))
                        .toDate(java.time.LocalDate.of(2025, 10, 31))
                        .build())));
    return ops;
  }

  /** The same bodies through the facade, whose mapping runs on whatever decoded. */
  private Map<String, Map.Entry<String, Runnable>> facadeOperations() {
    TaskClient fAt = TaskClients.of(Support.agentTasks(options()));
    TaskClient fAmigo = TaskClients.of(Support.amigo(options()));
    TaskClient fAmple = TaskClients.of(Support.amplemarket(options()));
    TaskClient fStuut = TaskClients.of(Support.stuut(options()));
    TaskClient fVambe = TaskClients.of(Support.vambe(options()));
    TaskQuery few = TaskQuery.builder().maxResults(3).build();
    TaskQuery october =
        few.toBuilder()
            .dueFrom(java.time.LocalDate.of(2025, 10, 1))
            .dueTo(java.time.LocalDate.of(2025, 10, 2))
            .build();
    Map<String, Map.Entry<String, Runnable>> ops = new LinkedHashMap<>();
    ops.put(
        "agenttasks.facade.get",
        Map.entry("agenttasks/ok-getTask-200.json", () -> fAt.get("cmabc123")));
    ops.put(
        "agenttasks.facade.list",
        Map.entry("agenttasks/ok-listTasks-200.json", () -> fAt.list(few).forEach(t -> {})));
    ops.put(
        "amigo.facade.get",
        Map.entry("amigo/getTask-200-completed.json", () -> fAmigo.get("task_1")));
    ops.put(
        "amigo.facade.list",
        Map.entry(
            "amigo/listTasksByCall-200-two_tasks.json",
            () ->
                fAmigo.list(few.toBuilder().callSid(Support.AMIGO_CALL).build()).forEach(t -> {})));
    ops.put(
        "amplemarket.facade.list",
        Map.entry(
            "amplemarket/ok-listTasks-200-page.json", () -> fAmple.list(few).forEach(t -> {})));
    ops.put(
        "stuut.facade.list",
        Map.entry(
            "stuut/ok-listTasks-200-openTasks.json", () -> fStuut.list(few).forEach(t -> {})));
    ops.put(
        "vambe.facade.list",
        Map.entry("vambe/listTasks-200-tasks.json", () -> fVambe.list(october).forEach(t -> {})));
    ops.put(
        "vambe.facade.update",
        Map.entry(
            "vambe/updateTask-200-updated.json",
            () ->
                fVambe.update(
                    "123e4567-e89b-12d3-a456-426614174000",
                    dev.tasksdk.facade.TaskUpdate.builder().title("x").build())));
    return ops;
  }

  /** Runs every operation over mutated bodies; returns outcome kind -> a body that produced it. */
  private Map<String, String> fuzz(
      String figure, Map<String, Map.Entry<String, Runnable>> ops, int mutations) {
    Map<String, String> unexpected = new LinkedHashMap<>();
    int models = 0;
    int invalid = 0;
    int others = 0;
    for (Map.Entry<String, Map.Entry<String, Runnable>> op : ops.entrySet()) {
      String example = file(op.getValue().getKey());
      for (int i = 0; i < mutations; i++) {
        byte[] body = mutate(example);
        serve(200, body);
        try {
          try {
            op.getValue().getValue().run();
          } catch (dev.tasksdk.core.PageFailedException e) {
            // the pager's wrapper: what failed is its cause
            throw e.getCause() instanceof RuntimeException re ? re : e;
          }
          models++;
        } catch (InvalidResponseException e) {
          invalid++;
          assertFalse(Support.everything(e).contains(Support.SENTINEL));
        } catch (RuntimeException | StackOverflowError e) {
          others++;
          unexpected.putIfAbsent(
              op.getKey() + " " + e.getClass().getName() + ": " + firstLine(e.getMessage()),
              new String(body, StandardCharsets.UTF_8).substring(0, Math.min(200, body.length)));
        }
      }
    }
    Figures.record(figure, models + invalid + others);
    Figures.record(figure + ".decoded", models);
    Figures.record(figure + ".invalid_response", invalid);
    Figures.record(figure + ".other_exception", others);
    unexpected.forEach(
        (k, v) -> Figures.record(figure + ".other_kind", k + " | body: " + v.replace('\n', ' ')));
    return unexpected;
  }

  @Test
  void successBodies_whenMutated_yieldAModelOrInvalidResponseException() {
    Map<String, String> unexpected = fuzz("fuzz.decoder", decoderOperations(), MUTATIONS);
    assertEquals(Map.of(), unexpected);
  }

  /**
   * Through the facade a decoded task without id, or a body of JSON null, is an
   * InvalidResponseException like any other unusable body (finding F1, fixed). The repeated-cursor
   * stop is the pager's documented behaviour for an example page that links to itself.
   */
  @Test
  void successBodies_whenMutatedThroughTheFacade_failOnlyAsDocumented() {
    Map<String, String> unexpected = fuzz("fuzz.facade", facadeOperations(), MUTATIONS / 2);
    List<String> undocumented =
        unexpected.keySet().stream()
            .filter(k -> !(k.contains("TaskSdkException") && k.contains("a second time")))
            .toList();
    assertEquals(List.of(), undocumented);
  }

  private static String file(String vendorAndFile) {
    String[] p = vendorAndFile.split("/", 2);
    String[] f = p[1].split("#", 2);
    String json = Support.example(Vendor.valueOf(p[0].toUpperCase(java.util.Locale.ROOT)), f[0]);
    // "#data0": the first task of a page, standing in for a single-task response
    return f.length == 1
        ? json
        : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("data").get(0).toString();
  }

  private static String firstLine(String m) {
    if (m == null) {
      return null;
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  // ---- error bodies -------------------------------------------------------------------------

  @Test
  void errorBodies_whenMutated_alwaysGiveAServiceExceptionOfTheStatus() throws IOException {
    Map<String, String> unexpected = new LinkedHashMap<>();
    int n = 0;
    for (Vendor v : Vendor.values()) {
      List<Path> errors;
      try (Stream<Path> files = Files.list(Support.examples(v))) {
        errors =
            files
                .filter(p -> p.getFileName().toString().matches(".*-(4|5)\\d\\d-.*\\.json"))
                .sorted()
                .toList();
      }
      Runnable call = errorCall(v);
      for (Path p : errors) {
        int status =
            Integer.parseInt(p.getFileName().toString().replaceAll(".*-([45]\\d\\d)-.*", "$1"));
        String example = Files.readString(p);
        for (int i = 0; i < MUTATIONS / 4; i++) {
          serve(status, mutate(example));
          n++;
          try {
            call.run();
            unexpected.put(v + " " + p.getFileName() + ": no exception", "");
          } catch (ServiceException e) {
            if (e.statusCode() != status) {
              unexpected.put(v + " " + p.getFileName() + ": status " + e.statusCode(), "");
            }
          } catch (RuntimeException | StackOverflowError e) {
            unexpected.putIfAbsent(v + " " + p.getFileName() + " " + e, "");
          }
        }
      }
    }
    Figures.record("fuzz.error_bodies", n);
    Figures.record("fuzz.error_bodies.other_outcome", unexpected.size());
    assertEquals(Map.of(), unexpected);
  }

  private Runnable errorCall(Vendor v) {
    ClientOptions o = options();
    return switch (v) {
      case AGENTTASKS -> () -> Support.agentTasks(o).getTask("x");
      case AMIGO -> () -> Support.amigo(o).getTask("x");
      case AMPLEMARKET -> () -> Support.amplemarket(o).listTaskStatuses();
      case STUUT ->
          () ->
              Support.stuut(o)
                  .setTaskAssignee(
                      "t1",
                      dev.tasksdk.stuut.SetTaskAssigneeParams.builder().assignee("u1").build());
      case VAMBE -> () -> Support.vambe(o).listTeamMembers();
    };
  }

  // ---- webhooks -----------------------------------------------------------------------------

  @Test
  void webhookPayloads_whenMutatedAndSigned_yieldAnEventOrInvalidWebhookPayloadException() {
    String secret = "whsec-fuzz";
    String event =
        "{\"event\":\"task.completed\",\"timestamp\":\"2025-01-15T10:05:00Z\",\"teamId\":\"team_1\","
            + "\"task\":"
            + Support.example(Vendor.AGENTTASKS, "ok-completeTask-200.json")
            + ",\"agent\":{\"id\":\"cm_agent_xyz\",\"name\":\"Researcher\"}}";
    Map<String, String> unexpected = new LinkedHashMap<>();
    int events = 0;
    int invalid = 0;
    for (int i = 0; i < MUTATIONS * 4; i++) {
      byte[] body = mutate(event);
      try {
        AgentTasksWebhooks.parse(body, AgentTasksWebhooks.sign(body, secret), secret);
        events++;
      } catch (InvalidWebhookPayloadException e) {
        invalid++;
      } catch (RuntimeException | StackOverflowError e) {
        unexpected.putIfAbsent(
            e.toString(),
            new String(body, StandardCharsets.UTF_8).substring(0, Math.min(300, body.length)));
      }
    }
    Figures.record("fuzz.webhook_payloads", events + invalid + unexpected.size());
    Figures.record("fuzz.webhook_payloads.parsed", events);
    Figures.record("fuzz.webhook_payloads.invalid_payload", invalid);
    Figures.record("fuzz.webhook_payloads.other_exception", unexpected.size());
    assertEquals(Map.of(), unexpected);
  }
}
