/**
 * Build-time tools of this repository, never published: the drift check of {@code specs/} against
 * the OpenAPI fragments that vendors publish ({@link dev.tasksdk.spectools.DriftCheck}) and the
 * change report of {@code scripts/regen} ({@link dev.tasksdk.spectools.WireDiff}, {@link
 * dev.tasksdk.spectools.JavaApiDiff}, {@link dev.tasksdk.spectools.VersionPolicy}).
 */
package dev.tasksdk.spectools;
