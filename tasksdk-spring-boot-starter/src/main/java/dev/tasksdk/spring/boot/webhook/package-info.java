/**
 * The AgentTasks webhook endpoint for servlet applications: verifies {@code X-AgentTasks-Signature}
 * over the raw body, drops redeliveries by {@code X-AgentTasks-Delivery}, and publishes each
 * delivery as a {@link dev.tasksdk.spring.boot.webhook.TaskWebhookEvent}.
 */
package dev.tasksdk.spring.boot.webhook;
