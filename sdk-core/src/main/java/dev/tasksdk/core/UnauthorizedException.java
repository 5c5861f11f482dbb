package dev.tasksdk.core;

/** HTTP 401: the API key is missing, wrong or revoked. */
public class UnauthorizedException extends ServiceException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(ServiceException.Builder b) {
    super(b);
  }
}
