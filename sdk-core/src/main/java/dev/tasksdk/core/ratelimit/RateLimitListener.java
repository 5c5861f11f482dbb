package dev.tasksdk.core.ratelimit;

/**
 * Hears about rate-limit waits, refusals and pauses (the hook the observability listener SPI
 * subscribes to). Called on the calling thread; must be quick and must not throw (what it throws is
 * ignored).
 */
@FunctionalInterface
public interface RateLimitListener {
  /** A listener that ignores everything. */
  RateLimitListener NONE = event -> {};

  /** Called once per wait, refusal or pause. */
  void onEvent(RateLimitEvent event);
}
