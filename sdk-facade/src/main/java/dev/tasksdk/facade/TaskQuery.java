package dev.tasksdk.facade;

import dev.tasksdk.core.spi.Require;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link TaskClient#list(TaskQuery)} should return. Every filter is optional; each one a
 * vendor cannot apply on its server is applied on the client (see {@link Support#CLIENT_SIDE}) or
 * rejected, never silently ignored.
 *
 * <pre>{@code
 * TaskQuery q = TaskQuery.builder().status(TaskStatus.OPEN).dueTo(LocalDate.now()).build();
 * }</pre>
 */
public final class TaskQuery {
  private final Set<TaskStatus> statuses;
  private final List<String> assignees;
  private final String type;
  private final LocalDate dueFrom;
  private final LocalDate dueTo;
  private final String text;
  private final String callSid;
  private final String userId;
  private final String projectId;
  private final Integer pageSize;
  private final Long maxResults;

  private TaskQuery(Builder b) {
    this.statuses =
        b.statuses.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(b.statuses));
    this.assignees = List.copyOf(b.assignees);
    this.type = b.type;
    this.dueFrom = b.dueFrom;
    this.dueTo = b.dueTo;
    this.text = b.text;
    this.callSid = b.callSid;
    this.userId = b.userId;
    this.projectId = b.projectId;
    this.pageSize = b.pageSize;
    this.maxResults = b.maxResults;
    if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
      throw new IllegalArgumentException(
          "dueTo (" + dueTo + ") is before dueFrom (" + dueFrom + ")");
    }
  }

  /** A query with no filters. */
  public static TaskQuery all() {
    return builder().build();
  }

  /** Starts a query. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.statuses.addAll(statuses);
    b.assignees.addAll(assignees);
    b.type = type;
    b.dueFrom = dueFrom;
    b.dueTo = dueTo;
    b.text = text;
    b.callSid = callSid;
    b.userId = userId;
    b.projectId = projectId;
    b.pageSize = pageSize;
    b.maxResults = maxResults;
    return b;
  }

  /** Tasks in any of these normalised statuses; empty = any. */
  public Set<TaskStatus> statuses() {
    return statuses;
  }

  /**
   * Tasks assigned to any of these ids (or emails, where the vendor matches on them); empty =
   * anyone.
   */
  public List<String> assignees() {
    return assignees;
  }

  /** Tasks of this vendor type (Amplemarket, Stuut). */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** Tasks due on or after this day. */
  public Optional<LocalDate> dueFrom() {
    return Optional.ofNullable(dueFrom);
  }

  /** Tasks due on or before this day. */
  public Optional<LocalDate> dueTo() {
    return Optional.ofNullable(dueTo);
  }

  /**
   * Free-text search (Amplemarket's keyword, Vambe's search filter; title/description elsewhere).
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** Amigo: the call whose tasks to list (required there). */
  public Optional<String> callSid() {
    return Optional.ofNullable(callSid);
  }

  /** Amplemarket: the user whose tasks to list (required there). */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** AgentTasks: the project. */
  public Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  /** Page size to ask the vendor for; empty = the vendor's default. */
  public Optional<Integer> pageSize() {
    return Optional.ofNullable(pageSize);
  }

  /** Stop after this many tasks; empty = all. */
  public Optional<Long> maxResults() {
    return Optional.ofNullable(maxResults);
  }

  /** The filter capabilities this query uses, to check against a vendor's {@link Capabilities}. */
  public Set<Capability> filtersUsed() {
    EnumSet<Capability> used = EnumSet.noneOf(Capability.class);
    if (!statuses.isEmpty()) used.add(Capability.FILTER_STATUS);
    if (!assignees.isEmpty()) used.add(Capability.FILTER_ASSIGNEE);
    if (type != null) used.add(Capability.FILTER_TYPE);
    if (dueFrom != null || dueTo != null) used.add(Capability.FILTER_DUE_WINDOW);
    if (text != null) used.add(Capability.FILTER_TEXT);
    if (callSid != null) used.add(Capability.FILTER_CALL_SID);
    if (userId != null) used.add(Capability.FILTER_USER_ID);
    if (projectId != null) used.add(Capability.FILTER_PROJECT);
    return used;
  }

  @Override
  public String toString() {
    return "TaskQuery{statuses="
        + statuses
        + ", assignees="
        + assignees
        + ", type="
        + type
        + ", dueFrom="
        + dueFrom
        + ", dueTo="
        + dueTo
        + ", text="
        + text
        + ", callSid="
        + callSid
        + ", userId="
        + userId
        + ", projectId="
        + projectId
        + ", pageSize="
        + pageSize
        + ", maxResults="
        + maxResults
        + "}";
  }

  /** Builds a {@link TaskQuery}. */
  public static final class Builder {
    private final Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
    private final Set<String> assignees = new LinkedHashSet<>();
    private String type;
    private LocalDate dueFrom;
    private LocalDate dueTo;
    private String text;
    private String callSid;
    private String userId;
    private String projectId;
    private Integer pageSize;
    private Long maxResults;

    private Builder() {}

    /** Adds statuses to match (any of them). */
    public Builder status(TaskStatus... statuses) {
      for (TaskStatus s : statuses) {
        Require.nonNull(s, "status");
        if (s == TaskStatus.UNKNOWN) {
          throw new IllegalArgumentException("status UNKNOWN cannot be used as a filter");
        }
        this.statuses.add(s);
      }
      return this;
    }

    /** Adds assignee ids to match (any of them). */
    public Builder assignee(String... ids) {
      for (String id : ids) {
        this.assignees.add(nonBlank("assignee", id));
      }
      return this;
    }

    public Builder type(String type) {
      this.type = nonBlank("type", type);
      return this;
    }

    public Builder dueFrom(LocalDate day) {
      this.dueFrom = Require.nonNull(day, "dueFrom");
      return this;
    }

    public Builder dueTo(LocalDate day) {
      this.dueTo = Require.nonNull(day, "dueTo");
      return this;
    }

    public Builder text(String text) {
      this.text = nonBlank("text", text);
      return this;
    }

    public Builder callSid(String callSid) {
      this.callSid = nonBlank("callSid", callSid);
      return this;
    }

    public Builder userId(String userId) {
      this.userId = nonBlank("userId", userId);
      return this;
    }

    public Builder projectId(String projectId) {
      this.projectId = nonBlank("projectId", projectId);
      return this;
    }

    /** Page size to ask each vendor for (1 to 1000; each vendor caps it at its own maximum). */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 1000) {
        throw new IllegalArgumentException(
            "pageSize must be between 1 and 1000 but was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** Stops after {@code max} tasks (at least 1). */
    public Builder maxResults(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxResults must be >= 1 but was " + max);
      }
      this.maxResults = max;
      return this;
    }

    public TaskQuery build() {
      return new TaskQuery(this);
    }

    private static String nonBlank(String field, String value) {
      return Require.nonBlank(value, field);
    }
  }
}
