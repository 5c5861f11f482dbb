package dev.tasksdk.core;

import dev.tasksdk.core.spi.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A credential such as an API key, kept out of logs, exception messages and {@code toString()}.
 *
 * <p>The only way to read the value is {@link #reveal()}; {@link #equals(Object)} compares in
 * constant time.
 */
public final class Secret {
  private final String value;
  private final int hash;

  private Secret(String value) {
    this.value = value;
    this.hash = Arrays.hashCode(sha256(value));
  }

  /**
   * Wraps an API key, without its surrounding whitespace (spaces, tabs, line breaks, no-break
   * spaces): the value kept is exactly what is sent, so redaction finds every echo of it.
   *
   * @throws NullPointerException naming {@code apiKey} when the value is null
   * @throws IllegalArgumentException naming {@code apiKey} when it is blank or holds anything but
   *     visible ASCII (a control character, an inner space, a no-break space, a non-ASCII letter),
   *     which could not be sent in a header; the message gives the index, never the key
   */
  public static Secret of(String apiKey) {
    return new Secret(Require.credential(apiKey, "apiKey"));
  }

  /** Returns the plain value; call it only where the value is sent. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8),
            ((Secret) o).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns {@code "Secret[redacted]"}, never the value. */
  @Override
  public String toString() {
    return "Secret[redacted]";
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
