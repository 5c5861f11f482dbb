package dev.tasksdk.core;

/**
 * An opaque cursor naming one page of a listing; null (or no token) means the first page.
 *
 * <p>Its {@link #value()} is whatever the vendor uses (a cursor, an offset, a page number) written
 * as a string; persist it to resume a listing later.
 */
public final class PageToken {
  private final String value;

  private PageToken(String value) {
    this.value = value;
  }

  /**
   * Wraps a token value.
   *
   * @throws NullPointerException naming {@code value} when it is null
   */
  public static PageToken of(String value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    return new PageToken(value);
  }

  /** Returns the token as a string. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PageToken && ((PageToken) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "PageToken[" + value + "]";
  }
}
