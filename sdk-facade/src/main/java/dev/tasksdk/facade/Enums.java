package dev.tasksdk.facade;

import dev.tasksdk.core.spi.Require;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    Require.nonNull(value, field);
    String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(wanted)) {
        return e;
      }
    }
    String accepted =
        Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "unknown " + field + " '" + value + "'; expected one of " + accepted);
  }
}
