package dev.tasksdk.agenttasks;

import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.TaskSdkException;

/**
 * A webhook body that passed signature verification could not be read as an AgentTasks event: not
 * JSON, not an object, no {@code event} name, or a task without an id.
 *
 * <p>Carries only an {@link #excerpt()} of the body (its first 200 characters, control characters
 * escaped).
 */
public class InvalidWebhookPayloadException extends TaskSdkException {
  private static final long serialVersionUID = 1L;

  private final String excerpt;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, e.g. {@code "event is missing"}
   * @param body the body (only an excerpt is kept)
   * @param cause the parse failure, or null
   */
  public InvalidWebhookPayloadException(String problem, String body, Throwable cause) {
    this(problem, InvalidResponseException.excerptOf(body), cause, true);
  }

  private InvalidWebhookPayloadException(
      String problem, String excerpt, Throwable cause, boolean unused) {
    super(
        "AgentTasks webhook payload is invalid: " + problem + "; body starts: \"" + excerpt + "\"",
        cause);
    this.excerpt = excerpt;
  }

  /** The first 200 characters of the body with control characters escaped. */
  public String excerpt() {
    return excerpt;
  }
}
