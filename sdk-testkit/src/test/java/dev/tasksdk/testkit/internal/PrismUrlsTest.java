package dev.tasksdk.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.Vendor;
import org.junit.jupiter.api.Test;

class PrismUrlsTest {
  @Test
  void parse_whenSingleUrl_usedForEveryVendorWithoutTrailingSlash() {
    PrismUrls u = PrismUrls.parse("http://127.0.0.1:4010/");
    for (Vendor v : Vendor.values()) {
      assertEquals("http://127.0.0.1:4010", u.urlFor(v));
    }
  }

  @Test
  void parse_whenVendorList_mapsEachVendor() {
    PrismUrls u = PrismUrls.parse("vambe=http://127.0.0.1:4010, AMIGO=http://127.0.0.1:4011");
    assertEquals("http://127.0.0.1:4010", u.urlFor(Vendor.VAMBE));
    assertEquals("http://127.0.0.1:4011", u.urlFor(Vendor.AMIGO));
    assertNull(u.urlFor(Vendor.STUUT));
  }

  @Test
  void parse_whenBlank_isEmpty() {
    assertTrue(PrismUrls.parse(" ").isEmpty());
    assertTrue(PrismUrls.parse(null).isEmpty());
  }

  @Test
  void parse_whenUnknownVendorOrNotHttp_throwsNamingPrismUrl() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> PrismUrls.parse("acme=http://x"))
            .getMessage()
            .startsWith("PRISM_URL"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> PrismUrls.parse("localhost:4010"))
            .getMessage()
            .startsWith("PRISM_URL"));
  }
}
