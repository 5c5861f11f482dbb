/**
 * The Amplemarket Task API: {@link dev.tasksdk.amplemarket.AmplemarketClient} lists, skips and
 * completes a user's tasks, returning the models generated from {@code specs/amplemarket.yaml}
 * ({@code dev.tasksdk.amplemarket.model}) and throwing the {@link
 * dev.tasksdk.core.TaskSdkException} tree of sdk-core.
 */
package dev.tasksdk.amplemarket;
