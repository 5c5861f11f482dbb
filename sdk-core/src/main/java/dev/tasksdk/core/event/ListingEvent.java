package dev.tasksdk.core.event;

import dev.tasksdk.core.Vendor;
import java.time.Duration;
import java.util.Objects;

/**
 * A listing that went through pages ({@code AutoPager}), reported when its last page was fetched or
 * a page failed. A listing the caller stopped iterating early is not reported.
 *
 * @param source who listed: {@code "client"} for a vendor client, {@code "facade"} for a {@code
 *     TaskClient}, {@code "hub"} for a listing across vendors
 * @param vendor the vendor; null for a listing across vendors
 * @param operation the listing operation, e.g. {@code "listTasks"} (or {@code "list"})
 * @param pages how many pages were fetched
 * @param items how many items the pages delivered to the caller
 * @param filteredOut how many items the SDK dropped client-side (filters the vendor lacks)
 * @param outcome {@link Outcome#SUCCESS}, or how the failed page ended
 * @param errorType the simple class name of the exception that stopped the listing; null on success
 * @param duration from the first page's request to the end
 */
public record ListingEvent(
    String source,
    Vendor vendor,
    String operation,
    int pages,
    long items,
    long filteredOut,
    Outcome outcome,
    String errorType,
    Duration duration) {

  /** Checks the required fields. */
  public ListingEvent {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(duration, "duration == null");
  }
}
