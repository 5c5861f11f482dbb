package dev.tasksdk.agenttasks;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The query of {@link AgentTasksClient#listTasks(ListTasksParams)}: filters, page size and cursor.
 *
 * <p>Immutable; every field is optional. {@link Builder#build()} validates before any request:
 * {@code status} must be one of {@code todo}, {@code in_progress}, {@code done}, {@code cancelled};
 * {@code limit} must be 1..100; strings must not be blank.
 *
 * <pre>{@code
 * ListTasksParams params = ListTasksParams.builder().status("todo").limit(100).build();
 * }</pre>
 */
public final class ListTasksParams {
  /** The statuses the {@code status} filter accepts. */
  public static final Set<String> STATUSES = Set.of("todo", "in_progress", "done", "cancelled");

  /** The largest page AgentTasks returns. */
  public static final int MAX_LIMIT = 100;

  /** The page size AgentTasks uses when {@code limit} is not sent. */
  public static final int DEFAULT_LIMIT = 50;

  private static final ListTasksParams NONE = new Builder().build();

  private final String status;
  private final String projectId;
  private final String agentId;
  private final Integer limit;
  private final String cursor;

  private ListTasksParams(Builder b) {
    this.status = b.status;
    this.projectId = b.projectId;
    this.agentId = b.agentId;
    this.limit = b.limit;
    this.cursor = b.cursor;
  }

  /** Returns a query without filters. */
  public static ListTasksParams none() {
    return NONE;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.status = status;
    b.projectId = projectId;
    b.agentId = agentId;
    b.limit = limit;
    b.cursor = cursor;
    return b;
  }

  /** Only tasks in this status. */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /** Only tasks of this project. */
  public Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  /** Only tasks assigned to this agent. */
  public Optional<String> agentId() {
    return Optional.ofNullable(agentId);
  }

  /** The page size (1..100); empty means the server's default of 50. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** The page size the server applies: {@link #limit()} or 50. */
  public int effectiveLimit() {
    return limit == null ? DEFAULT_LIMIT : limit;
  }

  /** The cursor: the id of the last task of the previous page [INF]. */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListTasksParams p
        && Objects.equals(status, p.status)
        && Objects.equals(projectId, p.projectId)
        && Objects.equals(agentId, p.agentId)
        && Objects.equals(limit, p.limit)
        && Objects.equals(cursor, p.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, projectId, agentId, limit, cursor);
  }

  @Override
  public String toString() {
    return "ListTasksParams[status="
        + status
        + ", projectId="
        + projectId
        + ", agentId="
        + agentId
        + ", limit="
        + limit
        + ", cursor="
        + cursor
        + "]";
  }

  /** Builds {@link ListTasksParams}; {@link #build()} validates. */
  public static final class Builder {
    private String status;
    private String projectId;
    private String agentId;
    private Integer limit;
    private String cursor;

    private Builder() {}

    /**
     * Only tasks in this status: {@code todo}, {@code in_progress}, {@code done}, {@code
     * cancelled}; null clears.
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /** Only tasks of this project; null clears. */
    public Builder projectId(String projectId) {
      this.projectId = projectId;
      return this;
    }

    /** Only tasks assigned to this agent; null clears. */
    public Builder agentId(String agentId) {
      this.agentId = agentId;
      return this;
    }

    /** The page size, 1..100; null uses the server's default (50). */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Start after the task with this id (the cursor); null starts at the beginning. */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws IllegalArgumentException naming the field: unknown status, limit outside 1..100, a
     *     blank string
     */
    public ListTasksParams build() {
      nonBlank("projectId", projectId);
      nonBlank("agentId", agentId);
      nonBlank("cursor", cursor);
      if (status != null && !STATUSES.contains(status)) {
        throw new IllegalArgumentException(
            "status must be one of todo, in_progress, done, cancelled but was '" + status + "'");
      }
      if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
        throw new IllegalArgumentException("limit must be between 1 and 100 but was " + limit);
      }
      return new ListTasksParams(this);
    }

    private static void nonBlank(String field, String value) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(field + " is blank");
      }
    }
  }
}
