/**
 * The Amigo adapter of the facade: {@link dev.tasksdk.facade.internal.amigo.AmigoTaskClients} turns
 * an {@link dev.tasksdk.amigo.AmigoClient} into a {@link dev.tasksdk.facade.TaskClient}; not public
 * API.
 */
package dev.tasksdk.facade.internal.amigo;
