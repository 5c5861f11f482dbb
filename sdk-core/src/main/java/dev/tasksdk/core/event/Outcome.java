package dev.tasksdk.core.event;

import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TimeoutException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CancellationException;

/** How a call or an attempt ended; a small, fixed set fit for a metric tag. */
public enum Outcome {
  /** A 1xx, 2xx or 3xx answer (and, for a call, a decoded body). */
  SUCCESS,
  /** A 4xx answer. */
  CLIENT_ERROR,
  /** A 5xx answer. */
  SERVER_ERROR,
  /** A connect, read or call timeout, or the retry budget ran out after I/O failures. */
  TIMEOUT,
  /** The connection failed (refused, reset, TLS failure) without an answer. */
  CONNECTION_FAILURE,
  /** A 2xx answer whose body could not be decoded. */
  INVALID_RESPONSE,
  /** The caller canceled the call. */
  CANCELED,
  /** Anything else (a bug, an unexpected exception). */
  UNKNOWN;

  /** The outcome of an HTTP status code: success below 400, client error below 500. */
  public static Outcome ofStatus(int statusCode) {
    if (statusCode >= 500) {
      return SERVER_ERROR;
    }
    return statusCode >= 400 ? CLIENT_ERROR : SUCCESS;
  }

  /**
   * The outcome of an exception a call threw: by status for a {@link ServiceException}, then
   * timeout, canceled, connection failure, invalid response; {@link #UNKNOWN} otherwise.
   */
  public static Outcome of(Throwable error) {
    if (error instanceof ServiceException) {
      return ofStatus(((ServiceException) error).statusCode());
    }
    if (error instanceof TimeoutException) {
      return TIMEOUT;
    }
    if (error instanceof CancellationException) {
      return CANCELED;
    }
    if (error instanceof ConnectionException) {
      String m = String.valueOf(error.getMessage());
      return m.endsWith(": canceled") ? CANCELED : CONNECTION_FAILURE;
    }
    if (error instanceof InvalidResponseException) {
      return INVALID_RESPONSE;
    }
    return UNKNOWN;
  }

  /** The outcome of an I/O failure of one attempt: timeout, canceled or connection failure. */
  public static Outcome ofIo(java.io.IOException failure) {
    if (failure instanceof SocketTimeoutException
        || (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage()))) {
      return TIMEOUT;
    }
    if ("Canceled".equalsIgnoreCase(String.valueOf(failure.getMessage()))) {
      return CANCELED;
    }
    return CONNECTION_FAILURE;
  }

  /**
   * The status class of a code for a tag: {@code "2xx"}, {@code "4xx"}, ...; {@code "none"} for 0
   * (no answer).
   */
  public static String statusClass(int statusCode) {
    if (statusCode < 100 || statusCode > 599) {
      return "none";
    }
    return (statusCode / 100) + "xx";
  }
}
