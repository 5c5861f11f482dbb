/**
 * Prism mock servers for testing code against the tasksdk vendor specs: {@link
 * dev.tasksdk.testkit.PrismServer} (Testcontainers, a local node process or an explicit URL), the
 * JUnit extension {@link dev.tasksdk.testkit.PrismMock}, and {@link dev.tasksdk.testkit.Prefer} /
 * {@link dev.tasksdk.testkit.PreferInterceptor} to pick a mocked response, and {@link
 * dev.tasksdk.testkit.ModelAssertions} to check that a payload decodes into the generated models
 * without losing a field. Add the artifact with test scope.
 */
package dev.tasksdk.testkit;
