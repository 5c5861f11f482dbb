package dev.tasksdk.facade;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.internal.agenttasks.AgentTasksTaskClients;
import dev.tasksdk.facade.internal.amigo.AmigoTaskClients;
import dev.tasksdk.facade.internal.amplemarket.AmplemarketTaskClients;
import dev.tasksdk.facade.internal.stuut.StuutTaskClients;
import dev.tasksdk.facade.internal.vambe.VambeTaskClients;
import dev.tasksdk.stuut.StuutClient;
import dev.tasksdk.vambe.VambeClient;
import java.util.Map;

/**
 * Where {@link TaskClient}s come from: wrap a vendor client you configured, or build one from the
 * environment variables the vendor clients document ({@code <VENDOR>_API_KEY}, {@code
 * <VENDOR>_BASE_URL}, {@code AMIGO_WORKSPACE_ID}, {@code AGENTTASKS_TEAM_ID}, {@code
 * AMPLEMARKET_USER_ID}).
 *
 * <pre>{@code
 * TaskClient vambe = TaskClients.of(VambeClient.builder().apiKey(key).httpClient(shared).build());
 * TaskClient agenttasks = TaskClients.fromEnv(Vendor.AGENTTASKS);
 * }</pre>
 */
public final class TaskClients {
  private TaskClients() {}

  /** Amplemarket's tasks; the client's configured user id is the default for lists. */
  public static TaskClient of(AmplemarketClient client) {
    return AmplemarketTaskClients.create(requireClient(client));
  }

  /** Amigo's tasks; the client's workspace id is used for every call. */
  public static TaskClient of(AmigoClient client) {
    return AmigoTaskClients.create(requireClient(client));
  }

  /** AgentTasks' tasks; the client's team id is used for list and create. */
  public static TaskClient of(AgentTasksClient client) {
    return AgentTasksTaskClients.create(requireClient(client));
  }

  /** Stuut's tasks. */
  public static TaskClient of(StuutClient client) {
    return StuutTaskClients.create(requireClient(client));
  }

  /** Vambe's tasks. */
  public static TaskClient of(VambeClient client) {
    return VambeTaskClients.create(requireClient(client));
  }

  /**
   * A client for {@code vendor} from the process environment.
   *
   * @throws IllegalStateException naming the missing variable, e.g. {@code VAMBE_API_KEY}
   */
  public static TaskClient fromEnv(Vendor vendor) {
    return fromEnv(vendor, System.getenv());
  }

  /**
   * A client for {@code vendor} from the given environment map.
   *
   * @throws IllegalStateException naming the missing variable, e.g. {@code VAMBE_API_KEY}
   */
  public static TaskClient fromEnv(Vendor vendor, Map<String, String> env) {
    if (vendor == null) throw new IllegalArgumentException("vendor == null");
    if (env == null) throw new IllegalArgumentException("env == null");
    switch (vendor) {
      case AMPLEMARKET:
        return of(AmplemarketClient.fromEnv(env));
      case AMIGO:
        return of(AmigoClient.fromEnv(env));
      case AGENTTASKS:
        return of(AgentTasksClient.fromEnv(env));
      case STUUT:
        return of(StuutClient.fromEnv(env));
      case VAMBE:
        return of(VambeClient.fromEnv(env));
      default:
        throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }

  /** What {@code vendor} can do, without creating a client. */
  public static Capabilities capabilities(Vendor vendor) {
    if (vendor == null) throw new IllegalArgumentException("vendor == null");
    switch (vendor) {
      case AMPLEMARKET:
        return AmplemarketTaskClients.capabilities();
      case AMIGO:
        return AmigoTaskClients.capabilities();
      case AGENTTASKS:
        return AgentTasksTaskClients.capabilities();
      case STUUT:
        return StuutTaskClients.capabilities();
      case VAMBE:
        return VambeTaskClients.capabilities();
      default:
        throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }

  private static <T> T requireClient(T client) {
    if (client == null) throw new IllegalArgumentException("client == null");
    return client;
  }
}
