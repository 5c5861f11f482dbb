package dev.tasksdk.amigo;

import dev.tasksdk.amigo.generated.api.TasksApi;
import dev.tasksdk.amigo.generated.model.TaskListResponse;
import dev.tasksdk.amigo.generated.model.TaskStateResponse;
import dev.tasksdk.amigo.internal.AmigoProfile;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ClientBuilder;
import dev.tasksdk.core.spi.ClientRuntime;
import dev.tasksdk.core.spi.Redactor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import retrofit2.Call;

/**
 * The client of the task endpoints of Amigo's Platform API ({@code
 * https://api.platform.amigo.ai/v1/{workspace_id}/tasks}): read a task, list the tasks of a call.
 *
 * <pre>{@code
 * // AMIGO_API_KEY and AMIGO_WORKSPACE_ID, optional AMIGO_BASE_URL
 * try (AmigoClient amigo = AmigoClient.fromEnv()) {
 *   for (TaskStateResponse t : amigo.listTasksByCall("CA1234567890abcdef1234567890abcdef").getTasks()) {
 *     System.out.println(t.getSkill() + " " + t.getStatus());
 *   }
 *   TaskStateResponse one = amigo.getTask("task_8f14e45fceea167a");
 * }
 * }</pre>
 *
 * <p>Every call goes to the workspace given to {@link Builder#workspaceId(UUID)} (required). Each
 * operation comes in four forms: plain, with {@link RequestOptions} (timeout, retries, extra
 * headers for this request), asynchronous ({@code getTaskAsync}, a {@link CompletableFuture}
 * failing with the same exceptions) and, through {@link #withRawResponse()}, returning an {@link
 * ApiResponse} with status, headers (e.g. {@code X-RateLimit-Remaining}) and request id. Arguments
 * are checked before anything is sent; vendor errors are {@link dev.tasksdk.core.ServiceException}
 * subclasses by status with Amigo's {@code detail} in {@code detail()}, its {@code error_code} (or
 * a validation error's first {@code type}) in {@code errorCode()} and the {@code x-request-id}
 * header in {@code requestId()}; a 429 is a {@link dev.tasksdk.core.RateLimitedException} whose
 * {@code retryAfter()} reads {@code Retry-After}.
 *
 * <p>Both operations are GETs and are retried on connection failures and 408/429/502/503/504.
 * Thread-safe; share one instance.
 */
public final class AmigoClient implements AutoCloseable {
  /** The environment variable holding the API key (required by {@link #fromEnv()}). */
  public static final String ENV_API_KEY = "AMIGO_API_KEY";

  /** The environment variable holding the workspace id (required by {@link #fromEnv()}). */
  public static final String ENV_WORKSPACE_ID = "AMIGO_WORKSPACE_ID";

  /** The environment variable holding an alternative base URL (optional). */
  public static final String ENV_BASE_URL = "AMIGO_BASE_URL";

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "(?i)^(urn:uuid:)?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$");

  private final ClientRuntime runtime;
  private final TasksApi api;
  private final UUID workspaceId;
  private final WithRawResponse raw = new WithRawResponse();

  private AmigoClient(ClientOptions options, UUID workspaceId) {
    this.runtime = ClientRuntime.create(AmigoProfile.create(), options);
    this.api = runtime.service(TasksApi.class);
    this.workspaceId = workspaceId;
  }

  /**
   * Returns a builder; {@link Builder#apiKey(String)} and {@link Builder#workspaceId} are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a client from the environment: {@value #ENV_API_KEY} and {@value #ENV_WORKSPACE_ID}
   * (required), {@value #ENV_BASE_URL} (optional).
   *
   * @throws IllegalStateException naming the variable that is missing or blank
   * @throws IllegalArgumentException naming {@value #ENV_WORKSPACE_ID} when it is not a UUID
   */
  public static AmigoClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /** Creates a client from the given variables, as {@link #fromEnv()} does from the environment. */
  public static AmigoClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  // ---------------------------------------------------------------- getTask

  /**
   * Reads a task's state ({@code GET /v1/{workspace_id}/tasks/{task_id}}).
   *
   * @throws IllegalArgumentException naming {@code taskId} when blank
   * @throws dev.tasksdk.core.NotFoundException when the task does not exist or has expired
   */
  public TaskStateResponse getTask(String taskId) {
    return raw.getTask(taskId).body();
  }

  /** Reads a task's state with per-request options. */
  public TaskStateResponse getTask(String taskId, RequestOptions options) {
    return raw.getTask(taskId, options).body();
  }

  /** Reads a task's state asynchronously. */
  public CompletableFuture<TaskStateResponse> getTaskAsync(String taskId) {
    return getTaskAsync(taskId, RequestOptions.none());
  }

  /** Reads a task's state asynchronously, with per-request options. */
  public CompletableFuture<TaskStateResponse> getTaskAsync(String taskId, RequestOptions options) {
    return raw.getTaskAsync(taskId, options).thenApply(ApiResponse::body);
  }

  // ---------------------------------------------------------------- listTasksByCall

  /**
   * Lists every task of a call in the workspace ({@code GET
   * /v1/{workspace_id}/tasks/by-call/{call_sid}}); the list may be empty. Amigo does not page this
   * list.
   *
   * @param callSid the Twilio call SID, e.g. {@code CA1234567890abcdef1234567890abcdef}
   * @throws IllegalArgumentException naming {@code callSid} when blank
   */
  public TaskListResponse listTasksByCall(String callSid) {
    return raw.listTasksByCall(callSid).body();
  }

  /** Lists the tasks of a call with per-request options. */
  public TaskListResponse listTasksByCall(String callSid, RequestOptions options) {
    return raw.listTasksByCall(callSid, options).body();
  }

  /** Lists the tasks of a call asynchronously. */
  public CompletableFuture<TaskListResponse> listTasksByCallAsync(String callSid) {
    return listTasksByCallAsync(callSid, RequestOptions.none());
  }

  /** Lists the tasks of a call asynchronously, with per-request options. */
  public CompletableFuture<TaskListResponse> listTasksByCallAsync(
      String callSid, RequestOptions options) {
    return raw.listTasksByCallAsync(callSid, options).thenApply(ApiResponse::body);
  }

  /**
   * The tasks of a call through the core pager, for code written against {@link AutoPager}: Amigo
   * returns them all at once, so there is exactly one page and one request (made lazily, on the
   * first {@code hasNext()}).
   */
  public AutoPager<TaskStateResponse> listTasksByCallAutoPaging(String callSid) {
    return listTasksByCallAutoPaging(callSid, RequestOptions.none());
  }

  /** As {@link #listTasksByCallAutoPaging(String)}, with per-request options. */
  public AutoPager<TaskStateResponse> listTasksByCallAutoPaging(
      String callSid, RequestOptions options) {
    requireText("callSid", callSid);
    requireOptions(options);
    return AutoPager.of(
        token -> {
          TaskListResponse list = listTasksByCall(callSid, options);
          List<TaskStateResponse> tasks =
              list == null || list.getTasks() == null ? List.of() : list.getTasks();
          return Page.of(tasks, null, token);
        });
  }

  // ---------------------------------------------------------------- misc

  /**
   * The same operations returning {@link ApiResponse}: the body with the status code, the response
   * headers (credentials removed) and the request id.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /** The workspace every call goes to. */
  public UUID workspaceId() {
    return workspaceId;
  }

  /** The vendor, {@link Vendor#AMIGO}. */
  public Vendor vendor() {
    return Vendor.AMIGO;
  }

  /** The base URL requests go to, ending with {@code /}. */
  public String baseUrl() {
    return runtime.baseUrl().toString();
  }

  /** The options this client was built with (the key shows as {@code Secret[redacted]}). */
  public ClientOptions options() {
    return runtime.options();
  }

  /**
   * Releases the threads and connections of the HTTP client the SDK created; a shared client passed
   * to the builder is left alone.
   */
  @Override
  public void close() {
    runtime.close();
  }

  /** Vendor, base URL and workspace; never the key. */
  @Override
  public String toString() {
    return "AmigoClient[vendor=amigo, baseUrl="
        + Redactor.redactUrl(runtime.baseUrl())
        + ", workspaceId="
        + workspaceId
        + "]";
  }

  private Call<TaskStateResponse> getCall(String taskId, RequestOptions options) {
    requireText("taskId", taskId);
    return service(options).getTask(workspaceId, taskId);
  }

  private Call<TaskListResponse> listCall(String callSid, RequestOptions options) {
    requireText("callSid", callSid);
    return service(options).listTasksByCall(workspaceId, callSid);
  }

  private TasksApi service(RequestOptions options) {
    requireOptions(options);
    return options.isEmpty() ? api : runtime.service(TasksApi.class, options);
  }

  private static void requireOptions(RequestOptions options) {
    if (options == null) {
      throw new NullPointerException("options == null");
    }
  }

  private static void requireText(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + " == null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " is blank");
    }
  }

  /**
   * Parses a workspace id: a UUID with or without hyphens or a {@code urn:uuid:} prefix, as Amigo
   * accepts.
   *
   * @throws IllegalArgumentException naming {@code workspaceId} when it is not a UUID
   */
  static UUID parseWorkspaceId(String text) {
    if (text == null) {
      throw new NullPointerException("workspaceId == null");
    }
    String t = text.trim();
    if (!UUID_TEXT.matcher(t).matches()) {
      throw new IllegalArgumentException("workspaceId must be a UUID but was '" + text + "'");
    }
    String hex = t.replaceFirst("(?i)^urn:uuid:", "").replace("-", "");
    return UUID.fromString(
        hex.substring(0, 8)
            + "-"
            + hex.substring(8, 12)
            + "-"
            + hex.substring(12, 16)
            + "-"
            + hex.substring(16, 20)
            + "-"
            + hex.substring(20));
  }

  /**
   * {@link AmigoClient}'s operations returning {@link ApiResponse} (status, headers, request id and
   * body). Get it from {@link AmigoClient#withRawResponse()}.
   */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /** Reads a task's state; see {@link AmigoClient#getTask(String)}. */
    public ApiResponse<TaskStateResponse> getTask(String taskId) {
      return getTask(taskId, RequestOptions.none());
    }

    /** Reads a task's state with per-request options. */
    public ApiResponse<TaskStateResponse> getTask(String taskId, RequestOptions options) {
      return runtime.execute("getTask", getCall(taskId, options));
    }

    /** Reads a task's state asynchronously. */
    public CompletableFuture<ApiResponse<TaskStateResponse>> getTaskAsync(
        String taskId, RequestOptions options) {
      return runtime.executeAsync("getTask", getCall(taskId, options));
    }

    /** Lists the tasks of a call; see {@link AmigoClient#listTasksByCall(String)}. */
    public ApiResponse<TaskListResponse> listTasksByCall(String callSid) {
      return listTasksByCall(callSid, RequestOptions.none());
    }

    /** Lists the tasks of a call with per-request options. */
    public ApiResponse<TaskListResponse> listTasksByCall(String callSid, RequestOptions options) {
      return runtime.execute("listTasksByCall", listCall(callSid, options));
    }

    /** Lists the tasks of a call asynchronously. */
    public CompletableFuture<ApiResponse<TaskListResponse>> listTasksByCallAsync(
        String callSid, RequestOptions options) {
      return runtime.executeAsync("listTasksByCall", listCall(callSid, options));
    }
  }

  /**
   * Builds an {@link AmigoClient}. The common settings (key, base URL, timeouts, retries, headers,
   * shared client) come from {@link ClientBuilder}; the key is sent as {@code Authorization: Bearer
   * <key>} and the default base URL is {@code https://api.platform.amigo.ai/}. {@link
   * #options(ClientOptions)} replaces all common settings at once, so call it first.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private UUID workspaceId;

    private Builder() {
      super(Vendor.AMIGO, "export it with your Amigo API key");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the workspace every call goes to (required).
     *
     * @throws NullPointerException naming {@code workspaceId} when null
     */
    public Builder workspaceId(UUID workspaceId) {
      if (workspaceId == null) {
        throw new NullPointerException("workspaceId == null");
      }
      this.workspaceId = workspaceId;
      return this;
    }

    /**
     * Sets the workspace from its text form, e.g. {@code 3fa85f64-5717-4562-b3fc-2c963f66afa6}.
     *
     * @throws IllegalArgumentException naming {@code workspaceId} when it is not a UUID
     */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = parseWorkspaceId(workspaceId);
      return this;
    }

    /**
     * Reads {@value AmigoClient#ENV_WORKSPACE_ID} (required) for {@link #fromEnv(Map)}, which also
     * reads {@value AmigoClient#ENV_API_KEY} (required) and {@value AmigoClient#ENV_BASE_URL}.
     *
     * @throws IllegalStateException naming {@value AmigoClient#ENV_WORKSPACE_ID} when it is missing
     *     or blank
     * @throws IllegalArgumentException naming {@value AmigoClient#ENV_WORKSPACE_ID} when it is not
     *     a UUID
     */
    @Override
    protected void readVendorEnv(Map<String, String> env) {
      String workspace = envValue(env, ENV_WORKSPACE_ID);
      if (workspace == null) {
        throw new IllegalStateException(
            ENV_WORKSPACE_ID + " is not set: export it with your Amigo workspace id (a UUID)");
      }
      try {
        this.workspaceId = parseWorkspaceId(workspace);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            ENV_WORKSPACE_ID + " must be a UUID but was '" + env.get(ENV_WORKSPACE_ID) + "'", e);
      }
    }

    /**
     * Builds the client.
     *
     * @throws NullPointerException naming {@code workspaceId} when it was not set
     * @throws IllegalArgumentException when the API key is missing, or the options are invalid
     */
    public AmigoClient build() {
      if (workspaceId == null) {
        throw new NullPointerException(
            "workspaceId == null: set AmigoClient.builder().workspaceId(...) (or "
                + ENV_WORKSPACE_ID
                + " with fromEnv())");
      }
      return new AmigoClient(clientOptions(), workspaceId);
    }
  }
}
