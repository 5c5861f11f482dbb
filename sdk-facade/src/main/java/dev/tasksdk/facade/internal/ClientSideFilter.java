package dev.tasksdk.facade.internal;

import dev.tasksdk.facade.Assignee;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Support;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskQuery;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/** Applies, on the client, the filters a vendor declares {@link Support#CLIENT_SIDE}. */
final class ClientSideFilter implements Predicate<Task> {
  private final TaskQuery query;
  private final Capabilities caps;

  ClientSideFilter(TaskQuery query, Capabilities caps) {
    this.query = query;
    this.caps = caps;
  }

  private boolean clientSide(Capability c) {
    return caps.support(c) == Support.CLIENT_SIDE;
  }

  @Override
  public boolean test(Task t) {
    if (clientSide(Capability.FILTER_STATUS)
        && !query.statuses().isEmpty()
        && !query.statuses().contains(t.status())) {
      return false;
    }
    if (clientSide(Capability.FILTER_ASSIGNEE) && !query.assignees().isEmpty()) {
      boolean any = false;
      for (Assignee a : t.assignees()) {
        if (a.id().filter(query.assignees()::contains).isPresent()
            || a.email().filter(query.assignees()::contains).isPresent()) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    if (clientSide(Capability.FILTER_TYPE)
        && query.type().isPresent()
        && !query.type().get().equals(t.type().orElse(null))) {
      return false;
    }
    if (clientSide(Capability.FILTER_DUE_WINDOW)
        && (query.dueFrom().isPresent() || query.dueTo().isPresent())) {
      if (t.due().isEmpty()) return false;
      LocalDate day = t.due().get().date();
      if (query.dueFrom().isPresent() && day.isBefore(query.dueFrom().get())) return false;
      if (query.dueTo().isPresent() && day.isAfter(query.dueTo().get())) return false;
    }
    if (clientSide(Capability.FILTER_TEXT) && query.text().isPresent()) {
      String needle = query.text().get().toLowerCase(Locale.ROOT);
      String hay = (t.title() + "\n" + t.description().orElse("")).toLowerCase(Locale.ROOT);
      if (!hay.contains(needle)) return false;
    }
    return true;
  }
}
