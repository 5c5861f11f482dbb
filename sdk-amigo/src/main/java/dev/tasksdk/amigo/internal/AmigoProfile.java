package dev.tasksdk.amigo.internal;

import static dev.tasksdk.core.spi.ErrorBodies.primitiveText;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tasksdk.amigo.internal.json.JSON;
import dev.tasksdk.amigo.model.ErrorResponse;
import dev.tasksdk.amigo.model.HTTPValidationError;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ErrorBodies;
import dev.tasksdk.core.spi.ErrorParser;
import dev.tasksdk.core.spi.ParsedError;
import dev.tasksdk.core.spi.VendorProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * What the shared runtime needs to know about Amigo's Platform API: production URL, bearer auth,
 * the {@code x-request-id} header and the FastAPI error bodies.
 *
 * <p>Retry safety: Amigo's task endpoints are both GETs, retried by method; there is no POST to
 * declare.
 */
public final class AmigoProfile {
  /** The spec's server. */
  public static final String DEFAULT_BASE_URL = AmigoOperations.DEFAULT_BASE_URL;

  private static final int MAX_DETAIL_ITEMS = 5;

  private AmigoProfile() {}

  /** Creates the profile. */
  public static VendorProfile create() {
    return VendorProfile.builder()
        .vendor(Vendor.AMIGO)
        .defaultBaseUrl(DEFAULT_BASE_URL)
        .bearerAuth()
        .requestIdHeader("x-request-id")
        .errorParser(AmigoProfile::parseError)
        .gson(new JSON().getGson())
        .defaultHeader("Accept", "application/json")
        .build();
  }

  /** The error parser alone (for tests and for callers reading a stored body). */
  public static ErrorParser errorParser() {
    return AmigoProfile::parseError;
  }

  /**
   * Reads Amigo's two error shapes. A validation error {@code {"detail": [{loc, msg, type}]}}
   * becomes an {@link HTTPValidationError} with detail {@code "path.workspace_id: Input should
   * be..."} (items joined by "; ") and code = the first item's {@code type}; any other {@code
   * {"detail": string|object|array, "request_id", "error_code"}} becomes an {@link ErrorResponse}
   * with code = {@code error_code} and detail = the string (or an object's {@code message}/{@code
   * msg}, or the JSON text of anything else; without a detail, the body's {@code message}). Never
   * throws; null when the body is not a JSON object with any of these members.
   */
  static ParsedError parseError(int status, String rawBody, Gson gson) {
    JsonObject obj = ErrorBodies.jsonObject(rawBody);
    if (obj == null) {
      return null;
    }
    JsonElement detail = obj.get("detail");
    String errorCode = primitiveText(obj.get("error_code"));
    if (detail != null && detail.isJsonArray() && isValidationList(detail.getAsJsonArray())) {
      JsonArray items = detail.getAsJsonArray();
      Object model = ErrorBodies.decodeOrNull(gson, obj, HTTPValidationError.class);
      if (model == null) {
        model = ErrorBodies.decodeOrNull(gson, obj, ErrorResponse.class);
      }
      String code =
          errorCode != null ? errorCode : primitiveText(items.get(0).getAsJsonObject().get("type"));
      return ParsedError.of(model, code, validationText(items));
    }
    String text = detailText(detail);
    if (text == null) {
      // older routes answer {"message": ...} next to (or instead of) a detail
      text = primitiveText(obj.get("message"));
    }
    if (text == null && errorCode == null) {
      return null;
    }
    return ParsedError.of(
        ErrorBodies.decodeOrNull(gson, obj, ErrorResponse.class), errorCode, text);
  }

  private static boolean isValidationList(JsonArray items) {
    if (items.isEmpty()) {
      return false;
    }
    for (JsonElement e : items) {
      if (!e.isJsonObject() || !e.getAsJsonObject().has("msg")) {
        return false;
      }
    }
    return true;
  }

  private static String validationText(JsonArray items) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < items.size() && parts.size() < MAX_DETAIL_ITEMS; i++) {
      JsonObject item = items.get(i).getAsJsonObject();
      String msg = primitiveText(item.get("msg"));
      String loc = location(item.get("loc"));
      if (msg != null) {
        parts.add(loc == null ? msg : loc + ": " + msg);
      }
    }
    if (items.size() > MAX_DETAIL_ITEMS) {
      parts.add("(" + (items.size() - MAX_DETAIL_ITEMS) + " more)");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  /** {@code ["path", "workspace_id"]} reads {@code path.workspace_id}; integers join likewise. */
  private static String location(JsonElement loc) {
    if (loc == null || !loc.isJsonArray()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (JsonElement e : loc.getAsJsonArray()) {
      String p = primitiveText(e);
      if (p != null) {
        parts.add(p);
      }
    }
    return parts.isEmpty() ? null : String.join(".", parts);
  }

  private static String detailText(JsonElement detail) {
    if (detail == null || detail.isJsonNull()) {
      return null;
    }
    if (detail.isJsonPrimitive()) {
      return primitiveText(detail);
    }
    if (detail.isJsonObject()) {
      JsonObject o = detail.getAsJsonObject();
      String m = primitiveText(o.get("message"));
      if (m == null) {
        m = primitiveText(o.get("msg"));
      }
      if (m != null) {
        return m;
      }
    }
    String json = detail.toString();
    return json.length() > 500 ? json.substring(0, 500) + "…" : json;
  }

  private static final VendorProfile PROFILE = create();

  /** The profile (one shared instance). */
  public static VendorProfile get() {
    return PROFILE;
  }
}
