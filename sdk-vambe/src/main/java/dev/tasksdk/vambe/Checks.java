package dev.tasksdk.vambe;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Argument checks shared by the parameter classes; messages name the field. */
final class Checks {
  private static final Pattern UUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Pattern HH_MM = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

  private Checks() {}

  static String nonBlank(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + " == null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " is blank");
    }
    return value;
  }

  /** A UUID in canonical 8-4-4-4-12 form, returned lower-cased. */
  static String uuid(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + " == null");
    }
    if (!UUID.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be a UUID but was '" + value + "'");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  static List<String> uuids(String field, List<String> values) {
    if (values == null) {
      throw new NullPointerException(field + " == null");
    }
    List<String> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      out.add(uuid(field + "[" + i + "]", values.get(i)));
    }
    return List.copyOf(out);
  }

  /** {@code HH:mm}, 24-hour. */
  static String hhmm(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + " == null");
    }
    if (!HH_MM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be HH:mm (24-hour, e.g. 14:30) but was '" + value + "'");
    }
    return value;
  }

  /** An ISO date ({@code 2025-11-26}) or date-time with offset ({@code 2025-11-26T00:00:00Z}). */
  static String isoDateOrDateTime(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + " == null");
    }
    try {
      LocalDate.parse(value);
      return value;
    } catch (DateTimeParseException notDate) {
      try {
        OffsetDateTime.parse(value);
        return value;
      } catch (DateTimeParseException notDateTime) {
        throw new IllegalArgumentException(
            field
                + " must be an ISO 8601 date (2025-11-26) or date-time (2025-11-26T00:00:00Z) but"
                + " was '"
                + value
                + "'");
      }
    }
  }

  /** A time zone id {@link ZoneId#of} accepts, e.g. {@code America/Santiago} or {@code UTC}. */
  static String timezone(String field, String value) {
    nonBlank(field, value);
    try {
      ZoneId.of(value);
      return value;
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          field + " must be an IANA time zone such as America/Santiago but was '" + value + "'");
    }
  }
}
