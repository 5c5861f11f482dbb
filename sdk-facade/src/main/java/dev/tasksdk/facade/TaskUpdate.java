package dev.tasksdk.facade;

import dev.tasksdk.core.spi.Require;
import java.util.List;

/**
 * Changes to a task for {@link TaskClient#update(String, TaskUpdate)}. Each field is a {@link
 * Patch}: absent (left alone), a value, or cleared; "absent" and "clear" reach the vendor
 * differently (Vambe: no {@code dueDate} key vs {@code "dueDate": null}).
 */
public final class TaskUpdate {
  private final Patch<String> title;
  private final Patch<String> description;
  private final Patch<TaskPriority> priority;
  private final Patch<DueSpec> due;
  private final Patch<List<String>> assignees;

  private TaskUpdate(Builder b) {
    this.title = b.title;
    this.description = b.description;
    this.priority = b.priority;
    this.due = b.due;
    this.assignees = b.assignees;
    if (isEmpty()) {
      throw new IllegalArgumentException("update changes nothing: set at least one field");
    }
  }

  /** Starts an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  public Patch<String> title() {
    return title;
  }

  public Patch<String> description() {
    return description;
  }

  public Patch<TaskPriority> priority() {
    return priority;
  }

  public Patch<DueSpec> due() {
    return due;
  }

  /** Replaces all assignees. */
  public Patch<List<String>> assignees() {
    return assignees;
  }

  private boolean isEmpty() {
    return title.isAbsent()
        && description.isAbsent()
        && priority.isAbsent()
        && due.isAbsent()
        && assignees.isAbsent();
  }

  @Override
  public String toString() {
    return "TaskUpdate{title="
        + title
        + ", description="
        + description
        + ", priority="
        + priority
        + ", due="
        + due
        + ", assignees="
        + assignees
        + "}";
  }

  /** Builds a {@link TaskUpdate}. */
  public static final class Builder {
    private Patch<String> title = Patch.absent();
    private Patch<String> description = Patch.absent();
    private Patch<TaskPriority> priority = Patch.absent();
    private Patch<DueSpec> due = Patch.absent();
    private Patch<List<String>> assignees = Patch.absent();

    private Builder() {}

    public Builder title(String title) {
      Require.nonBlank(title, "title");
      this.title = Patch.of(title);
      return this;
    }

    public Builder description(String description) {
      this.description = Patch.of(description);
      return this;
    }

    public Builder clearDescription() {
      this.description = Patch.clear();
      return this;
    }

    public Builder priority(TaskPriority priority) {
      if (priority == null || priority == TaskPriority.UNKNOWN) {
        throw new IllegalArgumentException("priority must be low, normal, high or urgent");
      }
      this.priority = Patch.of(priority);
      return this;
    }

    public Builder due(DueSpec due) {
      this.due = Patch.of(due);
      return this;
    }

    /** Removes the due date. */
    public Builder clearDue() {
      this.due = Patch.clear();
      return this;
    }

    /** Replaces all assignees with these ids. */
    public Builder assignees(List<String> ids) {
      Require.nonNull(ids, "ids");
      for (String id : ids) {
        Require.nonBlank(id, "assignee");
      }
      this.assignees = Patch.of(List.copyOf(ids));
      return this;
    }

    public TaskUpdate build() {
      return new TaskUpdate(this);
    }
  }
}
