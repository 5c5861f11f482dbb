/**
 * The Amplemarket adapter of the facade: {@code AmplemarketTaskClient} maps {@link
 * dev.tasksdk.amplemarket.AmplemarketClient} onto {@link dev.tasksdk.facade.TaskClient}; {@link
 * dev.tasksdk.facade.internal.amplemarket.AmplemarketTaskClients} creates it. Not public API.
 */
package dev.tasksdk.facade.internal.amplemarket;
