package dev.tasksdk.facade;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
import java.util.Objects;

/**
 * A reference to one task at one vendor, written {@code vendor:id} (e.g. {@code
 * vambe:123e4567-...}).
 */
public final class TaskRef {
  private final Vendor vendor;
  private final String id;

  private TaskRef(Vendor vendor, String id) {
    this.vendor = vendor;
    this.id = id;
  }

  /** A reference from its parts. */
  public static TaskRef of(Vendor vendor, String id) {
    Require.nonNull(vendor, "vendor");
    Require.nonBlank(id, "id");
    return new TaskRef(vendor, id);
  }

  /**
   * Parses {@code vendor:id}. The id is everything after the first colon, so ids containing colons
   * survive.
   *
   * @throws IllegalArgumentException naming what is wrong: no colon, an unknown vendor, an empty id
   */
  public static TaskRef parse(String ref) {
    Require.nonNull(ref, "ref");
    int colon = ref.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "task reference '"
              + ref
              + "' must look like vendor:id, e.g. vambe:123e4567-e89b-12d3-a456-426614174000");
    }
    Vendor vendor = Vendor.fromId(ref.substring(0, colon));
    String id = ref.substring(colon + 1);
    if (id.isBlank()) {
      throw new IllegalArgumentException("task reference '" + ref + "' has no id after the colon");
    }
    return new TaskRef(vendor, id);
  }

  public Vendor vendor() {
    return vendor;
  }

  public String id() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskRef r && vendor == r.vendor && id.equals(r.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendor, id);
  }

  @Override
  public String toString() {
    return vendor.id() + ":" + id;
  }
}
