package dev.tasksdk.core;

/** HTTP 422: the request was well-formed but failed the vendor's validation. */
public class UnprocessableEntityException extends ServiceException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(ServiceException.Builder b) {
    super(b);
  }
}
