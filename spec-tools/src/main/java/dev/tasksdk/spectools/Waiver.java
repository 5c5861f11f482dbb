package dev.tasksdk.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A difference from a vendor's document that we keep on purpose, with the reason, as listed in
 * {@code specs/upstream/waivers.yaml}.
 *
 * @param vendor the vendor id, the prefix of the upstream file name ({@code amigo}, {@code vambe})
 * @param kind the {@link Difference#kind()} it waives
 * @param where the {@link Difference#where()} it waives; {@code *} matches any run of characters
 * @param reason why we keep the difference; required
 */
record Waiver(String vendor, String kind, String where, String reason) {

  Waiver {
    if (vendor == null || vendor.isBlank()) {
      throw new IllegalArgumentException("vendor: required in every waiver");
    }
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("kind: required in every waiver (" + where + ")");
    }
    if (where == null || where.isBlank()) {
      throw new IllegalArgumentException("where: required in every waiver (" + kind + ")");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "reason: required in every waiver (" + kind + " " + where + ")");
    }
  }

  boolean matches(String vendorId, Difference difference) {
    return vendor.equals(vendorId)
        && kind.equals(difference.kind())
        && glob(where).matcher(difference.where()).matches();
  }

  private static Pattern glob(String pattern) {
    List<String> parts = new ArrayList<>();
    for (String part : pattern.split("\\*", -1)) {
      parts.add(Pattern.quote(part));
    }
    return Pattern.compile(String.join(".*", parts), Pattern.DOTALL);
  }

  /** Reads {@code waivers:} from a parsed waiver file; an empty or missing list gives none. */
  static List<Waiver> fromYaml(JsonNode document) {
    List<Waiver> waivers = new ArrayList<>();
    if (document == null) {
      return waivers;
    }
    for (JsonNode entry : document.path("waivers")) {
      waivers.add(
          new Waiver(
              entry.path("vendor").asText(null),
              entry.path("kind").asText(null),
              entry.path("where").asText(null),
              entry.path("reason").asText(null)));
    }
    return waivers;
  }
}
