package dev.tasksdk.facade;

import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.amigo.AmigoClient;
import dev.tasksdk.amplemarket.AmplemarketClient;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.Require;
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
 * <p>Ownership follows who opened the vendor client. {@code of(vendorClient)} wraps a client the
 * caller built: closing the {@link TaskClient} does not close the vendor client, the caller does
 * (it may be shared by several wrappers). {@code fromEnv(...)} opens the vendor client itself and
 * hands it over: closing the returned {@link TaskClient} closes it. Either way a caller-supplied
 * {@code OkHttpClient} is never shut down.
 *
 * <pre>{@code
 * try (VambeClient vambeClient = VambeClient.builder().apiKey(key).httpClient(shared).build();
 *     TaskClient vambe = TaskClients.of(vambeClient);
 *     TaskClient agenttasks = TaskClients.fromEnv(Vendor.AGENTTASKS)) {
 *   ...
 * }
 * }</pre>
 */
public final class TaskClients {
  private TaskClients() {}

  /**
   * Amplemarket's tasks; the client's configured user id is the default for lists. Closing the
   * returned client leaves {@code client} open.
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient of(AmplemarketClient client) {
    return AmplemarketTaskClients.create(client, false);
  }

  /**
   * Amigo's tasks; the client's workspace id is used for every call. Closing the returned client
   * leaves {@code client} open.
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient of(AmigoClient client) {
    return AmigoTaskClients.create(client, false);
  }

  /**
   * AgentTasks' tasks; the client's team id is used for list and create. Closing the returned
   * client leaves {@code client} open.
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient of(AgentTasksClient client) {
    return AgentTasksTaskClients.create(client, false);
  }

  /**
   * Stuut's tasks. Closing the returned client leaves {@code client} open.
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient of(StuutClient client) {
    return StuutTaskClients.create(client, false);
  }

  /**
   * Vambe's tasks. Closing the returned client leaves {@code client} open.
   *
   * @throws NullPointerException naming {@code client} when it is null
   */
  public static TaskClient of(VambeClient client) {
    return VambeTaskClients.create(client, false);
  }

  /**
   * A client for {@code vendor} from the process environment, owned by the caller: its {@link
   * TaskClient#close()} closes the vendor client created here.
   *
   * @throws NullPointerException naming {@code vendor} when it is null
   * @throws IllegalStateException naming the missing variable, e.g. {@code VAMBE_API_KEY}
   */
  public static TaskClient fromEnv(Vendor vendor) {
    return fromEnv(vendor, System.getenv());
  }

  /**
   * A client for {@code vendor} from the given environment map, owned by the caller: its {@link
   * TaskClient#close()} closes the vendor client created here.
   *
   * @throws NullPointerException naming {@code vendor} or {@code env} when null
   * @throws IllegalStateException naming the missing variable, e.g. {@code VAMBE_API_KEY}
   */
  public static TaskClient fromEnv(Vendor vendor, Map<String, String> env) {
    return fromEnv(vendor, env, ClientOptions.builder().build());
  }

  /**
   * A client for {@code vendor} from the given environment map on top of {@code options} (a shared
   * {@code OkHttpClient}, timeouts, retries): the environment's key, base URL and vendor ids win
   * over the same settings in {@code options}. Owned by the caller like {@link #fromEnv(Vendor,
   * Map)}; an {@code OkHttpClient} in {@code options} is never shut down.
   *
   * <pre>{@code
   * TaskClient vambe =
   *     TaskClients.fromEnv(Vendor.VAMBE, System.getenv(),
   *         ClientOptions.builder().okHttpClient(shared).callTimeout(Duration.ofSeconds(30)).build());
   * }</pre>
   *
   * @throws NullPointerException naming {@code vendor}, {@code env} or {@code options} when null
   * @throws IllegalStateException naming the missing variable, e.g. {@code VAMBE_API_KEY}
   */
  public static TaskClient fromEnv(Vendor vendor, Map<String, String> env, ClientOptions options) {
    Require.nonNull(vendor, "vendor");
    Require.nonNull(env, "env");
    Require.nonNull(options, "options");
    switch (vendor) {
      case AMPLEMARKET:
        return AmplemarketTaskClients.create(
            AmplemarketClient.builder().options(options).fromEnv(env).build(), true);
      case AMIGO:
        return AmigoTaskClients.create(
            AmigoClient.builder().options(options).fromEnv(env).build(), true);
      case AGENTTASKS:
        return AgentTasksTaskClients.create(
            AgentTasksClient.builder().options(options).fromEnv(env).build(), true);
      case STUUT:
        return StuutTaskClients.create(
            StuutClient.builder().options(options).fromEnv(env).build(), true);
      case VAMBE:
        return VambeTaskClients.create(
            VambeClient.builder().options(options).fromEnv(env).build(), true);
      default:
        throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }

  /**
   * What {@code vendor} can do, without creating a client.
   *
   * @throws NullPointerException naming {@code vendor} when it is null
   */
  public static Capabilities capabilities(Vendor vendor) {
    Require.nonNull(vendor, "vendor");
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
}
