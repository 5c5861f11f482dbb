package dev.tasksdk.stuut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The query of {@link StuutClient#listTasks(ListTasksParams)}: paging, sorting and filters.
 *
 * <p>Immutable; {@link #builder()} checks every value against the spec before any request is sent
 * and names the field it rejects: {@code page >= 0}, {@code limit} 1..200, {@code status} and
 * {@code type} among the words Stuut accepts (which it validates itself). Every field is optional;
 * an unset field is not sent and Stuut's default applies (page 0, limit 50).
 *
 * <pre>{@code
 * ListTasksParams params = ListTasksParams.builder()
 *     .status("open", "assigned_to_agent")
 *     .type("auto_response_email")
 *     .limit(100)
 *     .sortBy(ListTasksParams.SortBy.CREATED_AT)
 *     .sortOrder(ListTasksParams.SortOrder.DESC)
 *     .build();
 * }</pre>
 */
public final class ListTasksParams {
  /** The largest page size Stuut accepts. */
  public static final int MAX_LIMIT = 200;

  /** The {@code status} words Stuut accepts as a filter, in the spec's order. */
  public static final Set<String> STATUSES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  "open",
                  "completed",
                  "closed",
                  "archived",
                  "failed",
                  "processing",
                  "assigned_to_agent")));

  /** The {@code type} words Stuut accepts as a filter, in the spec's order. */
  public static final Set<String> TYPES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  "activity_summary_outreach",
                  "activity_summary_payments",
                  "auto_response_email",
                  "auto_response_call",
                  "call_analysis",
                  "disable_contact",
                  "recommendation_new_contact",
                  "scheduled_email_approval",
                  "scheduled_call_approval")));

  private static final ListTasksParams NONE = new Builder().build();

  /** Sort direction ({@code sort_order}). */
  public enum SortOrder {
    /** Ascending: {@code asc}. */
    ASC("asc"),
    /** Descending: {@code desc}. */
    DESC("desc");

    private final String value;

    SortOrder(String value) {
      this.value = value;
    }

    /** The word sent on the wire. */
    public String value() {
      return value;
    }
  }

  /** Sort field ({@code sort_by}). */
  public enum SortBy {
    /** {@code modified_at}. */
    MODIFIED_AT("modified_at"),
    /** {@code status}. */
    STATUS("status"),
    /** {@code type}. */
    TYPE("type"),
    /** {@code created_at}. */
    CREATED_AT("created_at");

    private final String value;

    SortBy(String value) {
      this.value = value;
    }

    /** The word sent on the wire. */
    public String value() {
      return value;
    }
  }

  private final Integer page;
  private final Integer limit;
  private final SortOrder sortOrder;
  private final SortBy sortBy;
  private final List<String> statuses;
  private final String type;
  private final List<String> classifications;
  private final String partnerId;
  private final String assignee;
  private final Boolean automated;

  private ListTasksParams(Builder b) {
    this.page = b.page;
    this.limit = b.limit;
    this.sortOrder = b.sortOrder;
    this.sortBy = b.sortBy;
    this.statuses = List.copyOf(b.statuses);
    this.type = b.type;
    this.classifications = List.copyOf(b.classifications);
    this.partnerId = b.partnerId;
    this.assignee = b.assignee;
    this.automated = b.automated;
  }

  /** Parameters that set nothing: the first page with Stuut's defaults. */
  public static ListTasksParams none() {
    return NONE;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these parameters. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.page = page;
    b.limit = limit;
    b.sortOrder = sortOrder;
    b.sortBy = sortBy;
    b.statuses.addAll(statuses);
    b.type = type;
    b.classifications.addAll(classifications);
    b.partnerId = partnerId;
    b.assignee = assignee;
    b.automated = automated;
    return b;
  }

  /** The 0-based page ({@code page}); empty means Stuut's default, 0. */
  public Optional<Integer> page() {
    return Optional.ofNullable(page);
  }

  /** The page size ({@code limit}, 1..200); empty means Stuut's default, 50. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** The sort direction ({@code sort_order}). */
  public Optional<SortOrder> sortOrder() {
    return Optional.ofNullable(sortOrder);
  }

  /** The sort field ({@code sort_by}). */
  public Optional<SortBy> sortBy() {
    return Optional.ofNullable(sortBy);
  }

  /** The statuses to match, any of them ({@code status}, repeated); empty means any status. */
  public List<String> statuses() {
    return statuses;
  }

  /** The task type to match ({@code type}). */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** The classifications to match ({@code classification}, repeated); empty means any. */
  public List<String> classifications() {
    return classifications;
  }

  /** The partner (customer) whose tasks to list ({@code partner_id}). */
  public Optional<String> partnerId() {
    return Optional.ofNullable(partnerId);
  }

  /** The user id the tasks are assigned to ({@code assignee}, e.g. {@code usr_abc123}). */
  public Optional<String> assignee() {
    return Optional.ofNullable(assignee);
  }

  /** Only automated (true) or manual (false) tasks ({@code is_automated}). */
  public Optional<Boolean> automated() {
    return Optional.ofNullable(automated);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ListTasksParams)) {
      return false;
    }
    ListTasksParams p = (ListTasksParams) o;
    return Objects.equals(page, p.page)
        && Objects.equals(limit, p.limit)
        && sortOrder == p.sortOrder
        && sortBy == p.sortBy
        && statuses.equals(p.statuses)
        && Objects.equals(type, p.type)
        && classifications.equals(p.classifications)
        && Objects.equals(partnerId, p.partnerId)
        && Objects.equals(assignee, p.assignee)
        && Objects.equals(automated, p.automated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        page,
        limit,
        sortOrder,
        sortBy,
        statuses,
        type,
        classifications,
        partnerId,
        assignee,
        automated);
  }

  @Override
  public String toString() {
    return "ListTasksParams[page="
        + page
        + ", limit="
        + limit
        + ", sortOrder="
        + sortOrder
        + ", sortBy="
        + sortBy
        + ", statuses="
        + statuses
        + ", type="
        + type
        + ", classifications="
        + classifications
        + ", partnerId="
        + partnerId
        + ", assignee="
        + assignee
        + ", automated="
        + automated
        + "]";
  }

  /**
   * Builds {@link ListTasksParams}; each setter checks its value and names the field it rejects.
   */
  public static final class Builder {
    private Integer page;
    private Integer limit;
    private SortOrder sortOrder;
    private SortBy sortBy;
    private final Set<String> statuses = new LinkedHashSet<>();
    private String type;
    private final Set<String> classifications = new LinkedHashSet<>();
    private String partnerId;
    private String assignee;
    private Boolean automated;

    private Builder() {}

    /**
     * Sets the 0-based page; null restores the default.
     *
     * @throws IllegalArgumentException "page must be >= 0 but was -1"
     */
    public Builder page(Integer page) {
      if (page != null && page < 0) {
        throw new IllegalArgumentException("page must be >= 0 but was " + page);
      }
      this.page = page;
      return this;
    }

    /**
     * Sets the page size; null restores the default (50).
     *
     * @throws IllegalArgumentException "limit must be between 1 and 200 but was 201"
     */
    public Builder limit(Integer limit) {
      if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
        throw new IllegalArgumentException(
            "limit must be between 1 and " + MAX_LIMIT + " but was " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Sets the sort direction; null restores the default. */
    public Builder sortOrder(SortOrder sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /** Sets the sort field; null restores the default. */
    public Builder sortBy(SortBy sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /**
     * Adds statuses to match (any of them), each one of {@link #STATUSES}.
     *
     * @throws IllegalArgumentException naming {@code status} and the accepted words for another
     *     word
     */
    public Builder status(String... statuses) {
      if (statuses == null) {
        throw new NullPointerException("status == null");
      }
      return statuses(Arrays.asList(statuses));
    }

    /**
     * Adds statuses to match (any of them), each one of {@link #STATUSES}.
     *
     * @throws IllegalArgumentException naming {@code status} and the accepted words for another
     *     word
     */
    public Builder statuses(List<String> statuses) {
      if (statuses == null) {
        throw new NullPointerException("statuses == null");
      }
      for (String s : statuses) {
        this.statuses.add(oneOf("status", s, STATUSES));
      }
      return this;
    }

    /** Removes every status filter. */
    public Builder clearStatuses() {
      statuses.clear();
      return this;
    }

    /**
     * Sets the task type to match, one of {@link #TYPES}; null removes the filter.
     *
     * @throws IllegalArgumentException naming {@code type} and the accepted words for another word
     */
    public Builder type(String type) {
      this.type = type == null ? null : oneOf("type", type, TYPES);
      return this;
    }

    /**
     * Adds classifications to match (any of them).
     *
     * @throws IllegalArgumentException naming {@code classification} when one is blank
     */
    public Builder classification(String... classifications) {
      if (classifications == null) {
        throw new NullPointerException("classification == null");
      }
      for (String c : classifications) {
        this.classifications.add(nonBlank("classification", c));
      }
      return this;
    }

    /**
     * Sets the partner (customer) id; null removes the filter.
     *
     * @throws IllegalArgumentException naming {@code partnerId} when blank
     */
    public Builder partnerId(String partnerId) {
      this.partnerId = partnerId == null ? null : nonBlank("partnerId", partnerId);
      return this;
    }

    /**
     * Sets the assignee's user id, e.g. {@code usr_abc123}; null removes the filter.
     *
     * @throws IllegalArgumentException naming {@code assignee} when blank
     */
    public Builder assignee(String assignee) {
      this.assignee = assignee == null ? null : nonBlank("assignee", assignee);
      return this;
    }

    /** Only automated (true) or manual (false) tasks; null removes the filter. */
    public Builder automated(Boolean automated) {
      this.automated = automated;
      return this;
    }

    /** Builds the parameters (every value was checked by its setter). */
    public ListTasksParams build() {
      return new ListTasksParams(this);
    }

    private static String oneOf(String field, String value, Set<String> accepted) {
      if (value == null) {
        throw new NullPointerException(field + " == null");
      }
      String word = value.trim().toLowerCase(Locale.ROOT);
      if (!accepted.contains(word)) {
        throw new IllegalArgumentException(
            field + " must be one of " + String.join(", ", accepted) + " but was '" + value + "'");
      }
      return word;
    }

    private static String nonBlank(String field, String value) {
      if (value == null) {
        throw new NullPointerException(field + " == null");
      }
      if (value.isBlank()) {
        throw new IllegalArgumentException(field + " is blank");
      }
      return value;
    }
  }

  List<String> statusesOrNull() {
    return statuses.isEmpty() ? null : new ArrayList<>(statuses);
  }

  List<String> classificationsOrNull() {
    return classifications.isEmpty() ? null : new ArrayList<>(classifications);
  }
}
