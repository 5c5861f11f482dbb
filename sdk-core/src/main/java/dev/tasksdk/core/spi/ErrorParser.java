package dev.tasksdk.core.spi;

import com.google.gson.Gson;
import java.util.function.Function;

/**
 * Turns a vendor's error body into its error model, code and a short detail.
 *
 * <p>Implementations must never throw; they return null when the body is not the vendor's error
 * shape (the runtime guards against exceptions anyway).
 */
@FunctionalInterface
public interface ErrorParser {
  /**
   * Parses an error body.
   *
   * @param status the HTTP status
   * @param rawBody the body as text (possibly empty, at most 64 KiB)
   * @param gson the vendor's Gson
   * @return the parsed error, or null when the body is not the vendor's shape
   */
  ParsedError parse(int status, String rawBody, Gson gson);

  /** A parser that understands nothing. */
  static ErrorParser none() {
    return (status, rawBody, gson) -> null;
  }

  /**
   * A parser that reads the body as a JSON object of {@code type} with the given Gson and takes the
   * code and detail from it; any failure (not JSON, not an object, wrong shape) or a null from both
   * extractors yields null.
   *
   * @param type the vendor's error model class
   * @param code extracts the machine-readable code (may return null)
   * @param detail extracts the human description (may return null)
   */
  static <E> ErrorParser json(
      Class<E> type, Function<? super E, String> code, Function<? super E, String> detail) {
    return (status, rawBody, gson) -> {
      if (rawBody == null || !rawBody.trim().startsWith("{")) {
        return null;
      }
      try {
        E model = gson.fromJson(rawBody, type);
        if (model == null) {
          return null;
        }
        String c = code.apply(model);
        String d = detail.apply(model);
        if (c == null && d == null) {
          return null;
        }
        return ParsedError.of(model, c, d);
      } catch (RuntimeException | StackOverflowError e) {
        return null;
      }
    };
  }
}
