package dev.tasksdk.core.spi;

import java.util.Optional;

/** A vendor's error body as understood by its {@link ErrorParser}. */
public final class ParsedError {
  private final Object error;
  private final String errorCode;
  private final String detail;

  private ParsedError(Object error, String errorCode, String detail) {
    this.error = error;
    this.errorCode = errorCode;
    this.detail = detail;
  }

  /**
   * Creates a parsed error.
   *
   * @param error the vendor's error model (a generated model object), or null
   * @param errorCode the vendor's machine-readable code, e.g. {@code "TASK_ALREADY_CLAIMED"}, or
   *     null
   * @param detail a short human description, e.g. {@code "Resource not found"}, or null
   */
  public static ParsedError of(Object error, String errorCode, String detail) {
    return new ParsedError(error, errorCode, detail);
  }

  /** The vendor's error model, when there is one. */
  public Optional<Object> error() {
    return Optional.ofNullable(error);
  }

  /** The vendor's machine-readable code, when there is one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The short human description, when there is one. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
