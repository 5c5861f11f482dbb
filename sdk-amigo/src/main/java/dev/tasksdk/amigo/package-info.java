/**
 * Amigo's Platform API tasks: {@link dev.tasksdk.amigo.AmigoClient} reads one task and lists the
 * tasks of a call within a workspace, returning the models generated from {@code specs/amigo.yaml}
 * (package {@code dev.tasksdk.amigo.model}) and throwing the {@link
 * dev.tasksdk.core.TaskSdkException} tree of {@code sdk-core}.
 */
package dev.tasksdk.amigo;
