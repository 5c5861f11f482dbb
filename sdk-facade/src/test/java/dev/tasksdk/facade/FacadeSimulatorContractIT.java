package dev.tasksdk.facade;

import static dev.tasksdk.facade.FacadeContractSupport.AGENTTASKS_AGENT;
import static dev.tasksdk.facade.FacadeContractSupport.AGENTTASKS_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.AMPLEMARKET_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.STUUT_UNASSIGNED_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.STUUT_USER;
import static dev.tasksdk.facade.FacadeContractSupport.VAMBE_MEMBER;
import static dev.tasksdk.facade.FacadeContractSupport.VAMBE_TASK;
import static dev.tasksdk.facade.FacadeContractSupport.firstPage;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.ConflictException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.RateLimitedException;
import dev.tasksdk.core.UnprocessableEntityException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.Fault;
import dev.tasksdk.simulator.Simulator;
import dev.tasksdk.simulator.VendorSimulator;
import java.time.Duration;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AbstractFacadeContract} against the stateful simulators: the read cases are Prism's own
 * ({@link FacadeContractIT#CASES}), each change is checked by reading the state back, and the
 * workflows Prism cannot hold (create then get, claim twice, delete then 404) run end to end. Each
 * test starts from the seeded examples.
 */
@VendorSimulator({Vendor.AMPLEMARKET, Vendor.AMIGO, Vendor.AGENTTASKS, Vendor.STUUT, Vendor.VAMBE})
class FacadeSimulatorContractIT extends AbstractFacadeContract {
  private final Map<Vendor, Simulator> sims = new EnumMap<>(Vendor.class);

  @BeforeAll
  void simulators(
      @VendorSimulator(Vendor.AMPLEMARKET) Simulator amplemarket,
      @VendorSimulator(Vendor.AMIGO) Simulator amigo,
      @VendorSimulator(Vendor.AGENTTASKS) Simulator agenttasks,
      @VendorSimulator(Vendor.STUUT) Simulator stuut,
      @VendorSimulator(Vendor.VAMBE) Simulator vambe) {
    for (Simulator s : List.of(amplemarket, amigo, agenttasks, stuut, vambe)) {
      sims.put(s.vendor(), s);
    }
  }

  @Override
  String baseUrl(Vendor vendor) {
    return sims.get(vendor).baseUrl();
  }

  @Override
  Map<Vendor, Map<Capability, Consumer<TaskClient>>> operationCases() {
    return CASES;
  }

  /** The sample assignee of AgentTasks' filter is the agent who claimed the example task. */
  @Override
  void prepareFilter(Vendor vendor, Capability filter) {
    if (vendor == Vendor.AGENTTASKS && filter == Capability.FILTER_ASSIGNEE) {
      client(vendor).claim(AGENTTASKS_TASK);
    }
  }

  private static final Map<Vendor, Map<Capability, Consumer<TaskClient>>> CASES =
      new EnumMap<>(Vendor.class);

  static {
    for (Vendor v : Vendor.values()) {
      Map<Capability, Consumer<TaskClient>> reads = new EnumMap<>(Capability.class);
      for (Capability c : List.of(Capability.LIST, Capability.GET)) {
        Consumer<TaskClient> prism = FacadeContractIT.CASES.get(v).get(c);
        if (prism != null) {
          reads.put(c, prism);
        }
      }
      CASES.put(v, reads);
    }

    Map<Capability, Consumer<TaskClient>> amplemarket = CASES.get(Vendor.AMPLEMARKET);
    amplemarket.put(
        Capability.COMPLETE,
        c -> {
          assertEquals(Optional.empty(), c.complete(AMPLEMARKET_TASK, null));
          assertEquals(TaskStatus.DONE, listed(c, AMPLEMARKET_TASK).status());
          // completing a completed task is a 200 too
          assertEquals(Optional.empty(), c.complete(AMPLEMARKET_TASK, null));
        });
    amplemarket.put(
        Capability.SKIP,
        c -> {
          assertEquals(Optional.empty(), c.skip(AMPLEMARKET_TASK));
          assertEquals(TaskStatus.SKIPPED, listed(c, AMPLEMARKET_TASK).status());
        });

    Map<Capability, Consumer<TaskClient>> agenttasks = CASES.get(Vendor.AGENTTASKS);
    agenttasks.put(
        Capability.CREATE,
        c -> {
          Task t =
              c.create(
                  NewTask.builder("Write the Q4 summary")
                      .projectId("cmproject_abc")
                      .assignee(AGENTTASKS_AGENT)
                      .priority(TaskPriority.HIGH)
                      .build());
          assertAll(
              () -> assertEquals("cmsim0001", t.id()),
              () -> assertEquals(TaskStatus.OPEN, t.status()),
              () -> assertEquals(Optional.of(TaskPriority.HIGH), t.priority()),
              () -> assertEquals(List.of(Assignee.ofId(AGENTTASKS_AGENT)), t.assignees()),
              () -> assertEquals(t, c.get(t.id())));
        });
    agenttasks.put(
        Capability.UPDATE,
        c -> {
          c.update(AGENTTASKS_TASK, TaskUpdate.builder().description("Updated").build());
          assertEquals(Optional.of("Updated"), c.get(AGENTTASKS_TASK).description());
        });
    agenttasks.put(
        Capability.CLAIM,
        c -> {
          Task t = present(c.claim(AGENTTASKS_TASK));
          assertEquals(TaskStatus.IN_PROGRESS, t.status());
          assertEquals(List.of(Assignee.ofId(AGENTTASKS_AGENT)), t.assignees());
        });
    agenttasks.put(
        Capability.COMPLETE,
        c -> {
          c.claim(AGENTTASKS_TASK);
          Task t = present(c.complete(AGENTTASKS_TASK, "Executive summary"));
          assertEquals(TaskStatus.DONE, t.status());
          assertEquals(Optional.of("Executive summary"), c.get(AGENTTASKS_TASK).result());
        });
    agenttasks.put(
        Capability.CANCEL,
        c -> {
          assertEquals(TaskStatus.CANCELLED, present(c.cancel(AGENTTASKS_TASK)).status());
          assertEquals(TaskStatus.CANCELLED, c.get(AGENTTASKS_TASK).status());
        });
    // unlike Prism, the task goes where it is moved
    agenttasks.put(
        Capability.MOVE,
        c -> {
          assertEquals(
              TaskStatus.IN_PROGRESS, present(c.move(AGENTTASKS_TASK, "in_progress")).status());
          assertEquals(Optional.of("in_progress"), c.get(AGENTTASKS_TASK).vendorStatus());
        });
    agenttasks.put(
        Capability.ASSIGN,
        c -> {
          present(c.assign(AGENTTASKS_TASK, List.of("cm_agent_other")));
          assertEquals(
              List.of(Assignee.ofId("cm_agent_other")), c.get(AGENTTASKS_TASK).assignees());
        });

    CASES
        .get(Vendor.STUUT)
        .put(
            Capability.ASSIGN,
            c -> {
              Task t = present(c.assign(STUUT_UNASSIGNED_TASK, List.of(STUUT_USER)));
              assertEquals(
                  List.of(Assignee.of(STUUT_USER, "maria.lopez@example.com", "Maria Lopez")),
                  t.assignees());
              assertEquals(
                  List.of("tsk_01HZX3M8Q2V7K4N9P6R1T5W3YA", STUUT_UNASSIGNED_TASK),
                  ids(c, TaskQuery.builder().assignee(STUUT_USER).build()));
            });

    Map<Capability, Consumer<TaskClient>> vambe = CASES.get(Vendor.VAMBE);
    vambe.put(
        Capability.CREATE,
        c -> {
          Task t =
              c.create(
                  NewTask.builder("Call back about pricing")
                      .priority(TaskPriority.LOW)
                      .assignee(VAMBE_MEMBER)
                      .due(
                          DueSpec.at(
                              LocalDate.parse("2025-10-25"),
                              LocalTime.parse("14:30"),
                              ZoneId.of("America/Santiago")))
                      .build());
          assertAll(
              () -> assertEquals("00000000-0000-4000-8000-000000000001", t.id()),
              () -> assertEquals(Optional.of(TaskPriority.LOW), t.priority()),
              () ->
                  assertEquals(
                      Optional.of(
                          Due.of(
                              Instant.parse("2025-10-25T17:30:00Z"),
                              ZoneId.of("America/Santiago"),
                              false)),
                      t.due()),
              () ->
                  assertTrue(
                      ids(c, FacadeContractSupport.baseQuery(Vendor.VAMBE).build())
                          .contains(t.id())));
        });
    vambe.put(
        Capability.UPDATE,
        c -> {
          c.update(VAMBE_TASK, TaskUpdate.builder().title("Follow up, again").build());
          assertEquals("Follow up, again", listed(c, VAMBE_TASK).title());
        });
    vambe.put(
        Capability.MOVE,
        c -> {
          Task t = present(c.move(VAMBE_TASK, "En Progreso"));
          assertEquals(TaskStatus.IN_PROGRESS, t.status());
          assertEquals(TaskStatus.IN_PROGRESS, listed(c, VAMBE_TASK).status());
        });
    vambe.put(
        Capability.ASSIGN,
        c -> {
          String juan = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
          present(c.assign(VAMBE_TASK, List.of(juan)));
          assertEquals(List.of(Assignee.ofId(juan)), listed(c, VAMBE_TASK).assignees());
        });
    vambe.put(
        Capability.DELETE,
        c -> {
          c.delete(VAMBE_TASK);
          assertFalse(
              ids(c, FacadeContractSupport.baseQuery(Vendor.VAMBE).build()).contains(VAMBE_TASK));
          assertThrows(NotFoundException.class, () -> c.delete(VAMBE_TASK));
        });
  }

  private static List<String> ids(TaskClient c, TaskQuery q) {
    return firstPage(c, q).stream().map(Task::id).collect(Collectors.toList());
  }

  private static Task listed(TaskClient c, String id) {
    return firstPage(c, FacadeContractSupport.baseQuery(c.vendor()).build()).stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not listed"));
  }

  // ---- status filters are applied for real ----

  static Stream<Arguments> statusSets() {
    return Stream.of(
        Arguments.of(
            Vendor.AMPLEMARKET,
            Set.of(TaskStatus.OPEN, TaskStatus.SKIPPED),
            List.of(AMPLEMARKET_TASK)),
        Arguments.of(
            Vendor.AGENTTASKS,
            Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS),
            List.of(AGENTTASKS_TASK)),
        Arguments.of(Vendor.AGENTTASKS, Set.of(TaskStatus.DONE, TaskStatus.CANCELLED), List.of()),
        // Prism answers all three here; the simulator only the one being processed
        Arguments.of(
            Vendor.STUUT,
            Set.of(TaskStatus.IN_PROGRESS, TaskStatus.CANCELLED),
            List.of(STUUT_UNASSIGNED_TASK)),
        Arguments.of(
            Vendor.STUUT,
            Set.of(TaskStatus.OPEN),
            List.of("tsk_01HZX3M8Q2V7K4N9P6R1T5W3YA", "tsk_01HZX3P9R4S7T2V5W8X1Y4Z7AB")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("statusSets")
  void statusFilter_whenSeveralStatuses_returnsOnlyTasksInThem(
      Vendor vendor, Set<TaskStatus> statuses, List<String> expectedIds) {
    TaskQuery query =
        FacadeContractSupport.baseQuery(vendor).status(statuses.toArray(new TaskStatus[0])).build();

    assertEquals(expectedIds, ids(client(vendor), query));
  }

  // ---- workflows Prism cannot hold ----

  @Test
  void agentTasks_whenCreatedClaimedCompleted_isListedDoneWithItsResult() {
    TaskClient c = client(Vendor.AGENTTASKS);
    Task created =
        c.create(NewTask.builder("Write the Q4 summary").projectId("cmproject_abc").build());
    assertTrue(ids(c, TaskQuery.all()).contains(created.id()));

    c.claim(created.id());
    c.complete(created.id(), "Q4 revenue grew 12%");

    Task done = c.get(created.id());
    assertEquals(TaskStatus.DONE, done.status());
    assertEquals(Optional.of("Q4 revenue grew 12%"), done.result());
    assertEquals(List.of(Assignee.ofId(AGENTTASKS_AGENT)), done.assignees());
  }

  @Test
  void agentTasks_whenClaimedTwice_conflictsTaskAlreadyClaimed() {
    TaskClient c = client(Vendor.AGENTTASKS);
    c.claim(AGENTTASKS_TASK);

    ConflictException e = assertThrows(ConflictException.class, () -> c.claim(AGENTTASKS_TASK));

    assertEquals(409, e.statusCode());
    assertEquals(Optional.of("TASK_ALREADY_CLAIMED"), e.errorCode());
  }

  @Test
  void agentTasks_whenCompletedWithoutClaim_conflictsTaskNotInProgress() {
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> client(Vendor.AGENTTASKS).complete(AGENTTASKS_TASK, "x"));

    assertEquals(Optional.of("TASK_NOT_IN_PROGRESS"), e.errorCode());
  }

  @Test
  void agentTasks_whenDoneTaskClaimed_conflictsTaskNotClaimable() {
    TaskClient c = client(Vendor.AGENTTASKS);
    c.move(AGENTTASKS_TASK, "done");

    ConflictException e = assertThrows(ConflictException.class, () -> c.claim(AGENTTASKS_TASK));

    assertEquals(Optional.of("TASK_NOT_CLAIMABLE"), e.errorCode());
  }

  @Test
  void agentTasks_whenUnknownTask_throwsNotFound() {
    assertThrows(NotFoundException.class, () -> client(Vendor.AGENTTASKS).get("cm_missing"));
  }

  @Test
  void agentTasks_whenManyTasks_pagesThroughAllWithTheCursor() {
    TaskClient c = client(Vendor.AGENTTASKS);
    for (int i = 0; i < 120; i++) {
      c.create(NewTask.builder("Task " + i).projectId("cmproject_abc").build());
    }

    long seen = c.list(TaskQuery.all()).stream().count();

    assertEquals(121, seen);
  }

  @Test
  void amplemarket_whenAutomaticTaskCompleted_isUnprocessable() {
    sims.get(Vendor.AMPLEMARKET)
        .seed(
            """
            {"id": "0198f652-0000-7000-8000-00000000a001", "automatic": true, "type": "email",
             "status": "scheduled", "user_id": "0198f652-bc9b-79c2-8b91-60e1bd43e45d",
             "user_email": "user@example.com", "contact": null}""");

    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class,
            () ->
                client(Vendor.AMPLEMARKET).complete("0198f652-0000-7000-8000-00000000a001", null));

    assertEquals(Optional.of("unsupported_value"), e.errorCode());
  }

  @Test
  void amigo_whenUnknownTask_throwsNotFound() {
    assertThrows(NotFoundException.class, () -> client(Vendor.AMIGO).get("task_gone"));
  }

  @Test
  void vambe_whenDeleted_answers404OnTheNextChange() {
    TaskClient c = client(Vendor.VAMBE);
    c.delete(VAMBE_TASK);

    assertThrows(
        NotFoundException.class,
        () -> c.update(VAMBE_TASK, TaskUpdate.builder().title("too late").build()));
  }

  @Test
  void rateLimit_whenInjected_surfacesRetryAfter() {
    sims.get(Vendor.STUUT).faults().next(Fault.rateLimited(Duration.ofSeconds(3)));

    PageFailedException failed =
        assertThrows(
            PageFailedException.class, () -> firstPage(client(Vendor.STUUT), TaskQuery.all()));
    RateLimitedException e = assertInstanceOf(RateLimitedException.class, failed.getCause());

    assertEquals(Optional.of(Duration.ofSeconds(3)), e.retryAfter());
  }

  @Test
  void hub_whenTaskCreatedOnOneVendor_listsItWithTheOthers() {
    Task created =
        client(Vendor.AGENTTASKS)
            .create(NewTask.builder("Hub task").projectId("cmproject_abc").build());
    try (TaskHub hub =
        TaskHub.builder()
            .clients(List.of(client(Vendor.AGENTTASKS), client(Vendor.STUUT)))
            .closeClients(false)
            .build()) {
      HubListResult r = hub.list(TaskQuery.all(), (c, q) -> q);

      assertTrue(
          r.tasks().stream().anyMatch(t -> t.ref().equals(created.ref())), r.tasks().toString());
      assertEquals(created, hub.get(created.ref()));
    }
  }
}
