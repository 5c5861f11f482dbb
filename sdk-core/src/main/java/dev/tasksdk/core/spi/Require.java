package dev.tasksdk.core.spi;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The one way tasksdk rejects a bad argument, used by core, the vendor clients (generated and
 * hand-written), the facade and the CLI.
 *
 * <p>A {@code null} is a {@link NullPointerException} whose message is {@code "<name> == null"} (as
 * Retrofit and OkHttp write it); anything else invalid is an {@link IllegalArgumentException} whose
 * message starts with the parameter's name. Messages never echo a value that could be a secret:
 * callers pass a value to a message only for non-secret parameters.
 */
public final class Require {
  private Require() {}

  /** Returns {@code value}, or throws {@code NullPointerException("<name> == null")}. */
  public static <T> T nonNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
  }

  /** A non-null string with at least one non-whitespace character. */
  public static String nonBlank(String value, String name) {
    nonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  /** A non-null collection without null elements (the element is named {@code name[i]}). */
  public static <C extends Collection<?>> C noNullElements(C values, String name) {
    nonNull(values, name);
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw new NullPointerException(name + "[" + i + "] == null");
      }
      i++;
    }
    return values;
  }

  /** Throws {@code IllegalArgumentException("<name> " + problem)} unless {@code condition}. */
  public static void argument(boolean condition, String name, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(name + " " + problem);
    }
  }

  /** {@code min <= value <= max}. */
  public static long between(long value, long min, long max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** {@code value >= min}. */
  public static long atLeast(long value, long min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + " but was " + value);
    }
    return value;
  }

  /** A string matching {@code pattern} entirely; the message shows the value (not for secrets). */
  public static String matches(String value, Pattern pattern, String name, String what) {
    nonNull(value, name);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " must be " + what + " but was '" + value + "'");
    }
    return value;
  }
}
