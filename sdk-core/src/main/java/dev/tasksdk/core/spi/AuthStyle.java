package dev.tasksdk.core.spi;

/** How a vendor expects the API key. */
public enum AuthStyle {
  /** {@code Authorization: Bearer <key>}. */
  BEARER,
  /** The key alone in a vendor-named header, e.g. {@code x-api-key: <key>}. */
  API_KEY_HEADER
}
