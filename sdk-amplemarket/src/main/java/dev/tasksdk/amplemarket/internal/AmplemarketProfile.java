package dev.tasksdk.amplemarket.internal;

import dev.tasksdk.amplemarket.internal.json.JSON;
import dev.tasksdk.amplemarket.model.ErrorObject;
import dev.tasksdk.amplemarket.model.ErrorResponse;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ErrorParser;
import dev.tasksdk.core.spi.VendorProfile;
import java.util.List;

/**
 * What sdk-core's runtime must know about Amplemarket.
 *
 * <p>Retry safety: {@code completeTask} is safe to repeat because the vendor documents that
 * completing an already completed task returns 200 (https://docs.amplemarket.com/guides/tasks);
 * {@code skipTask} is treated the same way [INF]: skipping sets one absolute state, so a repeated
 * skip after a lost response changes nothing. Both are therefore retried on connection failures and
 * 408/429/502/503/504 like a GET.
 */
public final class AmplemarketProfile {
  /** The production base URL (https only, no version prefix). */
  public static final String DEFAULT_BASE_URL = AmplemarketOperations.DEFAULT_BASE_URL;

  /** The Accept header the vendor asks for: it answers in either media type. */
  public static final String ACCEPT = "application/json, application/vnd.amp+json";

  /** Retrofit method names of the POST operations that are safe to repeat (see class doc). */
  public static final List<String> RETRY_SAFE_OPERATIONS =
      List.copyOf(AmplemarketOperations.RETRY_SAFE_POSTS);

  private static final VendorProfile PROFILE =
      VendorProfile.builder()
          .vendor(Vendor.AMPLEMARKET)
          .defaultBaseUrl(DEFAULT_BASE_URL)
          .bearerAuth()
          .errorParser(errorParser())
          .retrySafeOperation(RETRY_SAFE_OPERATIONS.toArray(new String[0]))
          .gson(new JSON().getGson())
          .defaultHeader("Accept", ACCEPT)
          .build();

  private AmplemarketProfile() {}

  /** The profile every {@code AmplemarketClient} uses. */
  public static VendorProfile get() {
    return PROFILE;
  }

  /**
   * Reads the vendor's JSON:API error body {@code {"_errors": [{"code", "title", "detail", ...}]}}:
   * the code and detail (else title) of the first error; null for any other body.
   */
  public static ErrorParser errorParser() {
    return ErrorParser.json(
        ErrorResponse.class,
        e -> {
          ErrorObject first = first(e);
          return first == null ? null : blankToNull(first.getCode());
        },
        e -> {
          ErrorObject first = first(e);
          if (first == null) {
            return null;
          }
          String detail = blankToNull(first.getDetail());
          return detail != null ? detail : blankToNull(first.getTitle());
        });
  }

  private static ErrorObject first(ErrorResponse response) {
    List<ErrorObject> errors = response.getErrors();
    if (errors == null) {
      return null;
    }
    for (ErrorObject e : errors) {
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
