package dev.tasksdk.core.spi;

import java.util.Locale;
import okhttp3.HttpUrl;

/** Which base URLs the SDK accepts: https, or plain http only to loopback unless allowed. */
public final class UrlPolicy {
  private UrlPolicy() {}

  /**
   * Checks that {@code url} is https, or http to a loopback host, or that insecure http is allowed.
   *
   * @throws IllegalArgumentException naming {@code baseUrl} otherwise
   */
  public static void checkSecure(HttpUrl url, boolean allowInsecureHttp) {
    if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "baseUrl "
              + Redactor.redactUrl(url)
              + " uses plain http to a host that is not loopback; use https or set"
              + " allowInsecureHttp(true)");
    }
  }

  /** Whether {@code host} is {@code localhost}, an address in 127.0.0.0/8 or {@code ::1}. */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1")) {
      return true;
    }
    if (h.startsWith("127.")) {
      String[] parts = h.split("\\.", -1);
      if (parts.length != 4) {
        return false;
      }
      for (String p : parts) {
        if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether two URLs share scheme, host and port (the origin credentials are sent to). */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
