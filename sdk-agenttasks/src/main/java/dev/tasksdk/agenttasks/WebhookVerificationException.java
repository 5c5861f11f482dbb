package dev.tasksdk.agenttasks;

import dev.tasksdk.core.TaskSdkException;

/**
 * A webhook request failed signature verification: the {@code X-AgentTasks-Signature} header was
 * missing, malformed, or did not match the HMAC of the raw body. Reject the request (e.g. HTTP 401)
 * and do not act on its body.
 *
 * <p>The message never contains the secret or the expected signature.
 */
public class WebhookVerificationException extends TaskSdkException {
  private static final long serialVersionUID = 1L;

  /** Why verification failed. */
  public enum Reason {
    /** The signature header was absent or blank. */
    MISSING_SIGNATURE,
    /** The header was not {@code sha256=<64 hex digits>}. */
    MALFORMED_SIGNATURE,
    /** The signature is well-formed but not the HMAC-SHA256 of this body with this secret. */
    SIGNATURE_MISMATCH
  }

  private final Reason reason;

  /** Creates the exception. */
  public WebhookVerificationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why verification failed. */
  public Reason reason() {
    return reason;
  }
}
