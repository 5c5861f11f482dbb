/**
 * One task API over the five vendor clients: {@code dev.tasksdk.facade} ({@code TaskClient}, {@code
 * TaskHub}, {@code TaskClients}). The per-vendor adapters ({@code dev.tasksdk.facade.internal} and
 * below) are not exported.
 */
module dev.tasksdk.facade {
  requires transitive dev.tasksdk.core;
  // TaskClients wraps a caller's vendor client; TaskEvents reads AgentTasks webhook events
  requires transitive dev.tasksdk.amplemarket;
  requires transitive dev.tasksdk.amigo;
  requires transitive dev.tasksdk.agenttasks;
  requires transitive dev.tasksdk.stuut;
  requires transitive dev.tasksdk.vambe;

  exports dev.tasksdk.facade;
}
