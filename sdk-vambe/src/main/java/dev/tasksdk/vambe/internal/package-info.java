/**
 * Vambe plumbing that is not public API: the vendor profile (auth header, error parsing, retry
 * safety), the null-keeping update body and the Retrofit interface that sends it. May change in any
 * release.
 */
package dev.tasksdk.vambe.internal;
