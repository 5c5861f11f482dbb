package dev.tasksdk.facade;

import dev.tasksdk.core.spi.Require;
import java.util.List;
import java.util.Optional;

/**
 * A task to create with {@link TaskClient#create(NewTask)}. Only the title is required by the
 * facade; a vendor may require more (AgentTasks a project, Vambe a priority and assignees) and says
 * so with an {@link IllegalArgumentException} naming the field before any request is sent.
 */
public final class NewTask {
  private final String title;
  private final String description;
  private final TaskPriority priority;
  private final DueSpec due;
  private final List<String> assignees;
  private final String projectId;

  private NewTask(Builder b) {
    Require.nonBlank(b.title, "title");
    this.title = b.title;
    this.description = b.description;
    this.priority = b.priority;
    this.due = b.due;
    this.assignees = List.copyOf(b.assignees);
    this.projectId = b.projectId;
  }

  /** Starts a new task with its title. */
  public static Builder builder(String title) {
    return new Builder().title(title);
  }

  public String title() {
    return title;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<TaskPriority> priority() {
    return Optional.ofNullable(priority);
  }

  public Optional<DueSpec> due() {
    return Optional.ofNullable(due);
  }

  /** Assignee ids (Vambe responsible ids, AgentTasks agent id). */
  public List<String> assignees() {
    return assignees;
  }

  /** AgentTasks: the project the task goes into (required there). */
  public Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  @Override
  public String toString() {
    return "NewTask{title="
        + title
        + ", priority="
        + priority
        + ", due="
        + due
        + ", assignees="
        + assignees
        + ", projectId="
        + projectId
        + "}";
  }

  /** Builds a {@link NewTask}. */
  public static final class Builder {
    private String title;
    private String description;
    private TaskPriority priority;
    private DueSpec due;
    private final java.util.ArrayList<String> assignees = new java.util.ArrayList<>();
    private String projectId;

    private Builder() {}

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder priority(TaskPriority priority) {
      if (priority == TaskPriority.UNKNOWN) {
        throw new IllegalArgumentException("priority UNKNOWN cannot be set");
      }
      this.priority = priority;
      return this;
    }

    public Builder due(DueSpec due) {
      this.due = due;
      return this;
    }

    public Builder assignee(String... ids) {
      Require.nonNull(ids, "ids");
      for (String id : ids) {
        assignees.add(Require.nonBlank(id, "assignee"));
      }
      return this;
    }

    public Builder projectId(String projectId) {
      this.projectId = Require.nonNull(projectId, "projectId");
      return this;
    }

    public NewTask build() {
      return new NewTask(this);
    }
  }
}
