package dev.tasksdk.core;

/** HTTP 403: the API key may not do this. */
public class ForbiddenException extends ServiceException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(ServiceException.Builder b) {
    super(b);
  }
}
