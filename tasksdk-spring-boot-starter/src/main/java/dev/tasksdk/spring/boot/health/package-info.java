/**
 * Actuator health for the configured vendors: one cached, time-bounded, read-only probe per vendor
 * under the {@code tasksdk} health contributor. Off unless {@code tasksdk.health.enabled} or {@code
 * management.health.tasksdk.enabled} is true.
 */
package dev.tasksdk.spring.boot.health;
