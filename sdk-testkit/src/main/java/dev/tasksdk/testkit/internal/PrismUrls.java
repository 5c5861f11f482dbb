package dev.tasksdk.testkit.internal;

import dev.tasksdk.core.Vendor;
import java.util.EnumMap;
import java.util.Map;

/**
 * Parses the explicit Prism URL setting: either one URL used for every vendor, or a list {@code
 * vendor=url,vendor=url} naming a server per vendor.
 */
public final class PrismUrls {
  private final String all;
  private final Map<Vendor, String> perVendor;

  private PrismUrls(String all, Map<Vendor, String> perVendor) {
    this.all = all;
    this.perVendor = perVendor;
  }

  /**
   * Parses {@code value}.
   *
   * @throws IllegalArgumentException naming the setting when an entry is malformed or names an
   *     unknown vendor
   */
  public static PrismUrls parse(String value) {
    if (value == null || value.isBlank()) {
      return new PrismUrls(null, Map.of());
    }
    String v = value.trim();
    if (!v.contains("=")) {
      return new PrismUrls(checkUrl(v), Map.of());
    }
    Map<Vendor, String> map = new EnumMap<>(Vendor.class);
    for (String entry : v.split(",")) {
      String e = entry.trim();
      if (e.isEmpty()) {
        continue;
      }
      int eq = e.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "PRISM_URL entry '"
                + e
                + "' is not vendor=url (expected e.g. vambe=http://127.0.0.1:4010)");
      }
      Vendor vendor;
      try {
        vendor = Vendor.fromId(e.substring(0, eq));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("PRISM_URL: " + ex.getMessage(), ex);
      }
      map.put(vendor, checkUrl(e.substring(eq + 1).trim()));
    }
    return new PrismUrls(null, Map.copyOf(map));
  }

  private static String checkUrl(String url) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException(
          "PRISM_URL '" + url + "' must start with http:// or https://");
    }
    String u = url;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /** The URL for {@code vendor} (without trailing slash), or null when none is configured. */
  public String urlFor(Vendor vendor) {
    String u = perVendor.get(vendor);
    return u != null ? u : all;
  }

  /** True when nothing is configured. */
  public boolean isEmpty() {
    return all == null && perVendor.isEmpty();
  }
}
