package dev.tasksdk.agenttasks;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The changes of {@link AgentTasksClient#updateTask(String, UpdateTaskParams)}: only the fields set
 * here are sent.
 *
 * <p>{@link Builder#unassign()} sends {@code "assignedAgentId": null}, which unassigns the task
 * [INF: the spec's reading of the docs]; the generated {@code UpdateTaskRequest} cannot express
 * that because its Gson drops nulls.
 *
 * <pre>{@code
 * UpdateTaskParams changes = UpdateTaskParams.builder().description("Updated").priority("high").build();
 * }</pre>
 */
public final class UpdateTaskParams {
  /** The priorities AgentTasks accepts. */
  public static final Set<String> PRIORITIES = Set.of("low", "normal", "high");

  private final String title;
  private final String description;
  private final String projectId;
  private final String assignedAgentId;
  private final boolean unassign;
  private final String priority;

  private UpdateTaskParams(Builder b) {
    this.title = b.title;
    this.description = b.description;
    this.projectId = b.projectId;
    this.assignedAgentId = b.assignedAgentId;
    this.unassign = b.unassign;
    this.priority = b.priority;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new title. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The new description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The new project. */
  public Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  /** The new assigned agent. */
  public Optional<String> assignedAgentId() {
    return Optional.ofNullable(assignedAgentId);
  }

  /** Whether the task is unassigned ({@code "assignedAgentId": null}). */
  public boolean unassign() {
    return unassign;
  }

  /** The new priority: {@code low}, {@code normal} or {@code high}. */
  public Optional<String> priority() {
    return Optional.ofNullable(priority);
  }

  /** The JSON body: the set fields, and {@code assignedAgentId: null} when unassigning. */
  public JsonObject toJson() {
    JsonObject o = new JsonObject();
    if (title != null) {
      o.addProperty("title", title);
    }
    if (description != null) {
      o.addProperty("description", description);
    }
    if (projectId != null) {
      o.addProperty("projectId", projectId);
    }
    if (assignedAgentId != null) {
      o.addProperty("assignedAgentId", assignedAgentId);
    } else if (unassign) {
      o.add("assignedAgentId", JsonNull.INSTANCE);
    }
    if (priority != null) {
      o.addProperty("priority", priority);
    }
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UpdateTaskParams p
        && Objects.equals(title, p.title)
        && Objects.equals(description, p.description)
        && Objects.equals(projectId, p.projectId)
        && Objects.equals(assignedAgentId, p.assignedAgentId)
        && unassign == p.unassign
        && Objects.equals(priority, p.priority);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, description, projectId, assignedAgentId, unassign, priority);
  }

  @Override
  public String toString() {
    return "UpdateTaskParams" + toJson();
  }

  /** Builds {@link UpdateTaskParams}; {@link #build()} validates. */
  public static final class Builder {
    private String title;
    private String description;
    private String projectId;
    private String assignedAgentId;
    private boolean unassign;
    private String priority;

    private Builder() {}

    /** Sets the title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the description (an empty string empties it). */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Moves the task to another project. */
    public Builder projectId(String projectId) {
      this.projectId = projectId;
      return this;
    }

    /** Assigns the task to an agent. */
    public Builder assignedAgentId(String agentId) {
      this.assignedAgentId = agentId;
      this.unassign = false;
      return this;
    }

    /** Unassigns the task: sends {@code "assignedAgentId": null}. */
    public Builder unassign() {
      this.assignedAgentId = null;
      this.unassign = true;
      return this;
    }

    /** Sets the priority: {@code low}, {@code normal} or {@code high}. */
    public Builder priority(String priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Builds the changes.
     *
     * @throws IllegalArgumentException naming the field: nothing set, a blank title, project or
     *     agent id, or an unknown priority
     */
    public UpdateTaskParams build() {
      if (title != null && title.isBlank()) {
        throw new IllegalArgumentException("title is blank");
      }
      if (projectId != null && projectId.isBlank()) {
        throw new IllegalArgumentException("projectId is blank");
      }
      if (assignedAgentId != null && assignedAgentId.isBlank()) {
        throw new IllegalArgumentException("assignedAgentId is blank");
      }
      if (priority != null && !PRIORITIES.contains(priority)) {
        throw new IllegalArgumentException(
            "priority must be one of low, normal, high but was '" + priority + "'");
      }
      if (title == null
          && description == null
          && projectId == null
          && assignedAgentId == null
          && !unassign
          && priority == null) {
        throw new IllegalArgumentException("update changes nothing: set at least one field");
      }
      return new UpdateTaskParams(this);
    }
  }
}
