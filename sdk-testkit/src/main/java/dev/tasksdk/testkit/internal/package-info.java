/**
 * How the testkit finds, starts and stops Prism: backend selection from system properties and
 * environment variables, the spec extractor, the Testcontainers and local-process launchers, the
 * Testcontainers settings the launchers need. Not public API: it may change in any release.
 */
package dev.tasksdk.testkit.internal;
