package dev.tasksdk.core;

/** HTTP 400: the vendor rejected the request as malformed. */
public class BadRequestException extends ServiceException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ServiceException.Builder b) {
    super(b);
  }
}
