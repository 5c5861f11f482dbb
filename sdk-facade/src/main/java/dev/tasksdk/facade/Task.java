package dev.tasksdk.facade;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A task from any vendor, normalised, immutable.
 *
 * <p>Normalised fields ({@link #status()}, {@link #priority()}) sit next to the vendor's own words
 * ({@link #vendorStatus()}, {@link #vendorPriority()}), which are always kept. {@link #raw()} hands
 * out the vendor's own model for anything the facade does not carry.
 */
public final class Task {
  private final Vendor vendor;
  private final String id;
  private final String title;
  private final String description;
  private final TaskStatus status;
  private final String vendorStatus;
  private final TaskPriority priority;
  private final String vendorPriority;
  private final String type;
  private final List<Assignee> assignees;
  private final Contact contact;
  private final Due due;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Instant completedAt;
  private final String result;
  private final Object raw;

  private Task(Builder b) {
    this.vendor = Require.nonNull(b.vendor, "vendor");
    this.id = Require.nonNull(b.id, "id");
    this.title = b.title;
    this.description = b.description;
    this.status = b.status == null ? TaskStatus.UNKNOWN : b.status;
    this.vendorStatus = b.vendorStatus;
    this.priority = b.priority;
    this.vendorPriority = b.vendorPriority;
    this.type = b.type;
    this.assignees = b.assignees == null ? List.of() : List.copyOf(b.assignees);
    this.contact = b.contact;
    this.due = b.due;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.completedAt = b.completedAt;
    this.result = b.result;
    this.raw = b.raw;
  }

  /** Starts a task; used by the vendor adapters and by tests. */
  public static Builder builder(Vendor vendor, String id) {
    return new Builder(vendor, id);
  }

  /** A builder holding this task's values. */
  public Builder toBuilder() {
    Builder b = new Builder(vendor, id);
    b.title = title;
    b.description = description;
    b.status = status;
    b.vendorStatus = vendorStatus;
    b.priority = priority;
    b.vendorPriority = vendorPriority;
    b.type = type;
    b.assignees = assignees;
    b.contact = contact;
    b.due = due;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.completedAt = completedAt;
    b.result = result;
    b.raw = raw;
    return b;
  }

  /** The vendor this task lives at. */
  public Vendor vendor() {
    return vendor;
  }

  /** The vendor's id of the task. */
  public String id() {
    return id;
  }

  /** The reference {@code vendor:id} that {@link TaskHub#get(String)} and the CLI accept. */
  public String ref() {
    return vendor.id() + ":" + id;
  }

  /**
   * A title: the vendor's own where it has one; otherwise a readable stand-in (Amplemarket: type
   * and contact; Amigo: the skill).
   */
  public String title() {
    return title == null ? "" : title;
  }

  /** The description or notes. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The normalised status; {@link TaskStatus#UNKNOWN} when the vendor's word is not in the tables.
   */
  public TaskStatus status() {
    return status;
  }

  /** The vendor's own status word (for Vambe, the status configuration's type), always kept. */
  public Optional<String> vendorStatus() {
    return Optional.ofNullable(vendorStatus);
  }

  /** The normalised priority; empty when the vendor has no priority. */
  public Optional<TaskPriority> priority() {
    return Optional.ofNullable(priority);
  }

  /** The vendor's own priority word. */
  public Optional<String> vendorPriority() {
    return Optional.ofNullable(vendorPriority);
  }

  /** The kind of task: Amplemarket's and Stuut's type, Amigo's skill. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** Who the task is assigned to; empty when nobody or unknown. */
  public List<Assignee> assignees() {
    return assignees;
  }

  /** The contact the task is about, where the vendor has one. */
  public Optional<Contact> contact() {
    return Optional.ofNullable(contact);
  }

  /** When the task is due. */
  public Optional<Due> due() {
    return Optional.ofNullable(due);
  }

  /** When the task was created. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the task was last changed. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** When the task was finished. */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** The task's result or outcome text (AgentTasks' result, Amigo's result or error). */
  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  /**
   * The vendor's own model this task was made from (a generated class of the vendor module): the
   * explicit escape hatch for what the facade does not carry.
   */
  public Object raw() {
    return raw;
  }

  /**
   * The vendor's own model, cast to {@code type}.
   *
   * @throws IllegalArgumentException when the raw model is not a {@code type}
   */
  public <T> T raw(Class<T> type) {
    if (!type.isInstance(raw)) {
      throw new IllegalArgumentException(
          "raw model of "
              + ref()
              + " is "
              + (raw == null ? "null" : raw.getClass().getName())
              + ", not "
              + type.getName());
    }
    return type.cast(raw);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Task t
        && vendor == t.vendor
        && id.equals(t.id)
        && Objects.equals(title, t.title)
        && Objects.equals(description, t.description)
        && status == t.status
        && Objects.equals(vendorStatus, t.vendorStatus)
        && priority == t.priority
        && Objects.equals(vendorPriority, t.vendorPriority)
        && Objects.equals(type, t.type)
        && assignees.equals(t.assignees)
        && Objects.equals(contact, t.contact)
        && Objects.equals(due, t.due)
        && Objects.equals(createdAt, t.createdAt)
        && Objects.equals(updatedAt, t.updatedAt)
        && Objects.equals(completedAt, t.completedAt)
        && Objects.equals(result, t.result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendor, id, vendorStatus, updatedAt);
  }

  @Override
  public String toString() {
    return "Task{"
        + ref()
        + ", title="
        + title
        + ", status="
        + status
        + "("
        + vendorStatus
        + ")"
        + ", priority="
        + priority
        + "("
        + vendorPriority
        + "), type="
        + type
        + ", assignees="
        + assignees
        + ", due="
        + due
        + "}";
  }

  /** Builds a {@link Task}. */
  public static final class Builder {
    private final Vendor vendor;
    private final String id;
    private String title;
    private String description;
    private TaskStatus status;
    private String vendorStatus;
    private TaskPriority priority;
    private String vendorPriority;
    private String type;
    private List<Assignee> assignees;
    private Contact contact;
    private Due due;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    private String result;
    private Object raw;

    private Builder(Vendor vendor, String id) {
      this.vendor = vendor;
      this.id = id;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets the normalised status and the vendor's word it came from. */
    public Builder status(TaskStatus status, String vendorStatus) {
      this.status = status;
      this.vendorStatus = vendorStatus;
      return this;
    }

    /** Sets the normalised priority and the vendor's word it came from. */
    public Builder priority(TaskPriority priority, String vendorPriority) {
      this.priority = priority;
      this.vendorPriority = vendorPriority;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder assignees(List<Assignee> assignees) {
      this.assignees = assignees;
      return this;
    }

    public Builder contact(Contact contact) {
      this.contact = contact;
      return this;
    }

    public Builder due(Due due) {
      this.due = due;
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    public Builder completedAt(Instant completedAt) {
      this.completedAt = completedAt;
      return this;
    }

    public Builder result(String result) {
      this.result = result;
      return this;
    }

    public Builder raw(Object raw) {
      this.raw = raw;
      return this;
    }

    public Task build() {
      return new Task(this);
    }
  }
}
