/**
 * Stateful, in-process simulators of the five vendors' Task APIs: {@link
 * dev.tasksdk.simulator.Simulator} serves one vendor on 127.0.0.1, keeps its tasks in memory,
 * applies the vendor's documented rules and checks every request and response against the bundled
 * spec; {@link dev.tasksdk.simulator.VendorSimulator} starts simulators for a JUnit 5 test class.
 */
package dev.tasksdk.simulator;
