package dev.tasksdk.spectools;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a version bump is enough for a breaking change, in semantic versioning: a new major version,
 * or while the major version is 0, a new minor version (0.y is the unstable series). Qualifiers
 * such as {@code -SNAPSHOT} are ignored.
 */
final class VersionPolicy {
  private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*");

  private VersionPolicy() {}

  /** True when going from {@code previous} to {@code current} may break the API. */
  static boolean allowsBreakingChange(String previous, String current) {
    int[] before = parse(previous, "previous");
    int[] after = parse(current, "current");
    if (before[0] == 0 && after[0] == 0) {
      return after[1] > before[1];
    }
    return after[0] > before[0];
  }

  private static int[] parse(String version, String name) {
    if (version == null) {
      throw new NullPointerException(name + " == null");
    }
    Matcher m = VERSION.matcher(version.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(name + ": not a version: " + version);
    }
    return new int[] {
      Integer.parseInt(m.group(1)),
      m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
      m.group(3) == null ? 0 : Integer.parseInt(m.group(3))
    };
  }
}
