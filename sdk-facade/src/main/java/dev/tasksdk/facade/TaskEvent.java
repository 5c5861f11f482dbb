package dev.tasksdk.facade;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened to a task, pushed by a vendor (today: AgentTasks webhooks), after its
 * signature was verified.
 *
 * <p>{@link #kind()} is normalised; {@link #vendorEvent()} keeps the vendor's own event name (e.g.
 * {@code task.claimed}).
 */
public final class TaskEvent {
  /** What happened, normalised. */
  public enum Kind {
    CREATED,
    UPDATED,
    CLAIMED,
    COMPLETED,
    CANCELLED,
    MOVED,
    /** An event name no mapping lists; see {@link TaskEvent#vendorEvent()}. */
    UNKNOWN
  }

  private final Vendor vendor;
  private final Kind kind;
  private final String vendorEvent;
  private final Instant occurredAt;
  private final Task task;
  private final String actorId;
  private final String actorName;
  private final String deliveryId;

  private TaskEvent(Builder b) {
    this.vendor = Require.nonNull(b.vendor, "vendor");
    this.kind = b.kind == null ? Kind.UNKNOWN : b.kind;
    this.vendorEvent = Require.nonNull(b.vendorEvent, "vendorEvent");
    this.occurredAt = b.occurredAt;
    this.task = b.task;
    this.actorId = b.actorId;
    this.actorName = b.actorName;
    this.deliveryId = b.deliveryId;
  }

  /** Starts an event; used by the vendor adapters. */
  public static Builder builder(Vendor vendor, String vendorEvent) {
    return new Builder(vendor, vendorEvent);
  }

  public Vendor vendor() {
    return vendor;
  }

  public Kind kind() {
    return kind;
  }

  /** The vendor's event name, always kept. */
  public String vendorEvent() {
    return vendorEvent;
  }

  public Optional<Instant> occurredAt() {
    return Optional.ofNullable(occurredAt);
  }

  /** The task as the event carries it. */
  public Optional<Task> task() {
    return Optional.ofNullable(task);
  }

  /** Who caused the event (an agent), where the vendor says. */
  public Optional<String> actorId() {
    return Optional.ofNullable(actorId);
  }

  public Optional<String> actorName() {
    return Optional.ofNullable(actorName);
  }

  /** The vendor's delivery id, for de-duplicating redelivered events. */
  public Optional<String> deliveryId() {
    return Optional.ofNullable(deliveryId);
  }

  @Override
  public String toString() {
    return "TaskEvent{"
        + vendor
        + " "
        + vendorEvent
        + " ("
        + kind
        + "), task="
        + (task == null ? null : task.ref())
        + ", actor="
        + actorId
        + ", at="
        + occurredAt
        + "}";
  }

  /** Builds a {@link TaskEvent}. */
  public static final class Builder {
    private final Vendor vendor;
    private final String vendorEvent;
    private Kind kind;
    private Instant occurredAt;
    private Task task;
    private String actorId;
    private String actorName;
    private String deliveryId;

    private Builder(Vendor vendor, String vendorEvent) {
      this.vendor = vendor;
      this.vendorEvent = vendorEvent;
    }

    public Builder kind(Kind kind) {
      this.kind = kind;
      return this;
    }

    public Builder occurredAt(Instant occurredAt) {
      this.occurredAt = occurredAt;
      return this;
    }

    public Builder task(Task task) {
      this.task = task;
      return this;
    }

    public Builder actor(String id, String name) {
      this.actorId = id;
      this.actorName = name;
      return this;
    }

    public Builder deliveryId(String deliveryId) {
      this.deliveryId = deliveryId;
      return this;
    }

    public TaskEvent build() {
      return new TaskEvent(this);
    }
  }
}
