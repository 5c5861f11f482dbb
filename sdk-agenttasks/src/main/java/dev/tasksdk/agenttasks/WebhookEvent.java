package dev.tasksdk.agenttasks;

import dev.tasksdk.agenttasks.model.Task;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified AgentTasks webhook event: {@code {event, timestamp, teamId, data: {task, agent: {id,
 * name}}}} plus the {@code X-AgentTasks-Delivery} id when the headers were given.
 *
 * <p>{@link #event()} is an open set: the documented names are the constants of this class; a new
 * name reaches the caller unchanged. Get one from {@link AgentTasksWebhooks#parse}.
 */
public final class WebhookEvent {
  /** A task was created. */
  public static final String TASK_CREATED = "task.created";

  /** An agent claimed a task. */
  public static final String TASK_CLAIMED = "task.claimed";

  /** A task was completed. */
  public static final String TASK_COMPLETED = "task.completed";

  /** A task was cancelled. */
  public static final String TASK_CANCELLED = "task.cancelled";

  /** A task was updated. */
  public static final String TASK_UPDATED = "task.updated";

  /** A task was moved to another status. */
  public static final String TASK_MOVED = "task.moved";

  private final String event;
  private final String timestamp;
  private final Instant occurredAt;
  private final String teamId;
  private final Task task;
  private final Agent agent;
  private final String deliveryId;

  private WebhookEvent(Builder b) {
    this.event = b.event;
    this.timestamp = b.timestamp;
    this.occurredAt = b.occurredAt;
    this.teamId = b.teamId;
    this.task = b.task;
    this.agent = b.agent;
    this.deliveryId = b.deliveryId;
  }

  /** Returns a builder; {@code event} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event name, e.g. {@code task.claimed}. */
  public String event() {
    return event;
  }

  /** The {@code timestamp} field as sent. */
  public Optional<String> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * The {@code timestamp} as an instant: ISO-8601 with offset or {@code Z}, or epoch seconds or
   * milliseconds; empty when absent or unreadable (the text stays in {@link #timestamp()}).
   */
  public Optional<Instant> occurredAt() {
    return Optional.ofNullable(occurredAt);
  }

  /** The team the event belongs to. */
  public Optional<String> teamId() {
    return Optional.ofNullable(teamId);
  }

  /** The task as the event carries it ({@code data.task}). */
  public Optional<Task> task() {
    return Optional.ofNullable(task);
  }

  /** The agent that caused the event ({@code data.agent}), when named. */
  public Optional<Agent> agent() {
    return Optional.ofNullable(agent);
  }

  /** The {@code X-AgentTasks-Delivery} id, for de-duplicating redeliveries, when known. */
  public Optional<String> deliveryId() {
    return Optional.ofNullable(deliveryId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookEvent e
        && event.equals(e.event)
        && Objects.equals(timestamp, e.timestamp)
        && Objects.equals(occurredAt, e.occurredAt)
        && Objects.equals(teamId, e.teamId)
        && Objects.equals(task, e.task)
        && Objects.equals(agent, e.agent)
        && Objects.equals(deliveryId, e.deliveryId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, timestamp, teamId, task, agent, deliveryId);
  }

  @Override
  public String toString() {
    return "WebhookEvent["
        + event
        + ", task="
        + (task == null ? null : task.getId())
        + ", agent="
        + agent
        + ", at="
        + timestamp
        + ", teamId="
        + teamId
        + ", deliveryId="
        + deliveryId
        + "]";
  }

  /** The agent of an event: id and display name. */
  public static final class Agent {
    private final String id;
    private final String name;

    private Agent(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /** Creates an agent; either value may be null. */
    public static Agent of(String id, String name) {
      return new Agent(id, name);
    }

    /** The agent's id. */
    public Optional<String> id() {
      return Optional.ofNullable(id);
    }

    /** The agent's name. */
    public Optional<String> name() {
      return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Agent a && Objects.equals(id, a.id) && Objects.equals(name, a.name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, name);
    }

    @Override
    public String toString() {
      return "Agent[" + id + ", " + name + "]";
    }
  }

  /** Builds a {@link WebhookEvent}. */
  public static final class Builder {
    private String event;
    private String timestamp;
    private Instant occurredAt;
    private String teamId;
    private Task task;
    private Agent agent;
    private String deliveryId;

    private Builder() {}

    /** Sets the event name (required). */
    public Builder event(String event) {
      this.event = event;
      return this;
    }

    /** Sets the timestamp text and its parsed instant (either may be null). */
    public Builder timestamp(String timestamp, Instant occurredAt) {
      this.timestamp = timestamp;
      this.occurredAt = occurredAt;
      return this;
    }

    /** Sets the team id. */
    public Builder teamId(String teamId) {
      this.teamId = teamId;
      return this;
    }

    /** Sets the task. */
    public Builder task(Task task) {
      this.task = task;
      return this;
    }

    /** Sets the agent. */
    public Builder agent(Agent agent) {
      this.agent = agent;
      return this;
    }

    /** Sets the delivery id. */
    public Builder deliveryId(String deliveryId) {
      this.deliveryId = deliveryId;
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws NullPointerException naming {@code event} when it is missing
     */
    public WebhookEvent build() {
      if (event == null) {
        throw new NullPointerException("event == null");
      }
      return new WebhookEvent(this);
    }
  }
}
