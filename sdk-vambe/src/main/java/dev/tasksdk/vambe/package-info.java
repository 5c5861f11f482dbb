/**
 * The Vambe Task API client: {@link dev.tasksdk.vambe.VambeClient} and its request parameters,
 * generated from specs/vambe.yaml (models in {@code dev.tasksdk.vambe.model}).
 */
package dev.tasksdk.vambe;
