/** A rate-limit store shared by processes through Redis: {@code dev.tasksdk.ratelimit.redis}. */
module dev.tasksdk.ratelimit.redis {
  requires transitive dev.tasksdk.core;
  requires lettuce.core;
  requires io.github.bucket4j.lettuce;

  exports dev.tasksdk.ratelimit.redis;
}
