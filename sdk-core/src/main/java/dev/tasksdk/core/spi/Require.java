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

  /**
   * A header name: a non-empty HTTP token (visible ASCII without separators such as {@code :},
   * space, CR or LF). The message names the parameter and the offending position, never the value.
   */
  public static String headerName(String value, String name) {
    nonNull(value, name);
    argument(!value.isEmpty(), name, "is empty");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(
            name + " has a character not allowed in a header name at index " + i + describe(c));
      }
    }
    return value;
  }

  /**
   * A header value: printable ASCII, spaces and tabs (no CR, LF or other control character, nothing
   * above {@code ~}). The message names the parameter and the position, never the value, which may
   * be a secret.
   */
  public static String headerValue(String value, String name) {
    nonNull(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        throw new IllegalArgumentException(
            name + " has a character not allowed in a header value at index " + i + describe(c));
      }
    }
    return value;
  }

  /**
   * A credential: surrounding whitespace (including no-break and other Unicode spaces) removed,
   * then only visible ASCII ({@code !} to {@code ~}) allowed. The message never shows the value.
   *
   * @return the trimmed value
   */
  public static String credential(String value, String name) {
    nonNull(value, name);
    int start = 0;
    int end = value.length();
    while (start < end && isSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(value.charAt(end - 1))) {
      end--;
    }
    String v = value.substring(start, end);
    argument(!v.isEmpty(), name, "is blank");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(
            name
                + " has a character that cannot be sent in a header at index "
                + (i + start)
                + describe(c)
                + "; only visible ASCII is allowed (was the key copied with extra characters?)");
      }
    }
    return v;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static String describe(char c) {
    return String.format(" (U+%04X)", (int) c);
  }
}
