package dev.tasksdk.facade;

import static dev.tasksdk.facade.FacadeContractSupport.AGENTTASKS_AGENT;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tasksdk.core.ConflictException;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.UnsupportedCapabilityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.Prefer;
import dev.tasksdk.testkit.PreferInterceptor;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facade against Prism serving each vendor's spec: every operation a vendor's capability matrix
 * declares is called through {@link TaskClient} and its normalised {@link Task} compared with the
 * spec's example; every operation it does not declare fails before any request; every native list
 * filter goes past Prism's request validation; a {@link TaskHub} merges all five vendors.
 */
@PrismMock({Vendor.AMPLEMARKET, Vendor.AMIGO, Vendor.AGENTTASKS, Vendor.STUUT, Vendor.VAMBE})
class FacadeContractIT {
  private static final PreferInterceptor PREFER = PreferInterceptor.create();
  private static final Map<Vendor, TaskClient> CLIENTS = new EnumMap<>(Vendor.class);
  private static final List<AutoCloseable> VENDOR_CLIENTS = new ArrayList<>();
  private static OkHttpClient http;

  @BeforeAll
  static void start() {
    http = new OkHttpClient.Builder().addInterceptor(PREFER).build();
    for (Vendor v : Vendor.values()) {
      // the extension started all five already; shared() hands out the running server
      AutoCloseable vendorClient =
          FacadeContractSupport.vendorClient(v, PrismServer.shared(v).baseUrl(), http);
      VENDOR_CLIENTS.add(vendorClient);
      CLIENTS.put(v, FacadeContractSupport.wrap(vendorClient));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : VENDOR_CLIENTS) {
      c.close();
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static TaskClient client(Vendor v) {
    return CLIENTS.get(v);
  }

  // ---- every supported operation, normalised against the spec example ----

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
    Consumer<TaskClient> contract = SUPPORTED.get(vendor).get(operation);
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
      assertEquals(declared, new TreeSet<>(SUPPORTED.get(v).keySet()), v.toString());
    }
  }

  private static final Map<Vendor, Map<Capability, Consumer<TaskClient>>> SUPPORTED =
      new EnumMap<>(Vendor.class);

  static {
    Map<Capability, Consumer<TaskClient>> amplemarket = new EnumMap<>(Capability.class);
    amplemarket.put(
        Capability.LIST,
        c -> {
          List<Task> page = firstPage(c, TaskQuery.all()); // user id from the vendor client
          assertEquals(2, page.size(), page.toString());
          assertAmplemarketScheduled(page.get(0));
          Task done = page.get(1);
          assertAll(
              () -> assertEquals("0198f652-bd66-7a3e-8f0a-6a2b1c9d0e11", done.id()),
              () -> assertEquals("email", done.title()),
              () -> assertEquals(TaskStatus.DONE, done.status()),
              () -> assertEquals(Optional.of("completed"), done.vendorStatus()),
              () -> assertEquals(Optional.empty(), done.description()),
              () -> assertEquals(Optional.empty(), done.contact()),
              () ->
                  assertEquals(
                      Optional.of(Instant.parse("2025-08-28T09:02:11Z")), done.completedAt()));
        });
    // complete/skip answer 200 without a body: the facade has no task to return
    amplemarket.put(
        Capability.COMPLETE,
        c -> assertEquals(Optional.empty(), c.complete(AMPLEMARKET_TASK, null)));
    amplemarket.put(Capability.SKIP, c -> assertEquals(Optional.empty(), c.skip(AMPLEMARKET_TASK)));
    SUPPORTED.put(Vendor.AMPLEMARKET, amplemarket);

    Map<Capability, Consumer<TaskClient>> amigo = new EnumMap<>(Capability.class);
    amigo.put(
        Capability.LIST,
        c -> {
          List<Task> tasks = firstPage(c, TaskQuery.builder().callSid(AMIGO_CALL).build());
          assertEquals(2, tasks.size(), tasks.toString());
          assertAmigoCompleted(tasks.get(0));
          Task failed = tasks.get(1);
          assertAll(
              () -> assertEquals("task_45c48cce2e2d7fbd", failed.id()),
              () -> assertEquals("computer_use_lookup", failed.title()),
              () -> assertEquals(TaskStatus.FAILED, failed.status()),
              () -> assertEquals(Optional.of("failed"), failed.vendorStatus()),
              () -> assertEquals(Optional.of("Logging in to portal"), failed.description()),
              () -> assertEquals(Optional.of("Portal login timed out after 30s"), failed.result()));
        });
    amigo.put(Capability.GET, c -> assertAmigoCompleted(c.get(AMIGO_TASK)));
    SUPPORTED.put(Vendor.AMIGO, amigo);

    Map<Capability, Consumer<TaskClient>> agenttasks = new EnumMap<>(Capability.class);
    agenttasks.put(
        Capability.LIST,
        c -> {
          List<Task> tasks = firstPage(c, TaskQuery.all());
          assertEquals(1, tasks.size(), tasks.toString());
          assertAgentTasks(
              tasks.get(0),
              TaskStatus.OPEN,
              "todo",
              "Read attached reports...",
              null,
              null,
              "2025-01-15T10:00:00Z");
        });
    agenttasks.put(
        Capability.GET,
        c ->
            assertAgentTasks(
                c.get(AGENTTASKS_TASK),
                TaskStatus.OPEN,
                "todo",
                "Read attached reports...",
                null,
                null,
                "2025-01-15T10:00:00Z"));
    agenttasks.put(
        Capability.CREATE,
        c ->
            assertAgentTasks(
                c.create(
                    NewTask.builder("Summarize Q1 reports")
                        .description("Read attached reports and produce an executive summary.")
                        .projectId("cmproject_abc")
                        .assignee(AGENTTASKS_AGENT)
                        .priority(TaskPriority.NORMAL)
                        .build()),
                TaskStatus.OPEN,
                "todo",
                "Read attached reports and produce an executive summary.",
                AGENTTASKS_AGENT,
                null,
                "2025-01-15T10:00:00Z"));
    agenttasks.put(
        Capability.UPDATE,
        c ->
            assertAgentTasks(
                c.update(
                    AGENTTASKS_TASK,
                    TaskUpdate.builder().description("Updated instructions...").build()),
                TaskStatus.OPEN,
                "todo",
                "Updated instructions...",
                null,
                null,
                "2025-01-15T11:30:00Z"));
    agenttasks.put(
        Capability.COMPLETE,
        c ->
            assertAgentTasks(
                present(c.complete(AGENTTASKS_TASK, "Executive summary: Q1 revenue grew 15%...")),
                TaskStatus.DONE,
                "done",
                "Read attached reports...",
                AGENTTASKS_AGENT,
                "Executive summary: Q1 revenue grew 15%...",
                "2025-01-15T10:20:00Z"));
    agenttasks.put(
        Capability.CANCEL,
        c ->
            assertAgentTasks(
                present(c.cancel(AGENTTASKS_TASK)),
                TaskStatus.CANCELLED,
                "cancelled",
                "Read attached reports...",
                null,
                null,
                "2025-01-15T12:00:00Z"));
    agenttasks.put(
        Capability.CLAIM,
        c ->
            assertAgentTasks(
                present(c.claim(AGENTTASKS_TASK)),
                TaskStatus.IN_PROGRESS,
                "in_progress",
                "Read attached reports...",
                AGENTTASKS_AGENT,
                null,
                "2025-01-15T10:05:00Z"));
    // Prism answers the move example (cancelled) whatever status was asked for
    agenttasks.put(
        Capability.MOVE,
        c ->
            assertAgentTasks(
                present(c.move(AGENTTASKS_TASK, "in_progress")),
                TaskStatus.CANCELLED,
                "cancelled",
                "Read attached reports...",
                null,
                null,
                "2025-01-15T12:00:00Z"));
    // assign is a PATCH of assignedAgentId: the answer is the update example
    agenttasks.put(
        Capability.ASSIGN,
        c ->
            assertAgentTasks(
                present(c.assign(AGENTTASKS_TASK, List.of(AGENTTASKS_AGENT))),
                TaskStatus.OPEN,
                "todo",
                "Updated instructions...",
                null,
                null,
                "2025-01-15T11:30:00Z"));
    SUPPORTED.put(Vendor.AGENTTASKS, agenttasks);

    Map<Capability, Consumer<TaskClient>> stuut = new EnumMap<>(Capability.class);
    stuut.put(
        Capability.LIST,
        c -> {
          List<Task> tasks = firstPage(c, TaskQuery.all());
          assertEquals(
              List.of(STUUT_TASK, STUUT_UNASSIGNED_TASK, "tsk_01HZX3P9R4S7T2V5W8X1Y4Z7AB"),
              tasks.stream().map(Task::id).collect(Collectors.toList()));
          assertStuutAcme(tasks.get(0));
          Task globex = tasks.get(1);
          assertAll(
              () -> assertEquals(TaskStatus.IN_PROGRESS, globex.status()),
              () -> assertEquals(Optional.of("processing"), globex.vendorStatus()),
              () -> assertEquals(List.of(), globex.assignees()));
        });
    stuut.put(
        Capability.ASSIGN,
        c -> {
          Task t = present(c.assign(STUUT_UNASSIGNED_TASK, List.of(STUUT_USER)));
          assertAll(
              () -> assertEquals(Vendor.STUUT, t.vendor()),
              () -> assertEquals(STUUT_UNASSIGNED_TASK, t.id()),
              () -> assertEquals("Approve scheduled call to Globex Finance", t.title()),
              () -> assertEquals(TaskStatus.IN_PROGRESS, t.status()),
              () -> assertEquals(Optional.of("processing"), t.vendorStatus()),
              () -> assertEquals(Optional.of("scheduled_call_approval"), t.type()),
              () ->
                  assertEquals(
                      List.of(Assignee.of(STUUT_USER, "maria.lopez@example.com", "Maria Lopez")),
                      t.assignees()),
              () ->
                  assertEquals(Optional.of(Instant.parse("2025-03-11T09:20:03Z")), t.updatedAt()));
        });
    SUPPORTED.put(Vendor.STUUT, stuut);

    Map<Capability, Consumer<TaskClient>> vambe = new EnumMap<>(Capability.class);
    vambe.put(
        Capability.LIST,
        c -> {
          List<Task> tasks = firstPage(c, TaskQuery.all());
          assertEquals(2, tasks.size(), tasks.toString());
          assertVambe(
              tasks.get(0),
              TaskStatus.OPEN,
              "initial",
              Due.of(Instant.parse("2025-10-25T14:00:00Z"), ZoneId.of("America/Santiago"), false),
              "contact-uuid-123");
          Task allDay = tasks.get(1);
          assertAll(
              () -> assertEquals("223e4567-e89b-12d3-a456-426614174001", allDay.id()),
              () -> assertEquals("Prepare quarterly report", allDay.title()),
              () -> assertEquals(Optional.of(TaskPriority.NORMAL), allDay.priority()),
              () -> assertEquals(Optional.of("medium"), allDay.vendorPriority()),
              () ->
                  assertEquals(
                      Optional.of(
                          Due.of(
                              Instant.parse("2025-10-28T00:00:00Z"),
                              ZoneId.of("America/Santiago"),
                              true)),
                      allDay.due()),
              () -> assertEquals(LocalDate.parse("2025-10-28"), allDay.due().get().date()),
              () -> assertEquals(Optional.empty(), allDay.contact()));
        });
    vambe.put(
        Capability.CREATE,
        c ->
            assertVambe(
                c.create(
                    NewTask.builder("Follow up with customer")
                        .priority(TaskPriority.HIGH)
                        .assignee(VAMBE_MEMBER)
                        .due(
                            DueSpec.at(
                                LocalDate.parse("2025-10-25"),
                                LocalTime.parse("14:30"),
                                ZoneId.of("America/Santiago")))
                        .build()),
                TaskStatus.OPEN,
                "initial",
                Due.of(Instant.parse("2025-10-25T17:30:00Z"), ZoneId.of("America/Santiago"), false),
                null));
    vambe.put(
        Capability.UPDATE,
        c ->
            assertVambeInProgress(
                c.update(
                    VAMBE_TASK,
                    TaskUpdate.builder()
                        .title("Follow up with customer")
                        .priority(TaskPriority.HIGH)
                        .build())));
    vambe.put(
        Capability.MOVE, c -> assertVambeInProgress(present(c.move(VAMBE_TASK, "En Progreso"))));
    vambe.put(
        Capability.ASSIGN,
        c -> assertVambeInProgress(present(c.assign(VAMBE_TASK, List.of(VAMBE_MEMBER)))));
    // delete returns nothing; the call must simply go through Prism's validation
    vambe.put(Capability.DELETE, c -> c.delete(VAMBE_TASK));
    SUPPORTED.put(Vendor.VAMBE, vambe);
  }

  private static Task present(Optional<Task> t) {
    assertTrue(t.isPresent(), "the vendor returns the task after the change");
    return t.get();
  }

  /** The first task of amplemarket.yaml's TaskListPage. */
  private static void assertAmplemarketScheduled(Task t) {
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
  private static void assertAmigoCompleted(Task t) {
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
  private static void assertAgentTasks(
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
  private static void assertStuutAcme(Task t) {
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
  private static void assertVambe(
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
  private static void assertVambeInProgress(Task t) {
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

  private static AutoCloseable offline(Vendor vendor) {
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

  /** Prism validates the query string: a wrong name or value of a native filter would get a 422. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("nativeFilters")
  void nativeFilter_whenListed_passesPrismValidationAndMapsTheExample(
      Vendor vendor, Capability filter) {
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
  static Stream<Arguments> statusSets() {
    return Stream.of(
        Arguments.of(
            Vendor.AMPLEMARKET,
            Set.of(TaskStatus.OPEN, TaskStatus.SKIPPED),
            List.of(AMPLEMARKET_TASK)),
        Arguments.of(Vendor.AMPLEMARKET, Set.of(TaskStatus.FAILED), List.of()),
        Arguments.of(
            Vendor.AGENTTASKS,
            Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS),
            List.of(AGENTTASKS_TASK)),
        Arguments.of(Vendor.AGENTTASKS, Set.of(TaskStatus.DONE, TaskStatus.CANCELLED), List.of()),
        Arguments.of(Vendor.AGENTTASKS, Set.of(TaskStatus.SKIPPED), List.of()),
        // Prism does not filter: the example's three tasks come back for the array of four words
        Arguments.of(
            Vendor.STUUT,
            Set.of(TaskStatus.IN_PROGRESS, TaskStatus.CANCELLED),
            List.of(STUUT_TASK, STUUT_UNASSIGNED_TASK, "tsk_01HZX3P9R4S7T2V5W8X1Y4Z7AB")),
        Arguments.of(Vendor.STUUT, Set.of(TaskStatus.SKIPPED), List.of()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("statusSets")
  void statusFilter_whenSeveralStatuses_sendsOrFiltersThemAsTheVendorCan(
      Vendor vendor, Set<TaskStatus> statuses, List<String> expectedIds) {
    TaskQuery query =
        FacadeContractSupport.baseQuery(vendor).status(statuses.toArray(new TaskStatus[0])).build();

    List<Task> tasks = firstPage(client(vendor), query);

    assertEquals(expectedIds, tasks.stream().map(Task::id).collect(Collectors.toList()));
  }

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
            TaskQuery.builder().status(TaskStatus.IN_PROGRESS, TaskStatus.DONE).build(),
            List.of()),
        Arguments.of(
            Vendor.VAMBE,
            Capability.FILTER_STATUS,
            TaskQuery.builder().status(TaskStatus.OPEN).build(),
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
        TaskHub.builder().clients(List.copyOf(CLIENTS.values())).closeClients(false).build()) {
      HubListResult r =
          hub.list(
              TaskQuery.all(),
              (c, q) -> {
                TaskQuery.Builder b = q.toBuilder();
                if (c.vendor() == Vendor.AMIGO) {
                  b.callSid(AMIGO_CALL);
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

  // ---- documented errors through the facade ----

  @Test
  void claim_whenAgentTasksAnswers409_throwsConflictWithTaskAlreadyClaimed() {
    try (PreferInterceptor.Scope s = PREFER.withPrefer(Prefer.code(409))) {
      ConflictException e =
          assertThrows(
              ConflictException.class, () -> client(Vendor.AGENTTASKS).claim(AGENTTASKS_TASK));
      assertEquals(Vendor.AGENTTASKS, e.vendor());
      assertEquals(409, e.statusCode());
      assertEquals(Optional.of("TASK_ALREADY_CLAIMED"), e.errorCode());
    }
  }

  @Test
  void get_whenAmigoAnswers404_throwsNotFound() {
    try (PreferInterceptor.Scope s = PREFER.withPrefer(Prefer.code(404))) {
      NotFoundException e =
          assertThrows(NotFoundException.class, () -> client(Vendor.AMIGO).get("task_gone"));
      assertEquals(Vendor.AMIGO, e.vendor());
      assertEquals(404, e.statusCode());
      assertInstanceOf(TaskSdkException.class, e);
    }
  }
}
