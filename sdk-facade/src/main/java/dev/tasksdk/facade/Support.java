package dev.tasksdk.facade;

/** How a vendor supports a {@link Capability}. */
public enum Support {
  /** The vendor's API does it. */
  NATIVE,
  /**
   * The vendor's API cannot filter this way; the SDK filters the pages it fetches, on the client.
   * Results are correct but every page is still downloaded.
   */
  CLIENT_SIDE,
  /** Not possible with this vendor: the SDK throws before sending anything. */
  UNSUPPORTED
}
