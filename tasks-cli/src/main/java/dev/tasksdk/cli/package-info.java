/**
 * The {@code tasks} command line: {@link dev.tasksdk.cli.TasksCommand} (the command tree, usable in
 * process) and {@link dev.tasksdk.cli.Main} (the entry point of the runnable jar).
 */
package dev.tasksdk.cli;
