package dev.tasksdk.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The generator behind the seeded property-style tests: hostile strings, edge integers and
 * durations from a {@link Random} with a fixed seed, so a failing case can be replayed exactly.
 *
 * <p>The seed is {@value #DEFAULT_SEED} unless {@code -Dreliability.seed=N} is given (Surefire
 * passes it on); every failure message carries it ({@link #seedNote()}). Each property gets its own
 * stream ({@code seed} mixed with the property's name), so the cases of one property do not depend
 * on which others ran. The first draws of each kind walk its list of edge values in order (as a
 * property-testing library tries edge cases first); the rest are random.
 */
final class Inputs {
  static final long DEFAULT_SEED = 20260801L;

  /** The seed of this run. */
  static final long SEED = Long.getLong("reliability.seed", DEFAULT_SEED);

  /** Characters that break parsers, URLs, headers and JSON, for the short-string generator. */
  static final String NASTY_CHARS = " \t\r\n\u0000\u200b\uffff{}[]:/?#@%&=+\"'\\";

  /** Hand-picked hostile values: blanks, numbers out of range, broken URLs, dates, refs, huge. */
  static final List<String> NASTY_FIXED =
      List.of(
          "",
          " ",
          "null",
          "-1",
          "0",
          "2147483648",
          "1e309",
          "NaN",
          "http://",
          "http://tasks.example.com/",
          "ftp://x/",
          "https://",
          "https:// spaced/",
          "https://user:pw@host/",
          "2025-02-30",
          "25:61",
          "Mars/Olympus",
          "vambe:",
          ":id",
          "unknown:id",
          "a".repeat(5000),
          "\ud800",
          // injection-ish text
          "'; DROP TABLE tasks; --",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1/x}",
          "../../etc/passwd",
          "%0d%0aX-Injected: 1",
          "X-Ok\r\nX-Injected: 1",
          "{\"id\":null}",
          "\u202eevil\u202c");

  /** Edge integers; {@code null} stands for a caller passing no value. */
  static final List<Integer> INT_EDGES =
      Arrays.asList(null, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 100, 101, 200, 201);

  /** Edge durations in milliseconds: the extremes a {@code Duration.ofMillis} can hold, and 0. */
  static final List<Long> MILLIS_EDGES =
      List.of(Long.MIN_VALUE / 1_000_000, Long.MAX_VALUE / 1_000_000, 0L, -1L, 1L);

  private final Random random;
  private int nastyDrawn;
  private int intsDrawn;
  private int millisDrawn;

  private Inputs(String property) {
    this.random = new Random(SEED * 31 + property.hashCode());
  }

  /** A fresh generator for {@code property}. */
  static Inputs of(String property) {
    return new Inputs(property);
  }

  /**
   * {@code tries} argument sets for a {@code @MethodSource}, each from {@code generator} over one
   * generator for {@code property}.
   */
  static Stream<Arguments> cases(String property, int tries, Function<Inputs, Object[]> generator) {
    Inputs in = of(property);
    List<Arguments> all = new ArrayList<>(tries);
    IntStream.range(0, tries).forEach(i -> all.add(Arguments.of(generator.apply(in))));
    return all.stream();
  }

  /** What to append to a failure message: the seed and how to replay it. */
  static String seedNote() {
    return " [reliability.seed=" + SEED + "; replay with -Dreliability.seed=" + SEED + "]";
  }

  /**
   * A hostile string or null: first null and every {@link #NASTY_FIXED} value, then (5% null) one
   * of any UTF-16 code units up to 30 long, {@link #NASTY_CHARS} up to 12 long, or a fixed value.
   */
  String nasty() {
    int n = nastyDrawn++;
    if (n == 0) {
      return null;
    }
    if (n <= NASTY_FIXED.size()) {
      return NASTY_FIXED.get(n - 1);
    }
    if (random.nextInt(100) < 5) {
      return null;
    }
    return switch (random.nextInt(3)) {
      case 0 -> anyChars(30);
      case 1 -> fromChars(NASTY_CHARS, 12);
      default -> pick(NASTY_FIXED);
    };
  }

  /** {@link #nasty()} without null. */
  String nastyNonNull() {
    String s;
    do {
      s = nasty();
    } while (s == null);
    return s;
  }

  /**
   * An integer or null: first every {@link #INT_EDGES} value, then (5% null) -3..300 or an edge.
   */
  Integer anyInt() {
    int n = intsDrawn++;
    if (n < INT_EDGES.size()) {
      return INT_EDGES.get(n);
    }
    if (random.nextInt(100) < 5) {
      return null;
    }
    return random.nextBoolean()
        ? -3 + random.nextInt(304)
        : INT_EDGES.get(1 + random.nextInt(INT_EDGES.size() - 1));
  }

  /** Milliseconds of either sign: first every {@link #MILLIS_EDGES} value, then -5000..5000. */
  long anyMillis() {
    int n = millisDrawn++;
    if (n < MILLIS_EDGES.size()) {
      return MILLIS_EDGES.get(n);
    }
    return random.nextInt(4) == 0 ? pick(MILLIS_EDGES) : -5_000L + random.nextInt(10_001);
  }

  /** One of {@code xs}, uniformly. */
  <T> T pick(List<T> xs) {
    return xs.get(random.nextInt(xs.size()));
  }

  /** A number in {@code [0, bound)}. */
  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A uniformly shuffled copy of {@code xs}. */
  <T> List<T> shuffled(List<T> xs) {
    List<T> copy = new ArrayList<>(xs);
    java.util.Collections.shuffle(copy, random);
    return copy;
  }

  private String anyChars(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) random.nextInt(0x10000)); // lone surrogates included
    }
    return sb.toString();
  }

  private String fromChars(String chars, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString();
  }

  /** {@code o} for a message: at most 60 characters, control and unpaired characters escaped. */
  static String show(Object o) {
    String s = String.valueOf(o);
    boolean cut = s.length() > 60;
    StringBuilder sb = new StringBuilder();
    for (char c : (cut ? s.substring(0, 60) : s).toCharArray()) {
      if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c >= 0xfff0) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return cut ? sb.append('…').toString() : sb.toString();
  }
}
