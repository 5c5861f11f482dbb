package dev.tasksdk.facade;

import static dev.tasksdk.facade.FacadeContractSupport.AGENTTASKS_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.AMIGO_CALL;
import static dev.tasksdk.facade.FacadeContractSupport.AMIGO_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.AMPLEMARKET_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.AMPLEMARKET_USER;
import static dev.tasksdk.facade.FacadeContractSupport.STUUT_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.STUUT_UNASSIGNED_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.STUUT_USER;
import static dev.tasksdk.facade.FacadeContractSupport.VAMBE_MEMBER;
import static dev.tasksdk.facade.FacadeContractSupport.VAMBE_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.firstPage;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facade's contract, run against a mock of every vendor: Prism serving the spec ({@link
 * FacadeContractIT}) and the stateful simulators ({@link FacadeSimulatorContractIT}). Every
 * operation a vendor's capability matrix declares has a case per mock; every operation it does not
 * declare fails before any request; every native list filter goes past the mock's request
 * validation; client-side filters and a {@link TaskHub} over all five see the seeded examples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractFacadeContract {
  private final Map<Vendor, TaskClient> clients = new EnumMap<>(Vendor.class);
  private final List<AutoCloseable> vendorClients = new ArrayList<>();
  OkHttpClient http;

  /** The base URL of {@code vendor}'s mock. */
  abstract String baseUrl(Vendor vendor);

  /** One case per supported operation of each vendor, against this mock. */
  abstract Map<Vendor, Map<Capability, Consumer<TaskClient>>> operationCases();

  /** The HTTP client the vendor clients share (Prism adds its Prefer interceptor). */
  OkHttpClient.Builder httpClient() {
    return new OkHttpClient.Builder();
  }

  @BeforeAll
  void startHttp() {
    // No idle connections kept: Prism (Node) closes one after 5 s, and a create that meets it is
    // rightly not sent again by the SDK (retries are off here, so a mocked 429 surfaces).
    http = httpClient().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
  }

  @AfterAll
  void stop() throws Exception {
    for (AutoCloseable c : vendorClients) {
      c.close();
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** The facade client of {@code v} on this mock (made on first use, after the mocks started). */
  TaskClient client(Vendor v) {
    return clients.computeIfAbsent(
        v,
        k -> {
          AutoCloseable vendorClient = FacadeContractSupport.vendorClient(k, baseUrl(k), http);
          vendorClients.add(vendorClient);
          return FacadeContractSupport.wrap(vendorClient);
        });
  }

  // ---- every supported operation, one case per mock ----

  static Stream<Arguments> supportedOperations() {
    return operations(true);
  }

  static Stream<Arguments> unsupportedOperations() {
    return operations(false);
  }

  private static Stream<Arguments> operations(boolean supported) {
    List<Arguments> out = new ArrayList<>();
    for (Vendor v : Vendor.values()) {
      Capabilities caps = TaskClients.capabilities(v);
      for (Capability c : Capability.values()) {
        if (c.isOperation() && caps.supports(c) == supported) {
          out.add(Arguments.of(v, c));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("supportedOperations")
  void supportedOperation_whenCalledThroughFacade_returnsTheSpecExampleNormalised(
      Vendor vendor, Capability operation) {
    Consumer<TaskClient> contract = operationCases().get(vendor).get(operation);
    if (contract == null) {
      fail(vendor + " declares " + operation + " but this test has no contract case for it");
    }
    contract.accept(client(vendor));
  }

  @Test
  void contractCases_whenComparedWithTheMatrix_coverExactlyTheSupportedOperations() {
    for (Vendor v : Vendor.values()) {
      Set<Capability> declared =
          TaskClients.capabilities(v).asMap().entrySet().stream()
              .filter(e -> e.getKey().isOperation() && e.getValue() != Support.UNSUPPORTED)
              .map(Map.Entry::getKey)
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(declared, new TreeSet<>(operationCases().get(v).keySet()), v.toString());
    }
  }

  static Task present(Optional<Task> t) {
    assertTrue(t.isPresent(), "the vendor returns the task after the change");
    return t.get();
  }

  /** The first task of amplemarket.yaml's TaskListPage. */
  static void assertAmplemarketScheduled(Task t) {
    assertAll(
        () -> assertEquals(Vendor.AMPLEMARKET, t.vendor()),
        () -> assertEquals(AMPLEMARKET_TASK, t.id()),
        () -> assertEquals("amplemarket:" + AMPLEMARKET_TASK, t.ref()),
        () -> assertEquals("phone_call User Amplemarket", t.title()),
        () -> assertEquals(Optional.of("custom task notes"), t.description()),
        () -> assertEquals(TaskStatus.OPEN, t.status()),
        () -> assertEquals(Optional.of("scheduled"), t.vendorStatus()),
        () -> assertEquals(Optional.empty(), t.priority()),
        () -> assertEquals(Optional.of("phone_call"), t.type()),
        () ->
            assertEquals(
                List.of(Assignee.of(AMPLEMARKET_USER, "user@example.com", null)), t.assignees()),
        () ->
            assertEquals(
                Optional.of(
                    Contact.of(
                        "0198f652-bd62-7cb8-9c22-05be51e2a231",
                        "User Amplemarket",
                        "user@amplemarket.com")),
                t.contact()),
        () -> assertEquals(Optional.of(Due.at(Instant.parse("2025-08-29T12:54:34Z"))), t.due()),
        () -> assertEquals(Optional.empty(), t.completedAt()));
  }

  /** amigo.yaml's {@code completed} example. */
  static void assertAmigoCompleted(Task t) {
    assertAll(
        () -> assertEquals(Vendor.AMIGO, t.vendor()),
        () -> assertEquals(AMIGO_TASK, t.id()),
        () -> assertEquals("intake_processing", t.title()),
        () -> assertEquals(Optional.of("intake_processing"), t.type()),
        () -> assertEquals(TaskStatus.DONE, t.status()),
        () -> assertEquals(Optional.of("completed"), t.vendorStatus()),
        () -> assertEquals(Optional.empty(), t.priority()),
        () -> assertEquals(List.of(), t.assignees()),
        () -> assertEquals(Optional.empty(), t.due()),
        () -> assertEquals(Optional.empty(), t.description()),
        () -> assertEquals(Optional.of("Intake form processed; 3 fields extracted."), t.result()),
        () ->
            assertEquals(Optional.of(Instant.parse("2025-10-20T10:30:00.123456Z")), t.createdAt()),
        () ->
            assertEquals(Optional.of(Instant.parse("2025-10-20T10:30:01.967Z")), t.completedAt()));
  }

  /** The AgentTasks examples: one task, cmabc123, in different states. */
  static void assertAgentTasks(
      Task t,
      TaskStatus status,
      String vendorStatus,
      String description,
      String agent,
      String result,
      String updatedAt) {
    assertAll(
        () -> assertEquals(Vendor.AGENTTASKS, t.vendor()),
        () -> assertEquals(AGENTTASKS_TASK, t.id()),
        () -> assertEquals("Summarize Q1 reports", t.title()),
        () -> assertEquals(Optional.of(description), t.description()),
        () -> assertEquals(status, t.status()),
        () -> assertEquals(Optional.of(vendorStatus), t.vendorStatus()),
        () -> assertEquals(Optional.of(TaskPriority.NORMAL), t.priority()),
        () -> assertEquals(Optional.of("normal"), t.vendorPriority()),
        () ->
            assertEquals(agent == null ? List.of() : List.of(Assignee.ofId(agent)), t.assignees()),
        () -> assertEquals(Optional.empty(), t.due()),
        () -> assertEquals(Optional.ofNullable(result), t.result()),
        () -> assertEquals(Optional.of(Instant.parse("2025-01-15T10:00:00Z")), t.createdAt()),
        () -> assertEquals(Optional.of(Instant.parse(updatedAt)), t.updatedAt()));
  }

  /** The first task of stuut.yaml's {@code openTasks} example (the mock's default). */
  static void assertStuutAcme(Task t) {
    assertAll(
        () -> assertEquals(Vendor.STUUT, t.vendor()),
        () -> assertEquals(STUUT_TASK, t.id()),
        () -> assertEquals("stuut:" + STUUT_TASK, t.ref()),
        () -> assertEquals("Review auto-response to Acme Corp", t.title()),
        () ->
            assertEquals(
                Optional.of(
                    "Acme Corp answered the reminder for invoice INV-1042; check the drafted"
                        + " reply before it is sent."),
                t.description()),
        () -> assertEquals(TaskStatus.OPEN, t.status()),
        () -> assertEquals(Optional.of("open"), t.vendorStatus()),
        () -> assertEquals(Optional.empty(), t.priority()),
        () -> assertEquals(Optional.of("auto_response_email"), t.type()),
        () ->
            assertEquals(
                List.of(Assignee.of(STUUT_USER, "maria.lopez@example.com", "Maria Lopez")),
                t.assignees()),
        () -> assertEquals(Optional.empty(), t.due()),
        () -> assertEquals(Optional.empty(), t.result()),
        () -> assertEquals(Optional.of(Instant.parse("2025-03-10T14:02:11Z")), t.createdAt()),
        () -> assertEquals(Optional.of(Instant.parse("2025-03-10T14:05:47Z")), t.updatedAt()));
  }

  /** The vambe.yaml examples of task 123e4567-...: "Follow up with customer", high priority. */
  static void assertVambe(
      Task t, TaskStatus status, String vendorStatus, Due due, String contactId) {
    assertAll(
        () -> assertEquals(Vendor.VAMBE, t.vendor()),
        () -> assertEquals(VAMBE_TASK, t.id()),
        () -> assertEquals("Follow up with customer", t.title()),
        () -> assertEquals(status, t.status()),
        () -> assertEquals(Optional.of(vendorStatus), t.vendorStatus()),
        () -> assertEquals(Optional.of(TaskPriority.HIGH), t.priority()),
        () -> assertEquals(Optional.of("high"), t.vendorPriority()),
        () -> assertEquals(List.of(Assignee.ofId(VAMBE_MEMBER)), t.assignees()),
        () -> assertEquals(Optional.of(due), t.due()),
        () ->
            assertEquals(
                Optional.ofNullable(contactId), t.contact().flatMap(Contact::id), "contact"),
        () -> assertEquals(Optional.of(Instant.parse("2025-10-20T10:30:00Z")), t.createdAt()));
  }

  /** vambe.yaml's updateTask example: the task moved to "En Progreso". */
  static void assertVambeInProgress(Task t) {
    assertVambe(
        t,
        TaskStatus.IN_PROGRESS,
        "in_progress",
        Due.of(Instant.parse("2025-10-25T14:00:00Z"), ZoneId.of("America/Santiago"), false),
        "contact-uuid-123");
  }

  // ---- every unsupported operation and filter: refused before any request ----

  /**
   * The client points at a closed port: had the facade sent anything, the call would fail with a
   * connection error instead (see {@link #closedPort_whenSupportedOperationSends_failsToConnect}).
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unsupportedOperations")
  void unsupportedOperation_whenCalled_throwsNamingVendorAndOperationWithoutSending(
      Vendor vendor, Capability operation) throws Exception {
    try (AutoCloseable offline = offline(vendor)) {
      TaskClient c = FacadeContractSupport.wrap(offline);
      UnsupportedCapabilityException e =
          assertThrows(
              UnsupportedCapabilityException.class,
              () -> FacadeContractSupport.invoke(c, operation));
      assertEquals(vendor, e.vendor());
      assertEquals(operation.label(), e.operation());
      assertTrue(e.getMessage().contains(vendor.displayName()), e.getMessage());
      assertTrue(e.getMessage().contains(operation.label()), e.getMessage());
    }
  }

  static Stream<Arguments> unsupportedFilters() {
    return filters(Support.UNSUPPORTED);
  }

  static Stream<Arguments> nativeFilters() {
    return filters(Support.NATIVE);
  }

  private static Stream<Arguments> filters(Support support) {
    List<Arguments> out = new ArrayList<>();
    for (Vendor v : Vendor.values()) {
      Capabilities caps = TaskClients.capabilities(v);
      for (Capability c : Capability.values()) {
        if (!c.isOperation() && caps.support(c) == support) {
          out.add(Arguments.of(v, c));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unsupportedFilters")
  void unsupportedFilter_whenListed_throwsNamingVendorAndFilterWithoutSending(
      Vendor vendor, Capability filter) throws Exception {
    try (AutoCloseable offline = offline(vendor)) {
      TaskClient c = FacadeContractSupport.wrap(offline);
      TaskQuery query = FacadeContractSupport.withFilter(vendor, filter);
      UnsupportedCapabilityException e =
          assertThrows(UnsupportedCapabilityException.class, () -> c.list(query));
      assertEquals(vendor, e.vendor());
      assertEquals(filter.label(), e.operation());
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void closedPort_whenSupportedOperationSends_failsToConnect(Vendor vendor) throws Exception {
    try (AutoCloseable offline = offline(vendor)) {
      TaskClient c = FacadeContractSupport.wrap(offline);
      TaskSdkException e =
          assertThrows(
              TaskSdkException.class,
              () -> FacadeContractSupport.invoke(c, Capability.LIST),
              "a request to 127.0.0.1:1 cannot succeed");
      assertFalse(e instanceof UnsupportedCapabilityException, e.toString());
      assertTrue(hasCause(e, ConnectionException.class), e.toString());
    }
  }

  private AutoCloseable offline(Vendor vendor) {
    return FacadeContractSupport.vendorClient(vendor, "http://127.0.0.1:1", http);
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  // ---- list filters ----

  /** Makes the mock hold a task that {@code filter}'s sample value matches; Prism always does. */
  void prepareFilter(Vendor vendor, Capability filter) {}

  /**
   * The mock validates the query string: a wrong name or value of a native filter would get a 422.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("nativeFilters")
  void nativeFilter_whenListed_passesValidationAndMapsTheExamples(
      Vendor vendor, Capability filter) {
    prepareFilter(vendor, filter);
    List<Task> tasks = firstPage(client(vendor), FacadeContractSupport.withFilter(vendor, filter));

    assertFalse(tasks.isEmpty(), vendor + " " + filter);
    for (Task t : tasks) {
      assertEquals(vendor, t.vendor());
      assertNotNull(t.vendorStatus().orElse(null), t.toString());
    }
  }

  /**
   * Several statuses: one vendor word goes on the wire, several go as an array (Stuut) or are
   * filtered on the client (Amplemarket, AgentTasks), and statuses the vendor cannot have send
   * nothing.
   */
  static Stream<Arguments> clientSideFilters() {
    return Stream.of(
        Arguments.of(
            Vendor.AMPLEMARKET,
            Capability.FILTER_DUE_WINDOW,
            TaskQuery.builder()
                .dueFrom(LocalDate.parse("2025-08-29"))
                .dueTo(LocalDate.parse("2025-08-29"))
                .build(),
            List.of(AMPLEMARKET_TASK)),
        Arguments.of(
            Vendor.AMPLEMARKET,
            Capability.FILTER_ASSIGNEE,
            TaskQuery.builder().assignee("nobody@example.com").build(),
            List.of()),
        Arguments.of(
            Vendor.AMIGO,
            Capability.FILTER_STATUS,
            TaskQuery.builder().callSid(AMIGO_CALL).status(TaskStatus.FAILED).build(),
            List.of("task_45c48cce2e2d7fbd")),
        Arguments.of(
            Vendor.AMIGO,
            Capability.FILTER_TYPE,
            TaskQuery.builder().callSid(AMIGO_CALL).type("intake_processing").build(),
            List.of(AMIGO_TASK)),
        Arguments.of(
            Vendor.AMIGO,
            Capability.FILTER_TEXT,
            TaskQuery.builder().callSid(AMIGO_CALL).text("PORTAL").build(),
            List.of("task_45c48cce2e2d7fbd")),
        Arguments.of(
            Vendor.AGENTTASKS,
            Capability.FILTER_TEXT,
            TaskQuery.builder().text("no such words").build(),
            List.of()),
        Arguments.of(
            Vendor.STUUT,
            Capability.FILTER_TEXT,
            TaskQuery.builder().text("ACME CORP").build(),
            List.of(STUUT_TASK)),
        Arguments.of(
            Vendor.VAMBE,
            Capability.FILTER_STATUS,
            FacadeContractSupport.baseQuery(Vendor.VAMBE)
                .status(TaskStatus.IN_PROGRESS, TaskStatus.DONE)
                .build(),
            List.of()),
        Arguments.of(
            Vendor.VAMBE,
            Capability.FILTER_STATUS,
            FacadeContractSupport.baseQuery(Vendor.VAMBE).status(TaskStatus.OPEN).build(),
            List.of(VAMBE_TASK, "223e4567-e89b-12d3-a456-426614174001")));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("clientSideFilters")
  void clientSideFilter_whenListed_keepsOnlyMatchingExampleTasks(
      Vendor vendor, Capability filter, TaskQuery query, List<String> expectedIds) {
    assertEquals(Support.CLIENT_SIDE, TaskClients.capabilities(vendor).support(filter));

    List<Task> tasks = firstPage(client(vendor), query);

    assertEquals(expectedIds, tasks.stream().map(Task::id).collect(Collectors.toList()));
  }

  // ---- TaskHub over all five ----

  @Test
  void hub_whenListingAllFiveSandboxes_mergesEveryVendorInOrderWithoutFailures() {
    // the clients are shared by every test of this class: the hub must not close them
    try (TaskHub hub =
        TaskHub.builder()
            .clients(Stream.of(Vendor.values()).map(this::client).collect(Collectors.toList()))
            .closeClients(false)
            .build()) {
      HubListResult r =
          hub.list(
              TaskQuery.all(),
              (c, q) -> {
                TaskQuery.Builder b = q.toBuilder();
                if (c.vendor() == Vendor.AMIGO) {
                  b.callSid(AMIGO_CALL);
                }
                if (c.vendor() == Vendor.VAMBE) {
                  b.dueFrom(FacadeContractSupport.VAMBE_EXAMPLES_FROM)
                      .dueTo(FacadeContractSupport.VAMBE_EXAMPLES_TO);
                }
                if (c.vendor() == Vendor.AMPLEMARKET) {
                  // Prism always answers the same next link: stop after the first page
                  b.maxResults(2);
                }
                return b.build();
              });

      assertEquals(Map.of(), r.failures());
      assertFalse(r.isPartial());
      List<Task> sorted = new ArrayList<>(r.tasks());
      sorted.sort(TaskHub.ORDER);
      assertEquals(sorted, r.tasks());
      assertEquals(
          List.of(
              "amplemarket:0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11",
              "amplemarket:" + AMPLEMARKET_TASK,
              "vambe:" + VAMBE_TASK,
              "vambe:223e4567-e89b-12d3-a456-426614174001",
              "amigo:task_45c48cce2e2d7fbd",
              "amigo:" + AMIGO_TASK,
              "agenttasks:" + AGENTTASKS_TASK,
              "stuut:" + STUUT_TASK,
              "stuut:" + STUUT_UNASSIGNED_TASK,
              "stuut:tsk_01HZX3P9R4S7T2V5W8X1Y4Z7AB"),
          r.tasks().stream().map(Task::ref).collect(Collectors.toList()));
      assertEquals(
          Set.of(Vendor.values()),
          r.tasks().stream().map(Task::vendor).collect(Collectors.toSet()));
      assertEquals(TaskStatus.DONE, hub.get("amigo:" + AMIGO_TASK).status());
    }
  }
}
