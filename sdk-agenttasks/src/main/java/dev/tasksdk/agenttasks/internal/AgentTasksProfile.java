package dev.tasksdk.agenttasks.internal;

import dev.tasksdk.agenttasks.internal.json.JSON;
import dev.tasksdk.agenttasks.model.ErrorResponse;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ErrorParser;
import dev.tasksdk.core.spi.VendorProfile;
import java.util.Set;

/**
 * What the runtime knows about AgentTasks.
 *
 * <p>Retry safety of the non-idempotent methods (POST, PATCH), by Retrofit method name:
 *
 * <ul>
 *   <li>{@code moveTask}: safe. It sets an absolute status, so a repeat after a lost response
 *       leaves the task in the same state (it may emit a second {@code task.moved} webhook).
 *   <li>{@code updateTask}: safe [INF]. It writes absolute field values (PATCH with the new values,
 *       no increments), so a repeat converges on the same task.
 *   <li>{@code completeTask}: NOT safe. A retry after a success the client never saw answers 409
 *       {@code TASK_NOT_IN_PROGRESS}, turning a success into an error.
 *   <li>{@code claimTask}: NOT safe. A retry after an unseen success answers 409 {@code
 *       TASK_ALREADY_CLAIMED} (or {@code TASK_NOT_CLAIMABLE}).
 *   <li>{@code createTask}: NOT safe. A repeat creates a second task.
 * </ul>
 *
 * <p>A caller can still make any call retryable with an idempotency key in {@code RequestOptions},
 * at their own risk (AgentTasks does not document honouring one).
 */
public final class AgentTasksProfile {
  /** The production base URL from the spec's {@code servers}. */
  public static final String DEFAULT_BASE_URL = AgentTasksOperations.DEFAULT_BASE_URL;

  /** POST/PATCH operations that are safe to repeat; see the class comment for why. */
  public static final Set<String> RETRY_SAFE_OPERATIONS = AgentTasksOperations.RETRY_SAFE_POSTS;

  /** Reads {@code {"error": "...", "code": "...", "statusCode": 404}}; never throws. */
  public static final ErrorParser ERROR_PARSER =
      ErrorParser.json(ErrorResponse.class, ErrorResponse::getCode, ErrorResponse::getError);

  private static final VendorProfile PROFILE =
      VendorProfile.builder()
          .vendor(Vendor.AGENTTASKS)
          .defaultBaseUrl(DEFAULT_BASE_URL)
          .bearerAuth()
          .errorParser(ERROR_PARSER)
          .retrySafeOperations(RETRY_SAFE_OPERATIONS)
          .gson(new JSON().getGson())
          .defaultHeader("Accept", "application/json")
          .build();

  private AgentTasksProfile() {}

  /** The profile. */
  public static VendorProfile get() {
    return PROFILE;
  }
}
