/**
 * The Stuut Tasks API: {@link dev.tasksdk.stuut.StuutClient} lists tasks page by page and sets a
 * task's assignee, returning the models generated from {@code specs/stuut.yaml} (package {@code
 * dev.tasksdk.stuut.model}) and throwing the {@link dev.tasksdk.core.TaskSdkException} tree of
 * {@code sdk-core}.
 */
package dev.tasksdk.stuut;
