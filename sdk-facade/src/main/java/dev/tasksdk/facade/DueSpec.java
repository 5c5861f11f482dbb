package dev.tasksdk.facade;

import dev.tasksdk.core.spi.Require;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A due date to set on a task: a day (all-day), or a day and a time in a time zone.
 *
 * <pre>{@code
 * DueSpec.onDay(LocalDate.of(2025, 10, 28));
 * DueSpec.at(LocalDate.of(2025, 10, 25), LocalTime.of(14, 0), ZoneId.of("America/Santiago"));
 * }</pre>
 */
public final class DueSpec {
  private final LocalDate date;
  private final LocalTime time;
  private final ZoneId timeZone;

  private DueSpec(LocalDate date, LocalTime time, ZoneId timeZone) {
    this.date = Require.nonNull(date, "date");
    this.time = time;
    this.timeZone = timeZone;
  }

  /** Due on a day, all day. */
  public static DueSpec onDay(LocalDate date) {
    return new DueSpec(date, null, null);
  }

  /**
   * Due at a time of day in a time zone; both are required (vendors reject a time without a zone).
   */
  public static DueSpec at(LocalDate date, LocalTime time, ZoneId timeZone) {
    Require.nonNull(time, "time");
    if (timeZone == null) {
      throw new IllegalArgumentException("timezone is required with a due time");
    }
    return new DueSpec(date, time.withSecond(0).withNano(0), timeZone);
  }

  /** The day. */
  public LocalDate date() {
    return date;
  }

  /** The time of day; empty for an all-day task. */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /** The time zone of {@link #time()}. */
  public Optional<ZoneId> timeZone() {
    return Optional.ofNullable(timeZone);
  }

  /** Whether this is an all-day due date. */
  public boolean allDay() {
    return time == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DueSpec d
        && date.equals(d.date)
        && Objects.equals(time, d.time)
        && Objects.equals(timeZone, d.timeZone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, time, timeZone);
  }

  @Override
  public String toString() {
    return time == null ? date + " (all day)" : date + "T" + time + " " + timeZone;
  }
}
