package dev.tasksdk.facade;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Sample data from the specs' examples and the plumbing {@link FacadeContractIT} needs: vendor
 * clients pointed at a base URL, the list queries each vendor requires, a sample value per list
 * filter and one call per {@link Capability} operation.
 */
final class FacadeContractSupport {
  /** {@code specs/amplemarket.yaml}: the {@code user_id} of the examples. */
  static final String AMPLEMARKET_USER = "0198f652-bc9b-79c2-8b91-60e1bd43e45d";

  /** {@code specs/amplemarket.yaml}: the first task of {@code TaskListPage}. */
  static final String AMPLEMARKET_TASK = "0198f652-bd65-7bc1-99e8-c9801331ecc7";

  /** {@code specs/amigo.yaml}: {@code workspace_id} is a UUID (Prism validates it). */
  static final String AMIGO_WORKSPACE = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

  /** {@code specs/amigo.yaml}: the call of the examples. */
  static final String AMIGO_CALL = "CA1234567890abcdef1234567890abcdef";

  /** {@code specs/amigo.yaml}: the {@code completed} example of getTask. */
  static final String AMIGO_TASK = "task_8f14e45fceea167a";

  /** {@code specs/agenttasks.yaml}: the {@code teamId} example. */
  static final String AGENTTASKS_TEAM = "cmteam_abc";

  /** {@code specs/agenttasks.yaml}: the task of every example. */
  static final String AGENTTASKS_TASK = "cmabc123";

  /** {@code specs/agenttasks.yaml}: the agent of the create/claim/complete examples. */
  static final String AGENTTASKS_AGENT = "cm_agent_xyz";

  /** {@code specs/stuut.yaml}: the assignee of the setTaskAssignee body example. */
  static final String STUUT_USER = "usr_abc123";

  /** {@code specs/stuut.yaml}: the first task of the {@code openTasks} example (Acme Corp). */
  static final String STUUT_TASK = "tsk_01HZX3M8Q2V7K4N9P6R1T5W3YA";

  /**
   * {@code specs/stuut.yaml}: the unassigned task of {@code openTasks}, assigned in {@code
   * assigned}.
   */
  static final String STUUT_UNASSIGNED_TASK = "tsk_01HZX3N2B5C8D1E4F7G0H3J6KM";

  /** {@code specs/vambe.yaml}: task ids are UUIDs (Prism validates the path). */
  static final String VAMBE_TASK = "123e4567-e89b-12d3-a456-426614174000";

  /** {@code specs/vambe.yaml}: the responsible of every example. */
  static final String VAMBE_MEMBER = "228d7a0d-9072-4ca8-939b-959b75cc606a";

  private FacadeContractSupport() {}

  /** The vendor client for {@code vendor} at {@code baseUrl}, without retries. */
  static AutoCloseable vendorClient(Vendor vendor, String baseUrl, OkHttpClient http) {
    switch (vendor) {
      case AMPLEMARKET:
        return AmplemarketClient.builder()
            .apiKey("test-key")
            .baseUrl(baseUrl)
            .userId(AMPLEMARKET_USER)
            .httpClient(http)
            .maxRetries(0)
            .build();
      case AMIGO:
        return AmigoClient.builder()
            .apiKey("test-key")
            .baseUrl(baseUrl)
            .workspaceId(AMIGO_WORKSPACE)
            .httpClient(http)
            .maxRetries(0)
            .build();
      case AGENTTASKS:
        return AgentTasksClient.builder()
            .apiKey("test-key")
            .baseUrl(baseUrl)
            .teamId(AGENTTASKS_TEAM)
            .httpClient(http)
            .maxRetries(0)
            .build();
      case STUUT:
        return StuutClient.builder()
            .apiKey("test-key")
            .baseUrl(baseUrl)
            .httpClient(http)
            .maxRetries(0)
            .build();
      case VAMBE:
        return VambeClient.builder()
            .apiKey("test-key")
            .baseUrl(baseUrl)
            .httpClient(http)
            .maxRetries(0)
            .build();
      default:
        throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }

  /** Wraps a client made by {@link #vendorClient} with the public {@link TaskClients#of}. */
  static TaskClient wrap(AutoCloseable vendorClient) {
    if (vendorClient instanceof AmplemarketClient c) return TaskClients.of(c);
    if (vendorClient instanceof AmigoClient c) return TaskClients.of(c);
    if (vendorClient instanceof AgentTasksClient c) return TaskClients.of(c);
    if (vendorClient instanceof StuutClient c) return TaskClients.of(c);
    if (vendorClient instanceof VambeClient c) return TaskClients.of(c);
    throw new IllegalArgumentException("not a vendor client: " + vendorClient);
  }

  /**
   * A query with the filters {@code vendor} requires to list at all (Amigo's call SID) or to see
   * the examples (Vambe's due window: by default the facade asks for a year around today, which a
   * stateful mock applies, and the examples are due in October 2025).
   */
  static TaskQuery.Builder baseQuery(Vendor vendor) {
    TaskQuery.Builder b = TaskQuery.builder();
    if (vendor == Vendor.AMIGO) {
      b.callSid(AMIGO_CALL);
    }
    if (vendor == Vendor.VAMBE) {
      b.dueFrom(VAMBE_EXAMPLES_FROM).dueTo(VAMBE_EXAMPLES_TO);
    }
    return b;
  }

  /** {@code specs/vambe.yaml}: the month the examples are due in. */
  static final LocalDate VAMBE_EXAMPLES_FROM = LocalDate.parse("2025-10-01");

  static final LocalDate VAMBE_EXAMPLES_TO = LocalDate.parse("2025-10-31");

  /**
   * {@link #baseQuery} plus {@code filter} set to a value the vendor's spec accepts (Stuut's type
   * and the statuses are closed enums there) and that matches at least one example task.
   */
  static TaskQuery withFilter(Vendor vendor, Capability filter) {
    TaskQuery.Builder b = baseQuery(vendor);
    switch (filter) {
      case FILTER_STATUS:
        return b.status(TaskStatus.OPEN).build();
      case FILTER_ASSIGNEE:
        return b.assignee(sampleAssignee(vendor)).build();
      case FILTER_TYPE:
        return b.type(sampleType(vendor)).build();
      case FILTER_DUE_WINDOW:
        return vendor == Vendor.AMPLEMARKET
            ? b.dueFrom(LocalDate.parse("2025-08-01")).dueTo(LocalDate.parse("2025-08-31")).build()
            : b.dueFrom(LocalDate.parse("2025-10-01")).dueTo(LocalDate.parse("2025-10-31")).build();
      case FILTER_TEXT:
        return b.text(sampleText(vendor)).build();
      case FILTER_CALL_SID:
        return b.callSid(AMIGO_CALL).build();
      case FILTER_USER_ID:
        return b.userId(AMPLEMARKET_USER).build();
      case FILTER_PROJECT:
        return b.projectId("cmproject_abc").build();
      default:
        throw new IllegalArgumentException("not a filter: " + filter);
    }
  }

  private static String sampleAssignee(Vendor vendor) {
    switch (vendor) {
      case AMPLEMARKET:
        return "user@example.com";
      case AGENTTASKS:
        return AGENTTASKS_AGENT;
      case STUUT:
        return STUUT_USER;
      case VAMBE:
        return VAMBE_MEMBER;
      default:
        return "someone";
    }
  }

  private static String sampleType(Vendor vendor) {
    switch (vendor) {
      case AMPLEMARKET:
        return "phone_call";
      case STUUT:
        return "auto_response_email";
      case AMIGO:
        return "intake_processing";
      default:
        return "task";
    }
  }

  private static String sampleText(Vendor vendor) {
    switch (vendor) {
      case AMPLEMARKET:
        return "Amplemarket";
      case AMIGO:
        return "portal";
      case AGENTTASKS:
        return "Q1 reports";
      case STUUT:
        return "acme";
      case VAMBE:
        return "Follow up";
      default:
        return "task";
    }
  }

  /** The first page of {@code query}: Prism is stateless, so a vendor's next link never ends. */
  static List<Task> firstPage(TaskClient client, TaskQuery query) {
    Iterator<Page<Task>> pages = client.list(query).pages().iterator();
    return pages.hasNext() ? pages.next().items() : List.of();
  }

  /** Calls {@code operation} on {@code client} with arguments every vendor would accept. */
  static void invoke(TaskClient client, Capability operation) {
    String id = "task-1";
    switch (operation) {
      case LIST:
        client.list(baseQuery(client.vendor()).build()).iterator().hasNext();
        return;
      case GET:
        client.get(id);
        return;
      case CREATE:
        client.create(NewTask.builder("Contract test").build());
        return;
      case UPDATE:
        client.update(id, TaskUpdate.builder().title("Contract test").build());
        return;
      case COMPLETE:
        client.complete(id, null);
        return;
      case SKIP:
        client.skip(id);
        return;
      case CANCEL:
        client.cancel(id);
        return;
      case CLAIM:
        client.claim(id);
        return;
      case MOVE:
        client.move(id, "done");
        return;
      case ASSIGN:
        client.assign(id, List.of("someone"));
        return;
      case DELETE:
        client.delete(id);
        return;
      default:
        throw new IllegalArgumentException("not an operation: " + operation);
    }
  }
}
