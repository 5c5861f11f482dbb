/**
 * The Vambe Task API client: {@link dev.tasksdk.vambe.VambeClient} and its request parameters,
 * built on the models generated from specs/vambe.yaml ({@code dev.tasksdk.vambe.generated.model}).
 */
package dev.tasksdk.vambe;
