/**
 * Rate-limit buckets in Redis, so that every process using one vendor credential draws from one
 * budget: {@link dev.tasksdk.ratelimit.redis.RedisRateLimitStore}, Bucket4j's compare-and-swap
 * buckets over Lettuce, keyed {@code tasksdk:rl:<vendor>:<class>:<hash of credential and server>}.
 */
package dev.tasksdk.ratelimit.redis;
