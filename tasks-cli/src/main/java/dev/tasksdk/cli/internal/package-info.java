/**
 * The workings of the {@code tasks} command line: option converters, the choice between live
 * vendors and the sandbox (the simulators), output formats and the mapping of failures to exit
 * codes. Not public API.
 */
package dev.tasksdk.cli.internal;
