package dev.tasksdk.core;

/**
 * A success status (2xx) whose body could not be decoded into the expected type.
 *
 * <p>Carries only an {@link #excerpt()} of the body (its first 200 characters, control characters
 * escaped), never the whole body.
 */
public class InvalidResponseException extends TaskSdkException {
  private static final long serialVersionUID = 1L;

  /** The most characters of a body an excerpt keeps. */
  public static final int EXCERPT_LENGTH = 200;

  private final Vendor vendor;
  private final String operation;
  private final int statusCode;
  private final String contentType;
  private final String excerpt;

  /**
   * Creates the exception; the excerpt is shortened and escaped here.
   *
   * @param vendor the vendor called
   * @param operation the operation, e.g. {@code "getTask"}
   * @param statusCode the HTTP status of the response
   * @param contentType the response's content type, or null
   * @param body the body, or its beginning; null when absent
   * @param cause the decoding failure, or null
   */
  public InvalidResponseException(
      Vendor vendor,
      String operation,
      int statusCode,
      String contentType,
      String body,
      Throwable cause) {
    this(vendor, operation, statusCode, contentType, excerptOf(body), cause, true);
  }

  private InvalidResponseException(
      Vendor vendor,
      String operation,
      int statusCode,
      String contentType,
      String excerpt,
      Throwable cause,
      boolean unused) {
    this(
        message(vendor, operation, statusCode, contentType, excerpt, cause),
        vendor,
        operation,
        statusCode,
        contentType,
        excerpt,
        cause);
  }

  private InvalidResponseException(
      String message,
      Vendor vendor,
      String operation,
      int statusCode,
      String contentType,
      String excerpt,
      Throwable cause) {
    super(message, cause);
    this.vendor = vendor;
    this.operation = operation;
    this.statusCode = statusCode;
    this.contentType = contentType;
    this.excerpt = excerpt;
  }

  /**
   * A listing whose pages do not add up (a cursor that repeats, pages that stay empty, a paging
   * value the client cannot send back, no end within the page cap): each page was a readable 200,
   * but the sequence is the server's error.
   *
   * @param vendor the vendor, or null when the pager does not know it
   * @param operation the listing operation, or null
   * @param problem what is wrong, without secrets
   * @param cause the underlying refusal, or null
   */
  public static InvalidResponseException paging(
      Vendor vendor, String operation, String problem, Throwable cause) {
    String who =
        (vendor == null ? "" : vendor.displayName() + " ")
            + (operation == null ? "the listing" : operation);
    return new InvalidResponseException(
        who + " returned inconsistent pages: " + problem, vendor, operation, 200, null, "", cause);
  }

  /** The vendor whose API was called. */
  public Vendor vendor() {
    return vendor;
  }

  /** The operation whose response could not be read. */
  public String operation() {
    return operation;
  }

  /** The HTTP status of the response. */
  public int statusCode() {
    return statusCode;
  }

  /** The response's content type, or null when it had none. */
  public String contentType() {
    return contentType;
  }

  /** The first 200 characters of the body with control characters escaped. */
  public String excerpt() {
    return excerpt;
  }

  /**
   * Returns the first {@value #EXCERPT_LENGTH} characters of {@code body} with control characters
   * escaped ({@code \n}, {@code \t}, {@code \\uXXXX}); an ellipsis marks a cut.
   */
  public static String excerptOf(String body) {
    if (body == null) {
      return "";
    }
    boolean cut = body.length() > EXCERPT_LENGTH;
    String head = cut ? body.substring(0, EXCERPT_LENGTH) : body;
    StringBuilder sb = new StringBuilder(head.length() + 8);
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    if (cut) {
      sb.append('…');
    }
    return sb.toString();
  }

  /**
   * The decoder's reason in words a user can act on: its first line only (Gson appends a link to
   * its troubleshooting guide), and without Gson's advice to parse leniently, which is not the
   * user's to follow.
   */
  static String reason(String raw) {
    String firstLine = raw.lines().findFirst().orElse("").trim();
    return firstLine.replaceFirst(
        "Use JsonReader\\.setStrictness\\([^)]*\\) to accept malformed JSON", "malformed JSON");
  }

  private static String message(
      Vendor vendor,
      String operation,
      int statusCode,
      String contentType,
      String excerpt,
      Throwable cause) {
    StringBuilder sb = new StringBuilder();
    sb.append(vendor == null ? "?" : vendor.displayName())
        .append(' ')
        .append(operation)
        .append(" returned an unreadable body: HTTP ")
        .append(statusCode);
    if (contentType != null) {
      sb.append(' ').append(contentType);
    }
    if (cause != null && cause.getMessage() != null) {
      String reason = reason(cause.getMessage());
      sb.append(" (").append(reason.length() > 160 ? reason.substring(0, 160) + "…" : reason);
      sb.append(')');
    }
    sb.append(" body starts: \"").append(excerpt).append('"');
    return sb.toString();
  }
}
