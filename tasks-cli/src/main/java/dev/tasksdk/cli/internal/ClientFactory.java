package dev.tasksdk.cli.internal;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.TaskClient;
import java.time.Duration;
import java.util.Map;

/**
 * Makes the vendor clients the CLI talks to; tests substitute a fake.
 *
 * <p>{@code env} is the effective environment of the vendor: the process environment, or for the
 * sandbox the same with the key, base URL and sample ids of the sandbox.
 */
public interface ClientFactory {

  /** The vendor's capability matrix, without a client. */
  Capabilities capabilities(Vendor vendor);

  /**
   * A client for {@code vendor} configured from {@code env}.
   *
   * @param timeout the timeout of a whole call including retries; null for the SDK's defaults
   */
  TaskClient create(Vendor vendor, Map<String, String> env, Duration timeout);

  /**
   * Verifies an AgentTasks webhook delivery and returns the parsed event as JSON text.
   *
   * @throws RuntimeException when the signature does not match or the body is not an event
   */
  String verifyAgentTasksWebhook(byte[] body, String signature, String secret);
}
