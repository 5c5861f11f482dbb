package dev.tasksdk.vambe;

import dev.tasksdk.vambe.generated.model.CreateTaskRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The body of {@link VambeClient#createTask(CreateTaskParams)} ({@code POST /api/public/tasks}).
 *
 * <p>Required: {@code title}, {@code priority} and at least one responsible id (UUIDs). A due date
 * without {@code dueTime} makes an all-day task; {@code dueTime} ({@code HH:mm}) needs a {@code
 * dueDate} and a {@code timezone}. Everything is checked in {@link Builder#build()}, before any
 * request.
 *
 * <pre>{@code
 * CreateTaskParams params = CreateTaskParams.builder()
 *     .title("Follow up with customer")
 *     .priority(Priority.HIGH)
 *     .addResponsibleId("228d7a0d-9072-4ca8-939b-959b75cc606a")
 *     .dueDate(LocalDate.of(2025, 10, 25))
 *     .dueTime(LocalTime.of(14, 30))
 *     .timezone("America/Santiago")
 *     .build();
 * }</pre>
 */
public final class CreateTaskParams {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final String title;
  private final String description;
  private final String dueDate;
  private final String dueTime;
  private final String timezone;
  private final List<String> responsibleIds;
  private final String aiContactId;
  private final String aiCustomerId;
  private final Priority priority;

  private CreateTaskParams(Builder b) {
    this.title = b.title;
    this.description = b.description;
    this.dueDate = b.dueDate;
    this.dueTime = b.dueTime;
    this.timezone = b.timezone;
    this.responsibleIds = List.copyOf(b.responsibleIds);
    this.aiContactId = b.aiContactId;
    this.aiCustomerId = b.aiCustomerId;
    this.priority = b.priority;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.description = description;
    b.dueDate = dueDate;
    b.dueTime = dueTime;
    b.timezone = timezone;
    b.responsibleIds.addAll(responsibleIds);
    b.aiContactId = aiContactId;
    b.aiCustomerId = aiCustomerId;
    b.priority = priority;
    return b;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The description, when set. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The due date as sent (ISO date or date-time), when set. */
  public Optional<String> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  /** The due time as sent ({@code HH:mm}), when set; absent means all-day. */
  public Optional<String> dueTime() {
    return Optional.ofNullable(dueTime);
  }

  /** The IANA time zone, when set. */
  public Optional<String> timezone() {
    return Optional.ofNullable(timezone);
  }

  /** The responsible user ids (lower-case UUIDs), at least one. */
  public List<String> responsibleIds() {
    return responsibleIds;
  }

  /** The associated contact's UUID, when set. */
  public Optional<String> aiContactId() {
    return Optional.ofNullable(aiContactId);
  }

  /** The associated customer's UUID, when set. */
  public Optional<String> aiCustomerId() {
    return Optional.ofNullable(aiCustomerId);
  }

  /** The priority. */
  public Priority priority() {
    return priority;
  }

  /** The generated request model (its Gson leaves unset fields out). */
  CreateTaskRequest toRequest() {
    CreateTaskRequest r = new CreateTaskRequest();
    r.setTitle(title);
    r.setDescription(description);
    r.setDueDate(dueDate);
    r.setDueTime(dueTime);
    r.setTimezone(timezone);
    List<UUID> ids = new ArrayList<>(responsibleIds.size());
    responsibleIds.forEach(id -> ids.add(UUID.fromString(id)));
    r.setResponsibleIds(ids);
    r.setAiContactId(aiContactId == null ? null : UUID.fromString(aiContactId));
    r.setAiCustomerId(aiCustomerId == null ? null : UUID.fromString(aiCustomerId));
    r.setPriority(CreateTaskRequest.PriorityEnum.fromValue(priority.wireValue()));
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreateTaskParams p
        && title.equals(p.title)
        && Objects.equals(description, p.description)
        && Objects.equals(dueDate, p.dueDate)
        && Objects.equals(dueTime, p.dueTime)
        && Objects.equals(timezone, p.timezone)
        && responsibleIds.equals(p.responsibleIds)
        && Objects.equals(aiContactId, p.aiContactId)
        && Objects.equals(aiCustomerId, p.aiCustomerId)
        && priority == p.priority;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, dueDate, dueTime, timezone, responsibleIds, priority);
  }

  @Override
  public String toString() {
    return "CreateTaskParams[title="
        + title
        + ", priority="
        + priority
        + ", dueDate="
        + dueDate
        + ", dueTime="
        + dueTime
        + ", timezone="
        + timezone
        + ", responsibleIds="
        + responsibleIds
        + "]";
  }

  /** Builds {@link CreateTaskParams}; {@link #build()} validates. */
  public static final class Builder {
    private String title;
    private String description;
    private String dueDate;
    private String dueTime;
    private String timezone;
    private final List<String> responsibleIds = new ArrayList<>();
    private String aiContactId;
    private String aiCustomerId;
    private Priority priority;

    private Builder() {}

    /** Sets the title (required, not blank). */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the description; null leaves it out. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets the due day; without a {@link #dueTime} the task is all-day. Null removes it. */
    public Builder dueDate(LocalDate dueDate) {
      this.dueDate = dueDate == null ? null : dueDate.toString();
      return this;
    }

    /**
     * Sets the due date as text: an ISO date ({@code 2025-11-26}) or date-time ({@code
     * 2025-11-26T00:00:00.000Z}), checked in {@link #build()}. Null removes it.
     */
    public Builder dueDate(String dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /** Sets the due time (seconds are dropped); needs a {@link #timezone}. Null removes it. */
    public Builder dueTime(LocalTime dueTime) {
      this.dueTime = dueTime == null ? null : dueTime.format(HH_MM);
      return this;
    }

    /** Sets the due time as {@code HH:mm} (checked in {@link #build()}). Null removes it. */
    public Builder dueTime(String dueTime) {
      this.dueTime = dueTime;
      return this;
    }

    /** Sets the IANA time zone of the due time, e.g. {@code America/Santiago}. */
    public Builder timezone(String timezone) {
      this.timezone = timezone;
      return this;
    }

    /** Sets the time zone of the due time; {@code ZoneOffset.UTC} is sent as {@code UTC}. */
    public Builder timezone(ZoneId timezone) {
      this.timezone = timezone == null ? null : zoneName(timezone);
      return this;
    }

    /** Replaces the responsible user ids (UUIDs; at least one is required). */
    public Builder responsibleIds(List<String> ids) {
      if (ids == null) {
        throw new NullPointerException("responsibleIds == null");
      }
      responsibleIds.clear();
      responsibleIds.addAll(ids);
      return this;
    }

    /** Adds a responsible user id (a UUID). */
    public Builder addResponsibleId(String id) {
      responsibleIds.add(id);
      return this;
    }

    /** Sets the associated contact's UUID; null leaves it out. */
    public Builder aiContactId(String aiContactId) {
      this.aiContactId = aiContactId;
      return this;
    }

    /** Sets the associated customer's UUID; null leaves it out. */
    public Builder aiCustomerId(String aiCustomerId) {
      this.aiCustomerId = aiCustomerId;
      return this;
    }

    /** Sets the priority (required). */
    public Builder priority(Priority priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws IllegalArgumentException naming the field: title missing or blank, priority missing,
     *     no responsible id or one that is not a UUID, dueDate not ISO 8601, dueTime not {@code
     *     HH:mm}, dueTime without timezone or without dueDate, an unknown timezone, a contact or
     *     customer id that is not a UUID
     */
    public CreateTaskParams build() {
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException("title is required (at least one character)");
      }
      if (priority == null) {
        throw new IllegalArgumentException("priority is required (LOW, MEDIUM or HIGH)");
      }
      if (responsibleIds.isEmpty()) {
        throw new IllegalArgumentException("responsibleIds needs at least one team member id");
      }
      List<String> ids = Checks.uuids("responsibleIds", responsibleIds);
      responsibleIds.clear();
      responsibleIds.addAll(ids);
      if (dueDate != null) {
        Checks.isoDateOrDateTime("dueDate", dueDate);
      }
      if (dueTime != null) {
        Checks.hhmm("dueTime", dueTime);
        if (timezone == null) {
          throw new IllegalArgumentException("dueTime needs timezone (an IANA zone)");
        }
        if (dueDate == null) {
          throw new IllegalArgumentException("dueTime needs dueDate");
        }
      }
      if (timezone != null) {
        Checks.timezone("timezone", timezone);
      }
      if (aiContactId != null) {
        aiContactId = Checks.uuid("aiContactId", aiContactId);
      }
      if (aiCustomerId != null) {
        aiCustomerId = Checks.uuid("aiCustomerId", aiCustomerId);
      }
      return new CreateTaskParams(this);
    }
  }

  static String zoneName(ZoneId zone) {
    String id = zone.normalized().getId();
    return "Z".equals(id) ? "UTC" : id;
  }
}
