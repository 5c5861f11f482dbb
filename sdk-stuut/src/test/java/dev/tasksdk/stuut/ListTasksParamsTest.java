package dev.tasksdk.stuut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Input checks of {@link ListTasksParams} found by the reliability suite. */
class ListTasksParamsTest {
  @Test
  void status_whenOneStatusIsNull_throwsNullPointerExceptionNamingStatus() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ListTasksParams.builder().status("open", null).build());
    assertEquals("status == null", e.getMessage());
  }

  @Test
  void status_whenTheOnlyStatusIsNull_throwsNullPointerExceptionNamingStatus() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> ListTasksParams.builder().status((String) null));
    assertEquals("status == null", e.getMessage());
  }
}
