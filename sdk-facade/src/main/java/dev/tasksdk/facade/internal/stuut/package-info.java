/**
 * The Stuut adapter of the facade: {@link dev.tasksdk.facade.internal.stuut.StuutTaskClients} turns
 * a {@link dev.tasksdk.stuut.StuutClient} into a {@link dev.tasksdk.facade.TaskClient}; not public
 * API.
 */
package dev.tasksdk.facade.internal.stuut;
