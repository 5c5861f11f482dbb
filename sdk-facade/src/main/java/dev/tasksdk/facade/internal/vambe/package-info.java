/**
 * The Vambe adapter of the facade: {@link dev.tasksdk.facade.internal.vambe.VambeTaskClients} turns
 * a {@link dev.tasksdk.vambe.VambeClient} into a {@link dev.tasksdk.facade.TaskClient}, with the
 * mapping tables from Vambe's tasks (status configuration types, priorities, due dates with time
 * zones) to {@link dev.tasksdk.facade.Task}.
 */
package dev.tasksdk.facade.internal.vambe;
