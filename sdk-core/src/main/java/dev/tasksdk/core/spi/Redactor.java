package dev.tasksdk.core.spi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Hides credentials in headers and URLs before they reach a log line, an exception or a {@code
 * toString()}.
 *
 * <p>Sensitive header values and query parameter values are replaced by {@value #REDACTED}.
 */
public final class Redactor {
  /** What a hidden value is replaced with. */
  public static final String REDACTED = "[redacted]";

  private static final Set<String> SENSITIVE_HEADERS =
      Set.of("authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");
  private static final String[] SENSITIVE_HEADER_PARTS = {
    "token", "secret", "key", "signature", "password"
  };
  private static final String[] SENSITIVE_QUERY_PARTS = {
    "token", "key", "secret", "signature", "password", "passwd", "credential"
  };
  private static final Set<String> SENSITIVE_QUERY_NAMES = Set.of("sig", "auth", "code");

  private Redactor() {}

  /** Whether a header's value must be hidden (credentials, cookies, anything named like a key). */
  public static boolean isSensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (SENSITIVE_HEADERS.contains(n)) {
      return true;
    }
    for (String part : SENSITIVE_HEADER_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a query parameter's value must be hidden (api_key, access_token, signature, ...). */
  public static boolean isSensitiveQueryParameter(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (SENSITIVE_QUERY_NAMES.contains(n)) {
      return true;
    }
    for (String part : SENSITIVE_QUERY_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code value}, or {@value #REDACTED} when the header is sensitive. */
  public static String redactHeaderValue(String name, String value) {
    return isSensitiveHeader(name) ? REDACTED : value;
  }

  private static boolean anySensitive(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      if (isSensitiveHeader(headers.name(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns a copy whose sensitive header values are {@value #REDACTED}. */
  public static Headers redactHeaders(Headers headers) {
    Headers.Builder b = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      b.addUnsafeNonAscii(headers.name(i), redactHeaderValue(headers.name(i), headers.value(i)));
    }
    return b.build();
  }

  /**
   * Returns a copy fit to hand to users: credential and cookie headers removed, other sensitive
   * values {@value #REDACTED}.
   */
  public static Headers safeHeaders(Headers headers) {
    if (!anySensitive(headers)) {
      return headers; // immutable: nothing to drop or hide (the common case, no copy per call)
    }
    Headers.Builder b = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      b.addUnsafeNonAscii(name, redactHeaderValue(name, headers.value(i)));
    }
    return b.build();
  }

  /** Returns a copy of a header map whose sensitive values are {@value #REDACTED}. */
  public static Map<String, String> redactHeaderMap(Map<String, String> headers) {
    Map<String, String> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> out.put(k, redactHeaderValue(k, v)));
    return out;
  }

  /**
   * Returns the URL as text without user info and with sensitive query values {@value #REDACTED}.
   */
  public static String redactUrl(HttpUrl url) {
    HttpUrl base = url.newBuilder().username("").password("").query(null).build();
    String query = url.encodedQuery();
    if (query == null) {
      return base.toString();
    }
    StringBuilder sb = new StringBuilder(base.toString()).append('?');
    String[] pairs = query.split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      if (i > 0) {
        sb.append('&');
      }
      String pair = pairs[i];
      int eq = pair.indexOf('=');
      String encodedName = eq < 0 ? pair : pair.substring(0, eq);
      String name;
      try {
        name = URLDecoder.decode(encodedName, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        name = encodedName;
      }
      if (eq >= 0 && isSensitiveQueryParameter(name)) {
        sb.append(encodedName).append('=').append(REDACTED);
      } else {
        sb.append(pair);
      }
    }
    return sb.toString();
  }

  /** Redacts a URL given as text; text that is no URL loses anything between "//" and "@". */
  public static String redactUrlString(String url) {
    if (url == null) {
      return "null";
    }
    HttpUrl parsed = HttpUrl.parse(url.trim());
    if (parsed != null) {
      return redactUrl(parsed);
    }
    return url.replaceAll("//[^/@]*@", "//" + REDACTED + "@");
  }
}
