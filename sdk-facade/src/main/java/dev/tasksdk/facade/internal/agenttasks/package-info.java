/**
 * The AgentTasks adapter of the facade: {@link
 * dev.tasksdk.facade.internal.agenttasks.AgentTasksTaskClients} (the {@code TaskClient} over an
 * {@code AgentTasksClient} and its capability matrix), the status and priority tables, and {@link
 * dev.tasksdk.facade.internal.agenttasks.AgentTasksEvents} (webhook events as {@code TaskEvent}).
 * Not public API.
 */
package dev.tasksdk.facade.internal.agenttasks;
