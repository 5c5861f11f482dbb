package dev.tasksdk.vambe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@link VambeClient#listTasks(ListTasksParams)} ({@code GET /api/public/tasks}).
 *
 * <p>{@code fromDate} and {@code toDate} are required; the vendor counts {@code fromDate} from
 * 00:00:00 and {@code toDate} to 23:59:59 in its own time zone. {@code responsibleIds} empty means
 * every team member. {@code includeTasksWithoutDates} unset leaves the vendor's default ({@code
 * true}): tasks without a due date are then returned whatever the window.
 *
 * <pre>{@code
 * ListTasksParams params = ListTasksParams.builder()
 *     .fromDate(LocalDate.of(2025, 10, 1))
 *     .toDate(LocalDate.of(2025, 10, 31))
 *     .addResponsibleId("228d7a0d-9072-4ca8-939b-959b75cc606a")
 *     .build();
 * }</pre>
 */
public final class ListTasksParams {
  private final LocalDate fromDate;
  private final LocalDate toDate;
  private final List<String> responsibleIds;
  private final Boolean includeTasksWithoutDates;
  private final String searchFilter;

  private ListTasksParams(Builder b) {
    this.fromDate = b.fromDate;
    this.toDate = b.toDate;
    this.responsibleIds = List.copyOf(b.responsibleIds);
    this.includeTasksWithoutDates = b.includeTasksWithoutDates;
    this.searchFilter = b.searchFilter;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fromDate = fromDate;
    b.toDate = toDate;
    b.responsibleIds.addAll(responsibleIds);
    b.includeTasksWithoutDates = includeTasksWithoutDates;
    b.searchFilter = searchFilter;
    return b;
  }

  /** The first day of the window. */
  public LocalDate fromDate() {
    return fromDate;
  }

  /** The last day of the window (inclusive). */
  public LocalDate toDate() {
    return toDate;
  }

  /** The responsible users to filter by, sent as {@code responsibleIds[]}; empty means all. */
  public List<String> responsibleIds() {
    return responsibleIds;
  }

  /** Whether tasks without a due date are included; empty leaves the vendor's default (true). */
  public Optional<Boolean> includeTasksWithoutDates() {
    return Optional.ofNullable(includeTasksWithoutDates);
  }

  /** The free-text search filter ({@code searchFilter}), when set. */
  public Optional<String> searchFilter() {
    return Optional.ofNullable(searchFilter);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ListTasksParams p
        && fromDate.equals(p.fromDate)
        && toDate.equals(p.toDate)
        && responsibleIds.equals(p.responsibleIds)
        && Objects.equals(includeTasksWithoutDates, p.includeTasksWithoutDates)
        && Objects.equals(searchFilter, p.searchFilter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fromDate, toDate, responsibleIds, includeTasksWithoutDates, searchFilter);
  }

  @Override
  public String toString() {
    return "ListTasksParams[fromDate="
        + fromDate
        + ", toDate="
        + toDate
        + ", responsibleIds="
        + responsibleIds
        + ", includeTasksWithoutDates="
        + includeTasksWithoutDates
        + ", searchFilter="
        + searchFilter
        + "]";
  }

  /** Builds {@link ListTasksParams}; {@link #build()} validates. */
  public static final class Builder {
    private LocalDate fromDate;
    private LocalDate toDate;
    private final List<String> responsibleIds = new ArrayList<>();
    private Boolean includeTasksWithoutDates;
    private String searchFilter;

    private Builder() {}

    /** Sets the first day of the window (required). */
    public Builder fromDate(LocalDate fromDate) {
      this.fromDate = fromDate;
      return this;
    }

    /** Sets the last day of the window, inclusive (required, not before {@code fromDate}). */
    public Builder toDate(LocalDate toDate) {
      this.toDate = toDate;
      return this;
    }

    /** Replaces the responsible user ids to filter by. */
    public Builder responsibleIds(List<String> ids) {
      if (ids == null) {
        throw new NullPointerException("responsibleIds == null");
      }
      responsibleIds.clear();
      ids.forEach(this::addResponsibleId);
      return this;
    }

    /** Adds a responsible user id to filter by. */
    public Builder addResponsibleId(String id) {
      responsibleIds.add(Checks.nonBlank("responsibleIds item", id));
      return this;
    }

    /** Whether to include tasks without a due date; null restores the vendor's default (true). */
    public Builder includeTasksWithoutDates(Boolean include) {
      this.includeTasksWithoutDates = include;
      return this;
    }

    /** Sets the free-text search filter; null removes it. */
    public Builder searchFilter(String searchFilter) {
      this.searchFilter =
          searchFilter == null ? null : Checks.nonBlank("searchFilter", searchFilter);
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws IllegalArgumentException naming {@code fromDate} or {@code toDate} when missing, or
     *     {@code toDate} when it is before {@code fromDate}
     */
    public ListTasksParams build() {
      if (fromDate == null) {
        throw new IllegalArgumentException(
            "fromDate is required (Vambe lists tasks by date window)");
      }
      if (toDate == null) {
        throw new IllegalArgumentException("toDate is required (Vambe lists tasks by date window)");
      }
      if (toDate.isBefore(fromDate)) {
        throw new IllegalArgumentException(
            "toDate (" + toDate + ") must not be before fromDate (" + fromDate + ")");
      }
      return new ListTasksParams(this);
    }
  }
}
