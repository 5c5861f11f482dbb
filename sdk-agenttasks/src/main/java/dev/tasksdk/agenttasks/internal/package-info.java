/**
 * Not public API: the AgentTasks vendor profile (base URL, auth, error parser, retry-safe
 * operations) and the hand-written Retrofit interface for bodies the generated one cannot express.
 */
package dev.tasksdk.agenttasks.internal;
