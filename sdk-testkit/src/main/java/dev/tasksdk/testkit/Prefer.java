package dev.tasksdk.testkit;

/**
 * Builds values of Prism's {@code Prefer} request header, which picks the mocked response: a status
 * code, a named example, or data generated from the schema.
 *
 * <p>Start with {@link #code(int)}, {@link #example(String)} or {@link #dynamic()} and combine on
 * the returned {@link Value}: {@code Prefer.code(422).example("invalid_date")} renders {@code
 * code=422, example=invalid_date}. Send it with {@code RequestOptions.header(Prefer.HEADER,
 * Prefer.code(404).toString())} or through {@link PreferInterceptor}.
 *
 * <p>The entry points and the combinators are on different types on purpose: a static method called
 * through an instance would silently drop what came before.
 */
public final class Prefer {
  /** The header name, {@code Prefer}. */
  public static final String HEADER = "Prefer";

  private Prefer() {}

  /**
   * Asks for the response the spec declares for HTTP status {@code code}.
   *
   * @throws IllegalArgumentException if code is not 100..599
   */
  public static Value code(int code) {
    return Value.EMPTY.code(code);
  }

  /**
   * Asks for the example named {@code name} (a key under the response's {@code examples}).
   *
   * @throws NullPointerException if name is null
   * @throws IllegalArgumentException if name is blank or holds a comma, '=' or whitespace
   */
  public static Value example(String name) {
    return Value.EMPTY.example(name);
  }

  /** Asks Prism to generate the body from the schema instead of returning an example. */
  public static Value dynamic() {
    return Value.EMPTY.dynamic();
  }

  /** An immutable {@code Prefer} header value; each method returns a new value. */
  public static final class Value {
    static final Value EMPTY = new Value(null, null, false);

    private final Integer code;
    private final String example;
    private final boolean dynamic;

    private Value(Integer code, String example, boolean dynamic) {
      this.code = code;
      this.example = example;
      this.dynamic = dynamic;
    }

    /**
     * This value asking for HTTP status {@code code} too (replacing an earlier code).
     *
     * @throws IllegalArgumentException if code is not 100..599
     */
    public Value code(int code) {
      if (code < 100 || code > 599) {
        throw new IllegalArgumentException("code must be an HTTP status 100..599: " + code);
      }
      return new Value(code, example, dynamic);
    }

    /**
     * This value asking for the example named {@code name} too (replacing an earlier example).
     *
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if name is blank or holds a comma, '=' or whitespace
     */
    public Value example(String name) {
      if (name == null) {
        throw new NullPointerException("example == null");
      }
      if (name.isBlank()
          || name.chars().anyMatch(c -> c == ',' || c == '=' || Character.isWhitespace(c))) {
        throw new IllegalArgumentException(
            "example must be a non-blank name without ',', '=' or whitespace: '" + name + "'");
      }
      return new Value(code, name, dynamic);
    }

    /** This value asking for data generated from the schema too. */
    public Value dynamic() {
      return new Value(code, example, true);
    }

    /** The header value, e.g. {@code code=404, example=not_found, dynamic=true}. */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      if (code != null) {
        sb.append("code=").append(code);
      }
      if (example != null) {
        sb.append(sb.length() == 0 ? "" : ", ").append("example=").append(example);
      }
      if (dynamic) {
        sb.append(sb.length() == 0 ? "" : ", ").append("dynamic=true");
      }
      return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Value && o.toString().equals(toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }
  }
}
