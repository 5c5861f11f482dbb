/**
 * The AgentTasks Task API client: {@link dev.tasksdk.agenttasks.AgentTasksClient} (list, create,
 * get, update, claim, complete and move tasks of a team), its request parameter objects, and the
 * webhook verifier {@link dev.tasksdk.agenttasks.AgentTasksWebhooks} that checks {@code
 * X-AgentTasks-Signature} and parses the event into a {@link dev.tasksdk.agenttasks.WebhookEvent}.
 * Responses are the generated models of {@code dev.tasksdk.agenttasks.model}; failures are the
 * {@link dev.tasksdk.core.TaskSdkException} tree of {@code sdk-core}.
 */
package dev.tasksdk.agenttasks;
