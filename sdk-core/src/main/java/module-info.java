/**
 * The shared runtime of the tasksdk vendor clients: options, retries, typed errors, paging, events
 * and rate limits. {@code dev.tasksdk.core.spi}, the runtime the vendor modules are built on, is
 * exported only to tasksdk's own modules: it is not API and may change in any release.
 */
// "module": the friend modules of the qualified export are built after this one
@SuppressWarnings("module")
module dev.tasksdk.core {
  // ClientOptions takes an OkHttpClient and exposes Headers and HttpUrl
  requires transitive okhttp3;
  // the rate-limit API (RateLimitBucket, Bucket4jRateLimitBucket) is built on Bucket4j's types
  requires transitive io.github.bucket4j.core;
  requires retrofit2;
  requires retrofit2.converter.gson;
  requires retrofit2.converter.scalars;
  requires com.google.gson;

  exports dev.tasksdk.core;
  exports dev.tasksdk.core.event;
  exports dev.tasksdk.core.ratelimit;
  exports dev.tasksdk.core.spi to
      dev.tasksdk.amplemarket,
      dev.tasksdk.amigo,
      dev.tasksdk.agenttasks,
      dev.tasksdk.stuut,
      dev.tasksdk.vambe,
      dev.tasksdk.facade,
      dev.tasksdk.ratelimit.redis,
      dev.tasksdk.testkit,
      dev.tasksdk.cli,
      dev.tasksdk.spring.boot;
}
