package dev.tasksdk.facade;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of an update: left alone (absent), set to a value, or explicitly cleared. Keeps "don't
 * touch" and "remove" apart, as Vambe's {@code dueDate: null} needs.
 */
public final class Patch<T> {
  private static final Patch<?> ABSENT = new Patch<>(Kind.ABSENT, null);
  private static final Patch<?> CLEAR = new Patch<>(Kind.CLEAR, null);

  private enum Kind {
    ABSENT,
    VALUE,
    CLEAR
  }

  private final Kind kind;
  private final T value;

  private Patch(Kind kind, T value) {
    this.kind = kind;
    this.value = value;
  }

  /** Leave the field as it is. */
  @SuppressWarnings("unchecked")
  public static <T> Patch<T> absent() {
    return (Patch<T>) ABSENT;
  }

  /** Remove the field's value. */
  @SuppressWarnings("unchecked")
  public static <T> Patch<T> clear() {
    return (Patch<T>) CLEAR;
  }

  /** Set the field to {@code value} (non-null; use {@link #clear()} to remove). */
  public static <T> Patch<T> of(T value) {
    return new Patch<>(
        Kind.VALUE, Objects.requireNonNull(value, "value == null (use Patch.clear())"));
  }

  /** Whether the update leaves this field alone. */
  public boolean isAbsent() {
    return kind == Kind.ABSENT;
  }

  /** Whether the update sets a value. */
  public boolean isValue() {
    return kind == Kind.VALUE;
  }

  /** Whether the update removes the value. */
  public boolean isClear() {
    return kind == Kind.CLEAR;
  }

  /**
   * The value being set.
   *
   * @throws IllegalStateException when this patch does not set a value
   */
  public T value() {
    if (kind != Kind.VALUE)
      throw new IllegalStateException("patch is " + kind + ", it has no value");
    return value;
  }

  /** Maps the value, keeping absent and clear as they are. */
  public <R> Patch<R> map(Function<? super T, ? extends R> f) {
    return kind == Kind.VALUE
        ? Patch.of(f.apply(value))
        : (kind == Kind.CLEAR ? clear() : absent());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Patch<?> p && kind == p.kind && Objects.equals(value, p.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  @Override
  public String toString() {
    return kind == Kind.VALUE ? "Patch[" + value + "]" : "Patch." + kind.name().toLowerCase();
  }
}
