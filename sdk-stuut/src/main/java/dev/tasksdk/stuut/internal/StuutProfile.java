package dev.tasksdk.stuut.internal;

import static dev.tasksdk.core.spi.ErrorBodies.primitiveText;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ErrorBodies;
import dev.tasksdk.core.spi.ErrorParser;
import dev.tasksdk.core.spi.ParsedError;
import dev.tasksdk.core.spi.VendorProfile;
import dev.tasksdk.stuut.internal.json.JSON;
import dev.tasksdk.stuut.model.ErrorResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the shared runtime needs to know about Stuut: production URL, bearer auth, the error body
 * and which POSTs may be repeated.
 *
 * <p>Retry safety: {@code setTaskAssignee} sets an absolute assignee (the same request twice leaves
 * the task in the same state), so it is retried like a GET. It is the only POST Stuut has.
 */
public final class StuutProfile {
  /** The spec's server. */
  public static final String DEFAULT_BASE_URL = StuutOperations.DEFAULT_BASE_URL;

  /** Retrofit method names of the POSTs that are safe to repeat, and why: see the class comment. */
  public static final Set<String> RETRY_SAFE_OPERATIONS = StuutOperations.RETRY_SAFE_POSTS;

  private static final int MAX_DETAIL_ITEMS = 5;

  private StuutProfile() {}

  /** Creates the profile. */
  public static VendorProfile create() {
    return VendorProfile.builder()
        .vendor(Vendor.STUUT)
        .defaultBaseUrl(DEFAULT_BASE_URL)
        .bearerAuth()
        // [INF] Stuut documents no request id header; x-request-id is the common one.
        .requestIdHeader("x-request-id")
        .errorParser(StuutProfile::parseError)
        .retrySafeOperations(RETRY_SAFE_OPERATIONS)
        .gson(new JSON().getGson())
        .defaultHeader("Accept", "application/json")
        .build();
  }

  /** The error parser alone (for tests and for callers reading a stored body). */
  public static ErrorParser errorParser() {
    return StuutProfile::parseError;
  }

  /**
   * Stuut publishes no error body, so this accepts the common shapes: FastAPI's {@code detail} (a
   * string or a list of {@code {msg}} items), NestJS's {@code message} (a string or a list of
   * strings) with {@code error}, and a {@code code}. The code is {@code code}, else {@code error};
   * the detail is {@code detail}, else {@code message}. Never throws; null when nothing is found.
   */
  static ParsedError parseError(int status, String rawBody, Gson gson) {
    JsonObject obj = ErrorBodies.jsonObject(rawBody);
    if (obj == null) {
      return null;
    }
    String code = text(obj.get("code"));
    if (code == null) {
      code = text(obj.get("error"));
    }
    String detail = text(obj.get("detail"));
    if (detail == null) {
      detail = text(obj.get("message"));
    }
    if (code == null && detail == null) {
      return null;
    }
    // null model when e.g. NestJS's "message": [...] does not fit the String member; code and
    // detail still count
    return ParsedError.of(ErrorBodies.decodeOrNull(gson, obj, ErrorResponse.class), code, detail);
  }

  /** A string, a number, or the messages of a list (joined by "; "); null for anything else. */
  private static String text(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonPrimitive()) {
      String s = e.getAsString();
      return s.isBlank() ? null : s;
    }
    if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < a.size() && parts.size() < MAX_DETAIL_ITEMS; i++) {
        JsonElement item = a.get(i);
        String s =
            item.isJsonObject() ? text(item.getAsJsonObject().get("msg")) : primitiveText(item);
        if (s != null) {
          parts.add(s);
        }
      }
      return parts.isEmpty() ? null : String.join("; ", parts);
    }
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      String s = primitiveText(o.get("message"));
      return s != null ? s : primitiveText(o.get("msg"));
    }
    return null;
  }

  private static final VendorProfile PROFILE = create();

  /** The profile (one shared instance). */
  public static VendorProfile get() {
    return PROFILE;
  }
}
