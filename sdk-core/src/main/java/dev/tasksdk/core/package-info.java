/**
 * The shared public surface of every tasksdk vendor client: {@link dev.tasksdk.core.ClientOptions}
 * and {@link dev.tasksdk.core.RequestOptions} to configure calls, the unchecked {@link
 * dev.tasksdk.core.TaskSdkException} tree for failures, {@link dev.tasksdk.core.AutoPager} for lazy
 * paging and {@link dev.tasksdk.core.ApiResponse} for the raw response beside a parsed body.
 */
package dev.tasksdk.core;
