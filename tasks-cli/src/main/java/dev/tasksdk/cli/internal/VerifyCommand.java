package dev.tasksdk.cli.internal;

import dev.tasksdk.cli.TasksCommand;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tasks webhook verify --secret-env NAME --signature SIG < body.json}. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks an AgentTasks webhook body (stdin) against its X-AgentTasks-Signature and prints the"
          + " event.",
      "Exit 2 when the signature does not match."
    })
public final class VerifyCommand extends BaseCommand {
  @ParentCommand WebhookCommand webhook;

  @Option(
      names = "--secret-env",
      required = true,
      paramLabel = "NAME",
      description = "The environment variable holding the webhook secret.")
  String secretEnv;

  @Option(
      names = "--signature",
      required = true,
      paramLabel = "SIG",
      description = "The X-AgentTasks-Signature header, sha256=<hex>.")
  String signature;

  @Override
  TasksCommand root() {
    return webhook.parent;
  }

  @Override
  int run(CliContext ctx) throws IOException {
    String secret = ctx.env().get(secretEnv);
    if (secret == null || secret.isEmpty()) {
      throw new UsageException("--secret-env: the variable " + secretEnv + " is not set");
    }
    byte[] body = ctx.in().readAllBytes();
    String event;
    try {
      event = ctx.factory().verifyAgentTasksWebhook(body, signature, secret);
    } catch (RuntimeException e) {
      throw new UsageException(Failures.message(e));
    }
    ctx.out().println(event);
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
