package dev.tasksdk.facade;

import dev.tasksdk.core.spi.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * When a task is due: an instant, the time zone the vendor gives (Vambe does), and whether it is an
 * all-day task (then only {@link #date()} is meaningful).
 */
public final class Due {
  private final Instant instant;
  private final ZoneId timeZone;
  private final boolean allDay;

  private Due(Instant instant, ZoneId timeZone, boolean allDay) {
    this.instant = Require.nonNull(instant, "instant");
    this.timeZone = timeZone;
    this.allDay = allDay;
  }

  /** Due at an instant, no time zone known. */
  public static Due at(Instant instant) {
    return new Due(instant, null, false);
  }

  /** Due at an instant in a time zone ({@code timeZone} may be null), all-day or not. */
  public static Due of(Instant instant, ZoneId timeZone, boolean allDay) {
    return new Due(instant, timeZone, allDay);
  }

  /** The instant the vendor gives. */
  public Instant instant() {
    return instant;
  }

  /** The vendor's time zone for the due date, when it gives one. */
  public Optional<ZoneId> timeZone() {
    return Optional.ofNullable(timeZone);
  }

  /** Whether the task is due on a day rather than at a time. */
  public boolean allDay() {
    return allDay;
  }

  /**
   * The calendar day the task is due: for an all-day task the day of the instant in UTC (the
   * vendors store all-day dates as midnight UTC), otherwise the day in the task's time zone, or UTC
   * if none.
   */
  public LocalDate date() {
    ZoneId zone = allDay || timeZone == null ? ZoneOffset.UTC : timeZone;
    return LocalDate.ofInstant(instant, zone);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Due d
        && instant.equals(d.instant)
        && Objects.equals(timeZone, d.timeZone)
        && allDay == d.allDay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(instant, timeZone, allDay);
  }

  @Override
  public String toString() {
    return "Due{"
        + instant
        + (timeZone == null ? "" : " " + timeZone)
        + (allDay ? ", all-day" : "")
        + "}";
  }
}
