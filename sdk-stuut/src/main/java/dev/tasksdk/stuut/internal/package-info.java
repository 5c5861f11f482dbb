/**
 * Stuut's vendor profile and error parser for the shared runtime; not public API, may change in any
 * release.
 */
package dev.tasksdk.stuut.internal;
