/**
 * JMH benchmarks of the SDK: each measurement compares an SDK path with the same work written by
 * hand with OkHttp and Gson, against a loopback server inside the benchmark process; {@link
 * dev.tasksdk.benchmarks.BenchMain} runs them all and prints {@code RATIO} lines. Not published.
 */
package dev.tasksdk.benchmarks;
