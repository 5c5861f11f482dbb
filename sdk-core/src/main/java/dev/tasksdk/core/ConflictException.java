package dev.tasksdk.core;

/** HTTP 409: the request conflicts with the resource's state, e.g. a task already claimed. */
public class ConflictException extends ServiceException {
  private static final long serialVersionUID = 1L;

  ConflictException(ServiceException.Builder b) {
    super(b);
  }
}
