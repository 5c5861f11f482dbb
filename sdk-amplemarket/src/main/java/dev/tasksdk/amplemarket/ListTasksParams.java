package dev.tasksdk.amplemarket;

import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@link AmplemarketClient#listTasks(ListTasksParams)}: every parameter of {@code GET
 * /tasks}, validated by {@link Builder#build()} before any request is sent.
 *
 * <p>{@code userId} is required by the vendor; when it is not set here the client's default user
 * ({@link AmplemarketClient.Builder#userId(String)}) is used, and a list without either fails with
 * {@link IllegalArgumentException}. {@code type} and {@code status} are open sets (the vendor lists
 * its values only as examples: {@code phone_call}, {@code email}; {@code scheduled}, {@code
 * completed}, {@code skipped}), so any non-blank word is sent as is.
 *
 * <pre>{@code
 * ListTasksParams params = ListTasksParams.builder()
 *     .userId("0198f652-bc9b-79c2-8b91-60e1bd43e45d")
 *     .status("scheduled")
 *     .contactLocalTimeFrom(9)
 *     .contactLocalTimeTo(17)
 *     .build();
 * }</pre>
 */
public final class ListTasksParams {
  private final String userId;
  private final Integer pageSize;
  private final String pageAfter;
  private final String pageBefore;
  private final Boolean automatic;
  private final String type;
  private final String status;
  private final Integer contactLocalTimeFrom;
  private final Integer contactLocalTimeTo;
  private final Integer messageOpens;
  private final String keyword;
  private final String sequenceKey;

  private ListTasksParams(Builder b) {
    this.userId = b.userId;
    this.pageSize = b.pageSize;
    this.pageAfter = b.pageAfter;
    this.pageBefore = b.pageBefore;
    this.automatic = b.automatic;
    this.type = b.type;
    this.status = b.status;
    this.contactLocalTimeFrom = b.contactLocalTimeFrom;
    this.contactLocalTimeTo = b.contactLocalTimeTo;
    this.messageOpens = b.messageOpens;
    this.keyword = b.keyword;
    this.sequenceKey = b.sequenceKey;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns parameters without any filter (the client's default user is used). */
  public static ListTasksParams none() {
    return builder().build();
  }

  /** Returns a builder holding these parameters. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.userId = userId;
    b.pageSize = pageSize;
    b.pageAfter = pageAfter;
    b.pageBefore = pageBefore;
    b.automatic = automatic;
    b.type = type;
    b.status = status;
    b.contactLocalTimeFrom = contactLocalTimeFrom;
    b.contactLocalTimeTo = contactLocalTimeTo;
    b.messageOpens = messageOpens;
    b.keyword = keyword;
    b.sequenceKey = sequenceKey;
    return b;
  }

  /** The user whose tasks are listed ({@code user_id}); empty means the client's default user. */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** The page size ({@code page[size]}, sent as a string); empty means the vendor's default. */
  public Optional<Integer> pageSize() {
    return Optional.ofNullable(pageSize);
  }

  /** The cursor after which items are returned ({@code page[after]}). */
  public Optional<String> pageAfter() {
    return Optional.ofNullable(pageAfter);
  }

  /** The cursor before which items are returned ({@code page[before]}). */
  public Optional<String> pageBefore() {
    return Optional.ofNullable(pageBefore);
  }

  /** Only automatic ({@code true}) or manual ({@code false}) tasks. */
  public Optional<Boolean> automatic() {
    return Optional.ofNullable(automatic);
  }

  /** The task type filter, e.g. {@code phone_call}. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** The task status filter, e.g. {@code scheduled}. */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /** The earliest contact local hour (0..23). */
  public Optional<Integer> contactLocalTimeFrom() {
    return Optional.ofNullable(contactLocalTimeFrom);
  }

  /** The latest contact local hour (0..23). */
  public Optional<Integer> contactLocalTimeTo() {
    return Optional.ofNullable(contactLocalTimeTo);
  }

  /** The least number of messages the contact opened (>= 0). */
  public Optional<Integer> messageOpens() {
    return Optional.ofNullable(messageOpens);
  }

  /** Free text matched against the contact's name, email or company. */
  public Optional<String> keyword() {
    return Optional.ofNullable(keyword);
  }

  /** Only tasks created by this sequence. */
  public Optional<String> sequenceKey() {
    return Optional.ofNullable(sequenceKey);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ListTasksParams)) {
      return false;
    }
    ListTasksParams p = (ListTasksParams) o;
    return Objects.equals(userId, p.userId)
        && Objects.equals(pageSize, p.pageSize)
        && Objects.equals(pageAfter, p.pageAfter)
        && Objects.equals(pageBefore, p.pageBefore)
        && Objects.equals(automatic, p.automatic)
        && Objects.equals(type, p.type)
        && Objects.equals(status, p.status)
        && Objects.equals(contactLocalTimeFrom, p.contactLocalTimeFrom)
        && Objects.equals(contactLocalTimeTo, p.contactLocalTimeTo)
        && Objects.equals(messageOpens, p.messageOpens)
        && Objects.equals(keyword, p.keyword)
        && Objects.equals(sequenceKey, p.sequenceKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        userId,
        pageSize,
        pageAfter,
        pageBefore,
        automatic,
        type,
        status,
        contactLocalTimeFrom,
        contactLocalTimeTo,
        messageOpens,
        keyword,
        sequenceKey);
  }

  @Override
  public String toString() {
    return "ListTasksParams[userId="
        + userId
        + ", pageSize="
        + pageSize
        + ", pageAfter="
        + pageAfter
        + ", pageBefore="
        + pageBefore
        + ", automatic="
        + automatic
        + ", type="
        + type
        + ", status="
        + status
        + ", contactLocalTimeFrom="
        + contactLocalTimeFrom
        + ", contactLocalTimeTo="
        + contactLocalTimeTo
        + ", messageOpens="
        + messageOpens
        + ", keyword="
        + keyword
        + ", sequenceKey="
        + sequenceKey
        + "]";
  }

  /**
   * Builds {@link ListTasksParams}. Setters accept null (meaning "not set"); {@link #build()}
   * checks ranges and blank strings and names the offending field.
   */
  public static final class Builder {
    private String userId;
    private Integer pageSize;
    private String pageAfter;
    private String pageBefore;
    private Boolean automatic;
    private String type;
    private String status;
    private Integer contactLocalTimeFrom;
    private Integer contactLocalTimeTo;
    private Integer messageOpens;
    private String keyword;
    private String sequenceKey;

    private Builder() {}

    /** Sets the user whose tasks are listed ({@code user_id}). */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /** Sets the page size ({@code page[size]}, at least 1; the vendor's maximum is unknown). */
    public Builder pageSize(Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Sets the cursor after which items are returned ({@code page[after]}). */
    public Builder pageAfter(String cursor) {
      this.pageAfter = cursor;
      return this;
    }

    /** Sets the cursor before which items are returned ({@code page[before]}). */
    public Builder pageBefore(String cursor) {
      this.pageBefore = cursor;
      return this;
    }

    /** Only automatic ({@code true}) or manual ({@code false}) tasks. */
    public Builder automatic(Boolean automatic) {
      this.automatic = automatic;
      return this;
    }

    /** Sets the task type filter, e.g. {@code phone_call} (an open set). */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** Sets the task status filter, e.g. {@code scheduled} (an open set). */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /** Sets the earliest contact local hour, 0..23 ({@code contact_local_time_from}). */
    public Builder contactLocalTimeFrom(Integer hour) {
      this.contactLocalTimeFrom = hour;
      return this;
    }

    /** Sets the latest contact local hour, 0..23 ({@code contact_local_time_to}). */
    public Builder contactLocalTimeTo(Integer hour) {
      this.contactLocalTimeTo = hour;
      return this;
    }

    /** Sets the least number of opened messages, >= 0 ({@code message_opens}). */
    public Builder messageOpens(Integer opens) {
      this.messageOpens = opens;
      return this;
    }

    /** Sets the free-text search over contact name, email or company ({@code keyword}). */
    public Builder keyword(String keyword) {
      this.keyword = keyword;
      return this;
    }

    /** Sets the sequence whose tasks are listed ({@code sequence_key}). */
    public Builder sequenceKey(String sequenceKey) {
      this.sequenceKey = sequenceKey;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws IllegalArgumentException naming the field when an hour is outside 0..23, {@code
     *     messageOpens} is negative, {@code pageSize} is below 1, or a string is blank
     */
    public ListTasksParams build() {
      nonBlank("userId", userId);
      nonBlank("pageAfter", pageAfter);
      nonBlank("pageBefore", pageBefore);
      nonBlank("type", type);
      nonBlank("status", status);
      nonBlank("keyword", keyword);
      nonBlank("sequenceKey", sequenceKey);
      hour("contactLocalTimeFrom", contactLocalTimeFrom);
      hour("contactLocalTimeTo", contactLocalTimeTo);
      if (messageOpens != null && messageOpens < 0) {
        throw new IllegalArgumentException("messageOpens must be >= 0 but was " + messageOpens);
      }
      if (pageSize != null && pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be >= 1 but was " + pageSize);
      }
      return new ListTasksParams(this);
    }

    private static void nonBlank(String field, String value) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(field + " is blank");
      }
    }

    private static void hour(String field, Integer value) {
      if (value != null && (value < 0 || value > 23)) {
        throw new IllegalArgumentException(field + " must be between 0 and 23 but was " + value);
      }
    }
  }
}
