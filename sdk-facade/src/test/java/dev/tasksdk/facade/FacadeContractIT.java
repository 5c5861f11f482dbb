package dev.tasksdk.facade;

import static dev.tasksdk.facade.FacadeContractSupport.AGENTTASKS_AGENT;
import static dev.tasksdk.facade.FacadeContractSupport.AGENTTASKS_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.AMIGO_CALL;
import static dev.tasksdk.facade.FacadeContractSupport.AMIGO_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.AMPLEMARKET_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.STUUT_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.STUUT_UNASSIGNED_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.STUUT_USER;
import static dev.tasksdk.facade.FacadeContractSupport.VAMBE_MEMBER;
import static dev.tasksdk.facade.FacadeContractSupport.VAMBE_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.firstPage;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tasksdk.core.ConflictException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.Prefer;
import dev.tasksdk.testkit.PreferInterceptor;
import dev.tasksdk.testkit.PrismMock;
import dev.tasksdk.testkit.PrismServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AbstractFacadeContract} against Prism serving each vendor's spec: every operation's
 * normalised {@link Task} is compared with the spec's example, and documented errors are requested
 * with {@code Prefer: code=...}.
 */
@PrismMock({Vendor.AMPLEMARKET, Vendor.AMIGO, Vendor.AGENTTASKS, Vendor.STUUT, Vendor.VAMBE})
class FacadeContractIT extends AbstractFacadeContract {
  private static final PreferInterceptor PREFER = PreferInterceptor.create();

  @Override
  OkHttpClient.Builder httpClient() {
    return new OkHttpClient.Builder().addInterceptor(PREFER);
  }

  @Override
  String baseUrl(Vendor vendor) {
    // the extension started all five already; shared() hands out the running server
    return PrismServer.shared(vendor).baseUrl();
  }

  @Override
  Map<Vendor, Map<Capability, Consumer<TaskClient>>> operationCases() {
    return CASES;
  }

  /** Prism's answers: the spec's examples, whatever was sent. */
  static final Map<Vendor, Map<Capability, Consumer<TaskClient>>> CASES =
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
    CASES.put(Vendor.AMPLEMARKET, amplemarket);

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
    CASES.put(Vendor.AMIGO, amigo);

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
    CASES.put(Vendor.AGENTTASKS, agenttasks);

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
    CASES.put(Vendor.STUUT, stuut);

    Map<Capability, Consumer<TaskClient>> vambe = new EnumMap<>(Capability.class);
    vambe.put(
        Capability.LIST,
        c -> {
          List<Task> tasks = firstPage(c, FacadeContractSupport.baseQuery(Vendor.VAMBE).build());
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
    CASES.put(Vendor.VAMBE, vambe);
  }

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
