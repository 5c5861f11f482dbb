package dev.tasksdk.vambe;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tasksdk.vambe.internal.UpdateBodies;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@link VambeClient#updateTask(String, UpdateTaskParams)} ({@code PUT
 * /api/public/tasks/{id}}): a partial update where every field is left alone, set, or, where the
 * vendor allows it, cleared with an explicit JSON {@code null}.
 *
 * <p>{@link Builder#clearDueDate()} sends {@code "dueDate": null}, which removes the due date; a
 * field never mentioned is not sent at all. {@code responsibleIds} replaces every assignee (an
 * empty list removes them all). The status changes by {@code newStatusPosition} or {@code
 * newStatusName}, never both; {@code dueTime} needs {@code timezone}.
 *
 * <pre>{@code
 * UpdateTaskParams move = UpdateTaskParams.builder().newStatusName("En Progreso").build();
 * UpdateTaskParams undate = UpdateTaskParams.builder().clearDueDate().build();
 * }</pre>
 */
public final class UpdateTaskParams {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final Map<String, JsonElement> fields;

  private UpdateTaskParams(Map<String, JsonElement> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The names of the fields this update sends (set or cleared), in the order they were set. */
  public Set<String> fieldNames() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(fields.keySet()));
  }

  /** Whether this update sends {@code field} as an explicit {@code null}. */
  public boolean clears(String field) {
    JsonElement e = fields.get(field);
    return e != null && e.isJsonNull();
  }

  /** The JSON body as sent, explicit nulls included, e.g. {@code {"dueDate":null}}. */
  public String toJson() {
    return UpdateBodies.toJson(body());
  }

  /** A fresh JSON object of the body. */
  JsonObject body() {
    JsonObject o = new JsonObject();
    fields.forEach((k, v) -> o.add(k, v.deepCopy()));
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UpdateTaskParams p && fields.equals(p.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "UpdateTaskParams" + toJson();
  }

  /** Builds {@link UpdateTaskParams}; {@link #build()} validates. */
  public static final class Builder {
    private final Map<String, JsonElement> fields = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the title (at least one character). */
    public Builder title(String title) {
      return put("title", Checks.nonBlank("title", title));
    }

    /** Sets the description. */
    public Builder description(String description) {
      if (description == null) {
        throw new NullPointerException("description == null (use clearDescription())");
      }
      return put("description", description);
    }

    /** Removes the description ({@code "description": null}). */
    public Builder clearDescription() {
      return clear("description");
    }

    /** Moves the task to the status at this position of the status configuration. */
    public Builder newStatusPosition(int position) {
      if (position < 0) {
        throw new IllegalArgumentException("newStatusPosition must be >= 0 but was " + position);
      }
      fields.put("newStatusPosition", new JsonPrimitive(position));
      return this;
    }

    /** Moves the task to the status with this name, e.g. {@code "En Progreso"}. */
    public Builder newStatusName(String name) {
      return put("newStatusName", Checks.nonBlank("newStatusName", name));
    }

    /** Sets the due day. */
    public Builder dueDate(LocalDate dueDate) {
      if (dueDate == null) {
        throw new NullPointerException("dueDate == null (use clearDueDate())");
      }
      return put("dueDate", dueDate.toString());
    }

    /** Sets the due date as an ISO date or date-time text. */
    public Builder dueDate(String dueDate) {
      if (dueDate == null) {
        throw new NullPointerException("dueDate == null (use clearDueDate())");
      }
      return put("dueDate", Checks.isoDateOrDateTime("dueDate", dueDate));
    }

    /** Removes the due date: sends {@code "dueDate": null}. */
    public Builder clearDueDate() {
      return clear("dueDate");
    }

    /** Sets the due time (seconds dropped); needs a {@link #timezone}. */
    public Builder dueTime(LocalTime dueTime) {
      if (dueTime == null) {
        throw new NullPointerException("dueTime == null (use clearDueTime())");
      }
      return put("dueTime", dueTime.format(HH_MM));
    }

    /** Sets the due time as {@code HH:mm}; needs a {@link #timezone}. */
    public Builder dueTime(String dueTime) {
      return put("dueTime", Checks.hhmm("dueTime", dueTime));
    }

    /** Removes the due time ({@code "dueTime": null}), making the task all-day. */
    public Builder clearDueTime() {
      return clear("dueTime");
    }

    /** Sets the IANA time zone of the due time. */
    public Builder timezone(String timezone) {
      return put("timezone", Checks.timezone("timezone", timezone));
    }

    /** Sets the time zone of the due time; {@code ZoneOffset.UTC} is sent as {@code UTC}. */
    public Builder timezone(ZoneId timezone) {
      if (timezone == null) {
        throw new NullPointerException("timezone == null (use clearTimezone())");
      }
      return put("timezone", CreateTaskParams.zoneName(timezone));
    }

    /** Removes the time zone ({@code "timezone": null}). */
    public Builder clearTimezone() {
      return clear("timezone");
    }

    /** Replaces every assignee with these user ids (UUIDs); an empty list removes them all. */
    public Builder responsibleIds(List<String> ids) {
      JsonArray a = new JsonArray();
      Checks.uuids("responsibleIds", ids).forEach(a::add);
      fields.put("responsibleIds", a);
      return this;
    }

    /** Sets the associated contact's UUID. */
    public Builder aiContactId(String id) {
      return put("aiContactId", Checks.uuid("aiContactId", id));
    }

    /** Removes the associated contact ({@code "aiContactId": null}). */
    public Builder clearAiContactId() {
      return clear("aiContactId");
    }

    /** Sets the associated customer's UUID. */
    public Builder aiCustomerId(String id) {
      return put("aiCustomerId", Checks.uuid("aiCustomerId", id));
    }

    /** Removes the associated customer ({@code "aiCustomerId": null}). */
    public Builder clearAiCustomerId() {
      return clear("aiCustomerId");
    }

    /** Sets the priority, sent as {@code "0"}, {@code "1"} or {@code "2"}. */
    public Builder priority(Priority priority) {
      if (priority == null) {
        throw new NullPointerException("priority == null");
      }
      return put("priority", priority.wireValue());
    }

    /**
     * Builds the update.
     *
     * @throws IllegalArgumentException when nothing is set, when both {@code newStatusPosition} and
     *     {@code newStatusName} are set, or when {@code dueTime} is set without {@code timezone}
     */
    public UpdateTaskParams build() {
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("update changes nothing: set at least one field");
      }
      if (fields.containsKey("newStatusPosition") && fields.containsKey("newStatusName")) {
        throw new IllegalArgumentException(
            "newStatusPosition and newStatusName cannot both be set: choose one");
      }
      if (isValue("dueTime") && !isValue("timezone")) {
        throw new IllegalArgumentException("dueTime needs timezone (an IANA zone)");
      }
      return new UpdateTaskParams(fields);
    }

    private boolean isValue(String field) {
      JsonElement e = fields.get(field);
      return e != null && !e.isJsonNull();
    }

    private Builder put(String field, String value) {
      fields.put(field, new JsonPrimitive(value));
      return this;
    }

    private Builder clear(String field) {
      fields.put(field, JsonNull.INSTANCE);
      return this;
    }
  }
}
