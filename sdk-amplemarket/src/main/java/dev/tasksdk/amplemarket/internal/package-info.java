/**
 * Amplemarket's vendor profile, error parser and next-link handling: what {@link
 * dev.tasksdk.amplemarket.AmplemarketClient} needs from sdk-core's runtime. Not public API.
 */
package dev.tasksdk.amplemarket.internal;
