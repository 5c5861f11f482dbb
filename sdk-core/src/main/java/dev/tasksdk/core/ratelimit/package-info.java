/**
 * Client-side rate limiting: one token bucket (Bucket4j) per vendor, credential hash and endpoint
 * class, seeded from the limits each vendor documents (recorded in {@code specs/<vendor>.yaml} as
 * {@code x-tasksdk-rate-limits}), shared by every client of that key in the JVM through a {@link
 * dev.tasksdk.core.ratelimit.RateLimitStore} (or across processes with {@code
 * sdk-ratelimit-redis}), and paused for everyone by a 429's {@code Retry-After}. Configure it with
 * {@link dev.tasksdk.core.ratelimit.RateLimiting}; waits are reported to a {@link
 * dev.tasksdk.core.ratelimit.RateLimitListener} and in {@link dev.tasksdk.core.ApiResponse}.
 */
package dev.tasksdk.core.ratelimit;
