package dev.tasksdk.facade.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.PageFailedException;
import dev.tasksdk.core.Vendor;
import org.junit.jupiter.api.function.Executable;

/** Assertions the adapter tests share for responses that carry no usable task. */
public final class InvalidResponses {
  private InvalidResponses() {}

  /** A listing's failure: the pager wraps what failed in PageFailedException. */
  public static InvalidResponseException listFailure(Executable list) {
    PageFailedException e = assertThrows(PageFailedException.class, list);
    return assertInstanceOf(InvalidResponseException.class, e.getCause(), e.toString());
  }

  /** The exception names the vendor and operation and carries the short excerpt. */
  public static void assertInvalid(
      InvalidResponseException e, Vendor vendor, String operation, String excerpt) {
    assertEquals(vendor, e.vendor());
    assertEquals(operation, e.operation());
    assertEquals(200, e.statusCode());
    assertEquals(excerpt, e.excerpt());
    assertTrue(e.getMessage().contains(operation), e.getMessage());
  }
}
