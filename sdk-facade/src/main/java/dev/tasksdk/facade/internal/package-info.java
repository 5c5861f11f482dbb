/**
 * Implementation of the facade: the shared capability checks and one adapter per vendor in {@code
 * internal.<vendor>}. Not public API; never import it from another module.
 */
package dev.tasksdk.facade.internal;
