package dev.tasksdk.cli.internal;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskRef;
import dev.tasksdk.facade.TaskStatus;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters whose messages say what is expected; picocli adds the option's name. */
public final class Converters {
  private Converters() {}

  /** {@code amplemarket}, {@code amigo}, {@code agenttasks}, {@code stuut} or {@code vambe}. */
  public static final class VendorConverter implements ITypeConverter<Vendor> {
    @Override
    public Vendor convert(String value) {
      try {
        return Vendor.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A normalised status: open, in_progress, done, skipped, cancelled, failed. */
  public static final class StatusConverter implements ITypeConverter<TaskStatus> {
    @Override
    public TaskStatus convert(String value) {
      TaskStatus s;
      try {
        s = TaskStatus.parse(value);
      } catch (IllegalArgumentException e) {
        s = TaskStatus.UNKNOWN;
      }
      if (s == TaskStatus.UNKNOWN) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a status; expected one of open, in_progress, done, skipped, cancelled,"
                + " failed");
      }
      return s;
    }
  }

  /** low, normal, high or urgent. */
  public static final class PriorityConverter implements ITypeConverter<TaskPriority> {
    @Override
    public TaskPriority convert(String value) {
      try {
        return TaskPriority.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a priority; expected one of low, normal, high, urgent");
      }
    }
  }

  /** {@code vendor:id}. */
  public static final class RefConverter implements ITypeConverter<TaskRef> {
    @Override
    public TaskRef convert(String value) {
      try {
        return TaskRef.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code YYYY-MM-DD}. */
  public static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2025-10-28");
      }
    }
  }

  /** {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:mm}. */
  public static final class DueConverter implements ITypeConverter<DueArg> {
    @Override
    public DueArg convert(String value) {
      String v = value.trim();
      try {
        int t = v.indexOf('T');
        if (t < 0) {
          return new DueArg(LocalDate.parse(v), null);
        }
        String time = v.substring(t + 1);
        if (!time.matches("\\d{2}:\\d{2}")) {
          throw new DateTimeException("time must be HH:mm");
        }
        return new DueArg(LocalDate.parse(v.substring(0, t)), LocalTime.parse(time));
      } catch (DateTimeException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a due date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g."
                + " 2025-10-25T14:00");
      }
    }
  }

  /** An IANA time zone such as {@code America/Santiago}. */
  public static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value.trim());
      } catch (DateTimeException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a time zone; expected an IANA name such as America/Santiago");
      }
    }
  }

  /** {@code 30s}, {@code 500ms}, {@code 2m}, a number of seconds, or ISO-8601 {@code PT30S}. */
  public static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      Matcher m = SIMPLE.matcher(v);
      Duration d = null;
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        d =
            switch (unit) {
              case "ms" -> Duration.ofMillis(n);
              case "m" -> Duration.ofMinutes(n);
              case "h" -> Duration.ofHours(n);
              default -> Duration.ofSeconds(n);
            };
      } else {
        try {
          d = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
          d = null;
        }
      }
      if (d == null || d.isZero() || d.isNegative()) {
        throw new TypeConversionException(
            "'" + value + "' is not a positive duration; expected e.g. 30s, 500ms, 2m");
      }
      return d;
    }
  }

  /** A parsed {@code --due}: a day and, optionally, a time of day. */
  public record DueArg(LocalDate date, LocalTime time) {}
}
