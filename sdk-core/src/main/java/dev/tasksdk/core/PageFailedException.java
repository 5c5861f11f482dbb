package dev.tasksdk.core;

/**
 * Fetching a page failed in the middle of an {@link AutoPager} iteration.
 *
 * <p>{@link #getCause()} is the original failure (usually a {@link TaskSdkException}); {@link
 * #resumeToken()} names the page that failed, so {@code AutoPager.of(fetcher, e.resumeToken())}
 * yields exactly the items not yet delivered: none lost, none repeated.
 */
public class PageFailedException extends TaskSdkException {
  private static final long serialVersionUID = 1L;

  private final transient PageToken resumeToken;

  /**
   * Creates the exception.
   *
   * @param resumeToken the token of the page that failed; null when it was the first page
   * @param cause the failure
   */
  public PageFailedException(PageToken resumeToken, Throwable cause) {
    super(
        "fetching the "
            + (resumeToken == null ? "first page" : "page at " + resumeToken)
            + " failed; resume from resumeToken(): "
            + (cause == null ? "" : cause.getMessage()),
        cause);
    this.resumeToken = resumeToken;
  }

  /** The token of the page that failed; null when the first page failed. */
  public PageToken resumeToken() {
    return resumeToken;
  }
}
