package dev.tasksdk.core.spi;

import dev.tasksdk.core.Secret;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Replaces a credential with {@value Redactor#REDACTED} wherever a server or a library echoed it:
 * as sent, JSON-escaped ({@code \u0073k-...}, {@code \/}, {@code \"}, {@code \\}), percent-encoded,
 * and in the messages of a whole exception chain.
 *
 * <p>Every text the runtime hands to a user (messages, causes, decode reasons, raw and parsed error
 * bodies, headers, log lines) goes through one instance.
 */
final class SecretScrubber {
  private final String key;
  private final Pattern encoded;

  SecretScrubber(Secret secret) {
    this.key = secret.reveal();
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      String hex = String.format(Locale.ROOT, "%04x", (int) c);
      re.append("(?:")
          .append(Pattern.quote(String.valueOf(c)))
          .append("|\\\\u(?i:")
          .append(hex)
          .append(")|%(?i:")
          .append(hex.substring(2))
          .append(')');
      if (c == '/' || c == '"' || c == '\\') {
        re.append("|\\\\").append(Pattern.quote(String.valueOf(c)));
      }
      re.append(')');
    }
    this.encoded = Pattern.compile(re.toString());
  }

  /** The text with every echo of the key replaced; null stays null. */
  String scrub(String text) {
    if (text == null) {
      return null;
    }
    String t = text.contains(key) ? text.replace(key, Redactor.REDACTED) : text;
    if (t.indexOf('\\') < 0 && t.indexOf('%') < 0) {
      return t;
    }
    return encoded.matcher(t).replaceAll(Redactor.REDACTED);
  }

  /** Whether the text holds the key in any of the forms {@link #scrub} replaces. */
  boolean reveals(String text) {
    return text != null && !text.equals(scrub(text));
  }

  /**
   * The throwable itself when no message in its chain reveals the key; otherwise a copy of the
   * chain whose messages are scrubbed (same stack traces, the original class named in the message),
   * so that no cause a user can print carries the key.
   */
  Throwable scrub(Throwable t) {
    if (t == null || !revealsInChain(t)) {
      return t;
    }
    return copy(t, 0);
  }

  private boolean revealsInChain(Throwable t) {
    int depth = 0;
    for (Throwable c = t; c != null && depth < 32; c = c.getCause(), depth++) {
      if (reveals(c.getMessage()) || reveals(c.toString())) {
        return true;
      }
      for (Throwable s : c.getSuppressed()) {
        if (revealsInChain(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private Throwable copy(Throwable t, int depth) {
    Throwable cause = t.getCause() == null || depth >= 32 ? null : copy(t.getCause(), depth + 1);
    String m = t.getMessage();
    Redacted r = new Redacted(t.getClass().getName() + (m == null ? "" : ": " + scrub(m)), cause);
    r.setStackTrace(t.getStackTrace());
    return r;
  }

  /** A throwable whose message was scrubbed; its message starts with the original class. */
  static final class Redacted extends Exception {
    private static final long serialVersionUID = 1L;

    Redacted(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
