/**
 * A Spring Boot application on {@code tasksdk-spring-boot-starter}: {@code GET /tasks} lists open
 * tasks through the {@link dev.tasksdk.facade.TaskHub} bean; AgentTasks webhooks arrive as {@link
 * dev.tasksdk.spring.boot.webhook.TaskWebhookEvent}s.
 */
package dev.tasksdk.examples.springboot;
