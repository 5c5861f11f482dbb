package dev.tasksdk.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskQueryTest {

  @Test
  void filtersUsed_whenFiltersSet_namesEachCapability() {
    TaskQuery q =
        TaskQuery.builder()
            .status(TaskStatus.OPEN)
            .assignee("u1")
            .type("email")
            .dueFrom(LocalDate.of(2025, 1, 1))
            .text("pricing")
            .callSid("CA1")
            .userId("u")
            .projectId("p")
            .build();

    assertEquals(
        EnumSet.of(
            Capability.FILTER_STATUS,
            Capability.FILTER_ASSIGNEE,
            Capability.FILTER_TYPE,
            Capability.FILTER_DUE_WINDOW,
            Capability.FILTER_TEXT,
            Capability.FILTER_CALL_SID,
            Capability.FILTER_USER_ID,
            Capability.FILTER_PROJECT),
        q.filtersUsed());
    assertTrue(TaskQuery.all().filtersUsed().isEmpty());
  }

  @Test
  void build_whenBadInput_namesTheField() {
    assertEquals(
        "dueTo (2025-01-01) is before dueFrom (2025-02-01)",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TaskQuery.builder()
                        .dueFrom(LocalDate.of(2025, 2, 1))
                        .dueTo(LocalDate.of(2025, 1, 1))
                        .build())
            .getMessage());
    assertEquals(
        "pageSize must be between 1 and 1000 but was 0",
        assertThrows(IllegalArgumentException.class, () -> TaskQuery.builder().pageSize(0))
            .getMessage());
    assertEquals(
        "text is blank",
        assertThrows(IllegalArgumentException.class, () -> TaskQuery.builder().text(" "))
            .getMessage());
    assertEquals(
        "status UNKNOWN cannot be used as a filter",
        assertThrows(
                IllegalArgumentException.class,
                () -> TaskQuery.builder().status(TaskStatus.UNKNOWN))
            .getMessage());
  }

  @Test
  void parse_whenNamesVary_acceptsCaseAndSeparators() {
    assertEquals(TaskStatus.IN_PROGRESS, TaskStatus.parse("in-progress"));
    assertEquals(TaskStatus.DONE, TaskStatus.parse("Done"));
    assertEquals(TaskPriority.URGENT, TaskPriority.parse("urgent"));
    assertEquals(
        "unknown priority 'asap'; expected one of low, normal, high, urgent, unknown",
        assertThrows(IllegalArgumentException.class, () -> TaskPriority.parse("asap"))
            .getMessage());
  }

  @Test
  void taskUpdate_whenClearVersusAbsent_keepsThemDistinct() {
    TaskUpdate clear = TaskUpdate.builder().clearDue().build();
    TaskUpdate title = TaskUpdate.builder().title("t").build();

    assertTrue(clear.due().isClear());
    assertTrue(title.due().isAbsent());
    assertEquals("t", title.title().value());
    assertThrows(IllegalArgumentException.class, () -> TaskUpdate.builder().build());
    assertThrows(IllegalStateException.class, () -> clear.due().value());
  }

  @Test
  void dueSpec_whenTimeWithoutZone_isRejected() {
    assertEquals(
        "timezone is required with a due time",
        assertThrows(
                IllegalArgumentException.class,
                () -> DueSpec.at(LocalDate.of(2025, 1, 1), LocalTime.NOON, null))
            .getMessage());
    DueSpec d = DueSpec.at(LocalDate.of(2025, 1, 1), LocalTime.of(14, 5, 33), ZoneId.of("UTC"));
    assertEquals(LocalTime.of(14, 5), d.time().orElseThrow());
  }

  @Test
  void newTask_whenTitleBlank_isRejected() {
    assertEquals(
        "title is blank",
        assertThrows(IllegalArgumentException.class, () -> NewTask.builder(" ").build())
            .getMessage());
    assertEquals(List.of("a", "b"), NewTask.builder("t").assignee("a", "b").build().assignees());
  }
}
