/**
 * The simulators' machinery, not API: the spec reader, the spec check, the HTTP engine and one
 * behaviour per vendor holding its documented rules.
 */
package dev.tasksdk.simulator.internal;
