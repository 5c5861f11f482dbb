/**
 * One task interface over the five vendors: {@link dev.tasksdk.facade.TaskClient} per vendor,
 * {@link dev.tasksdk.facade.TaskHub} for several at once, and immutable {@link
 * dev.tasksdk.facade.Task} values with normalised status and priority next to the vendor's own
 * words.
 *
 * <p>Each vendor's {@link dev.tasksdk.facade.Capabilities} say what it can do; an operation a
 * vendor lacks fails with {@link dev.tasksdk.core.UnsupportedCapabilityException} before any
 * request is sent. Generated vendor models never appear in this package's signatures except through
 * {@link dev.tasksdk.facade.Task#raw()}.
 */
package dev.tasksdk.facade;
