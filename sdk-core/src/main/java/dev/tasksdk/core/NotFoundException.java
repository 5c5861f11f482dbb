package dev.tasksdk.core;

/** HTTP 404: the task (or other resource) does not exist. */
public class NotFoundException extends ServiceException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ServiceException.Builder b) {
    super(b);
  }
}
