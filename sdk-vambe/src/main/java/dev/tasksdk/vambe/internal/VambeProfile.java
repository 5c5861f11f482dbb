package dev.tasksdk.vambe.internal;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.VendorProfile;
import dev.tasksdk.vambe.internal.json.JSON;

/**
 * What the core runtime needs to know about Vambe.
 *
 * <ul>
 *   <li>Base URL {@value #DEFAULT_BASE_URL} (the spec's server), key in header {@code x-api-key}.
 *   <li>Errors: NestJS bodies, read by {@link VambeErrorParser}. No request-id header is
 *       documented; the runtime's default ({@code x-request-id}) is read when present.
 *   <li>Retry safety: no POST is safe to repeat. The only POST is {@code createTask}; the vendor
 *       has no idempotency key, so a retried create after a lost response would create a second
 *       task. {@code updateTask} (PUT: absolute field values) and {@code deleteTask} (DELETE: a
 *       repeat answers 404, nothing changes twice) are idempotent by method and retried by the
 *       runtime.
 * </ul>
 */
public final class VambeProfile {
  /** The production base URL from specs/vambe.yaml. */
  public static final String DEFAULT_BASE_URL = VambeOperations.DEFAULT_BASE_URL;

  /** The header carrying the API key. */
  public static final String API_KEY_HEADER = "x-api-key";

  private static final VendorProfile PROFILE =
      VendorProfile.builder()
          .vendor(Vendor.VAMBE)
          .defaultBaseUrl(DEFAULT_BASE_URL)
          .apiKeyHeader(API_KEY_HEADER)
          .errorParser(VambeErrorParser.INSTANCE)
          .retrySafeOperations(VambeOperations.RETRY_SAFE_POSTS)
          .gson(new JSON().getGson())
          .defaultHeader("Accept", "application/json")
          .build();

  private VambeProfile() {}

  /** The profile. */
  public static VendorProfile get() {
    return PROFILE;
  }
}
