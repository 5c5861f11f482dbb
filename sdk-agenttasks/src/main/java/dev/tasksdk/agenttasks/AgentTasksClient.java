package dev.tasksdk.agenttasks;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.tasksdk.agenttasks.generated.api.TasksApi;
import dev.tasksdk.agenttasks.generated.model.CompleteTaskRequest;
import dev.tasksdk.agenttasks.generated.model.CreateTaskRequest;
import dev.tasksdk.agenttasks.generated.model.MoveTaskRequest;
import dev.tasksdk.agenttasks.generated.model.Task;
import dev.tasksdk.agenttasks.internal.AgentTasksProfile;
import dev.tasksdk.agenttasks.internal.RawTasksApi;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ClientBuilder;
import dev.tasksdk.core.spi.ClientRuntime;
import dev.tasksdk.core.spi.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import retrofit2.Call;

/**
 * The AgentTasks Task API client: list, create, get, update, claim, complete and move the tasks of
 * a team.
 *
 * <p>Every operation comes as a blocking method named as the spec's operationId, an overload taking
 * {@link RequestOptions}, an {@code ...Async} twin returning a {@link CompletableFuture}, and a
 * variant on {@link #withRawResponse()} returning the {@link ApiResponse} with status, headers and
 * request id. Failures are the unchecked exceptions of {@code dev.tasksdk.core}: a {@link
 * dev.tasksdk.core.ServiceException} subclass per status with AgentTasks' {@code code} in {@code
 * errorCode()} (e.g. {@code TASK_ALREADY_CLAIMED}), {@link dev.tasksdk.core.ConnectionException}
 * for I/O; bad arguments throw {@link IllegalArgumentException} naming the field before any request
 * is sent (asynchronous methods too: they throw rather than return a failed future).
 *
 * <pre>{@code
 * try (AgentTasksClient client = AgentTasksClient.builder()
 *     .apiKey(System.getenv("AGENTTASKS_API_KEY"))
 *     .teamId("team_123")
 *     .build()) {
 *   for (Task t : client.listTasksAutoPaging(ListTasksParams.builder().status("todo").build())) {
 *     client.claimTask(t.getId());
 *     client.completeTask(t.getId(), "Done: " + t.getTitle());
 *   }
 * }
 * }</pre>
 *
 * <p>Retries: GET always; of the POST/PATCH operations only {@code moveTask} (absolute status) and
 * {@code updateTask} (absolute field values) are repeated after a failure. {@code claimTask} and
 * {@code completeTask} are not: repeated after an unseen success they answer 409 ({@code
 * TASK_ALREADY_CLAIMED}, {@code TASK_NOT_IN_PROGRESS}). {@code createTask} would create a second
 * task.
 *
 * <p>Paging: AgentTasks returns a bare array and takes a {@code cursor}; the docs do not say where
 * the next cursor comes from, so this client assumes [INF] it is the id of the last task of a full
 * page ({@code limit} items) and stops at the first shorter page.
 *
 * <p>Thread-safe; share one instance. {@link #toString()} never shows the API key.
 */
public final class AgentTasksClient implements AutoCloseable {
  /** The environment variable holding the API key (required by {@link #fromEnv()}). */
  public static final String ENV_API_KEY = "AGENTTASKS_API_KEY";

  /** The environment variable holding the base URL (optional). */
  public static final String ENV_BASE_URL = "AGENTTASKS_BASE_URL";

  /** The environment variable holding the team id (optional; needed to list and create). */
  public static final String ENV_TEAM_ID = "AGENTTASKS_TEAM_ID";

  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final Gson NULL_WRITING_GSON = new GsonBuilder().serializeNulls().create();

  private final ClientRuntime runtime;
  private final String teamId;
  private final WithRawResponse raw = new WithRawResponse();

  private AgentTasksClient(ClientRuntime runtime, String teamId) {
    this.runtime = runtime;
    this.teamId = teamId;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a client from the environment: {@value #ENV_API_KEY} (required), {@value #ENV_BASE_URL}
   * and {@value #ENV_TEAM_ID} (optional).
   *
   * @throws IllegalStateException naming {@value #ENV_API_KEY} when it is missing or blank
   */
  public static AgentTasksClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Creates a client from the given variables, as {@link #fromEnv()} does from the environment.
   *
   * @throws IllegalStateException naming {@value #ENV_API_KEY} when it is missing or blank
   */
  public static AgentTasksClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /** The team listed and created in, when configured. */
  public Optional<String> teamId() {
    return Optional.ofNullable(teamId);
  }

  /** The base URL in use, ending with {@code /}. */
  public String baseUrl() {
    return runtime.baseUrl().toString();
  }

  /** The vendor, {@link Vendor#AGENTTASKS}. */
  public Vendor vendor() {
    return Vendor.AGENTTASKS;
  }

  /** The same operations returning the {@link ApiResponse} (status, headers, request id, body). */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  // ---- listTasks ----------------------------------------------------------------------------

  /**
   * Lists one page of the team's tasks ({@code GET /api/teams/{teamId}/tasks}).
   *
   * @throws IllegalStateException when no team id is configured
   */
  public List<Task> listTasks(ListTasksParams params) {
    return listTasks(params, RequestOptions.none());
  }

  /** Lists one page of the team's tasks with per-request options. */
  public List<Task> listTasks(ListTasksParams params, RequestOptions options) {
    return raw.listTasks(params, options).body();
  }

  /** Lists one page of the team's tasks asynchronously. */
  public CompletableFuture<List<Task>> listTasksAsync(ListTasksParams params) {
    return listTasksAsync(params, RequestOptions.none());
  }

  /** Lists one page of the team's tasks asynchronously with per-request options. */
  public CompletableFuture<List<Task>> listTasksAsync(
      ListTasksParams params, RequestOptions options) {
    return runtime
        .executeAsync("listTasks", listCall(params, options))
        .thenApply(r -> r.body() == null ? List.of() : r.body());
  }

  /**
   * Fetches the page named by {@code token} (null: the first page, from {@code params.cursor()}):
   * its next token is the last task's id when the page is full.
   */
  public Page<Task> listTasksPage(ListTasksParams params, PageToken token) {
    return listTasksPage(params, token, RequestOptions.none());
  }

  /** Fetches one page as {@link #listTasksPage(ListTasksParams, PageToken)} with options. */
  public Page<Task> listTasksPage(ListTasksParams params, PageToken token, RequestOptions options) {
    ListTasksParams p = nonNull("params", params);
    ListTasksParams effective = token == null ? p : p.toBuilder().cursor(token.value()).build();
    List<Task> items = listTasks(effective, options);
    PageToken next = null;
    if (!items.isEmpty() && items.size() >= effective.effectiveLimit()) {
      Task last = items.get(items.size() - 1);
      if (last != null && last.getId() != null && !last.getId().isBlank()) {
        next = PageToken.of(last.getId());
      }
    }
    PageToken self = token != null ? token : p.cursor().map(PageToken::of).orElse(null);
    return Page.of(items, next, self);
  }

  /**
   * Iterates every task matching {@code params}, fetching pages lazily ({@code limit} per page). A
   * cursor that comes back twice stops the iteration with a {@link
   * dev.tasksdk.core.TaskSdkException} rather than looping.
   */
  public AutoPager<Task> listTasksAutoPaging(ListTasksParams params) {
    return listTasksAutoPaging(params, RequestOptions.none());
  }

  /** Iterates every task matching {@code params} with per-request options on every page. */
  public AutoPager<Task> listTasksAutoPaging(ListTasksParams params, RequestOptions options) {
    ListTasksParams p = nonNull("params", params);
    requireTeamId();
    return AutoPager.of(token -> listTasksPage(p, token, options));
  }

  // ---- createTask ---------------------------------------------------------------------------

  /**
   * Creates a task in the team ({@code POST /api/teams/{teamId}/tasks}).
   *
   * @throws IllegalArgumentException when {@code title} or {@code projectId} is missing or blank
   * @throws IllegalStateException when no team id is configured
   */
  public Task createTask(CreateTaskRequest request) {
    return createTask(request, RequestOptions.none());
  }

  /** Creates a task with per-request options. */
  public Task createTask(CreateTaskRequest request, RequestOptions options) {
    return raw.createTask(request, options).body();
  }

  /** Creates a task asynchronously. */
  public CompletableFuture<Task> createTaskAsync(CreateTaskRequest request) {
    return createTaskAsync(request, RequestOptions.none());
  }

  /** Creates a task asynchronously with per-request options. */
  public CompletableFuture<Task> createTaskAsync(
      CreateTaskRequest request, RequestOptions options) {
    return body(runtime.executeAsync("createTask", createCall(request, options)));
  }

  // ---- getTask ------------------------------------------------------------------------------

  /** Reads a task ({@code GET /api/tasks/{taskId}}). */
  public Task getTask(String taskId) {
    return getTask(taskId, RequestOptions.none());
  }

  /** Reads a task with per-request options. */
  public Task getTask(String taskId, RequestOptions options) {
    return raw.getTask(taskId, options).body();
  }

  /** Reads a task asynchronously. */
  public CompletableFuture<Task> getTaskAsync(String taskId) {
    return getTaskAsync(taskId, RequestOptions.none());
  }

  /** Reads a task asynchronously with per-request options. */
  public CompletableFuture<Task> getTaskAsync(String taskId, RequestOptions options) {
    String id = id(taskId);
    return body(runtime.executeAsync("getTask", tasks(options).getTask(id)));
  }

  // ---- updateTask ---------------------------------------------------------------------------

  /** Changes the given fields of a task ({@code PATCH /api/tasks/{taskId}}). */
  public Task updateTask(String taskId, UpdateTaskParams changes) {
    return updateTask(taskId, changes, RequestOptions.none());
  }

  /** Changes the given fields of a task with per-request options. */
  public Task updateTask(String taskId, UpdateTaskParams changes, RequestOptions options) {
    return raw.updateTask(taskId, changes, options).body();
  }

  /** Changes the given fields of a task asynchronously. */
  public CompletableFuture<Task> updateTaskAsync(String taskId, UpdateTaskParams changes) {
    return updateTaskAsync(taskId, changes, RequestOptions.none());
  }

  /** Changes the given fields of a task asynchronously with per-request options. */
  public CompletableFuture<Task> updateTaskAsync(
      String taskId, UpdateTaskParams changes, RequestOptions options) {
    return body(runtime.executeAsync("updateTask", updateCall(taskId, changes, options)));
  }

  // ---- claimTask ----------------------------------------------------------------------------

  /**
   * Claims a task for the calling agent ({@code POST /api/tasks/{taskId}/claim}): status {@code
   * in_progress}, assigned to the agent. A task already claimed or not in {@code todo} answers
   * {@link dev.tasksdk.core.ConflictException} with {@code TASK_ALREADY_CLAIMED} or {@code
   * TASK_NOT_CLAIMABLE}. Never retried automatically.
   */
  public Task claimTask(String taskId) {
    return claimTask(taskId, RequestOptions.none());
  }

  /** Claims a task with per-request options. */
  public Task claimTask(String taskId, RequestOptions options) {
    return raw.claimTask(taskId, options).body();
  }

  /** Claims a task asynchronously. */
  public CompletableFuture<Task> claimTaskAsync(String taskId) {
    return claimTaskAsync(taskId, RequestOptions.none());
  }

  /** Claims a task asynchronously with per-request options. */
  public CompletableFuture<Task> claimTaskAsync(String taskId, RequestOptions options) {
    String id = id(taskId);
    return body(runtime.executeAsync("claimTask", tasks(options).claimTask(id)));
  }

  // ---- completeTask -------------------------------------------------------------------------

  /**
   * Completes a task without a result ({@code POST /api/tasks/{taskId}/complete} with {@code {}}).
   */
  public Task completeTask(String taskId) {
    return completeTask(taskId, null, RequestOptions.none());
  }

  /**
   * Completes a task and stores the agent's result; a task not {@code in_progress} answers {@link
   * dev.tasksdk.core.ConflictException} {@code TASK_NOT_IN_PROGRESS}, a caller who is not the
   * assignee {@link dev.tasksdk.core.ForbiddenException} {@code NOT_ASSIGNED_AGENT}. Never retried
   * automatically.
   *
   * @param result the result text; null sends {@code {}}
   */
  public Task completeTask(String taskId, String result) {
    return completeTask(taskId, result, RequestOptions.none());
  }

  /** Completes a task with per-request options ({@code result} may be null). */
  public Task completeTask(String taskId, String result, RequestOptions options) {
    return raw.completeTask(taskId, result, options).body();
  }

  /** Completes a task asynchronously ({@code result} may be null). */
  public CompletableFuture<Task> completeTaskAsync(String taskId, String result) {
    return completeTaskAsync(taskId, result, RequestOptions.none());
  }

  /** Completes a task asynchronously with per-request options ({@code result} may be null). */
  public CompletableFuture<Task> completeTaskAsync(
      String taskId, String result, RequestOptions options) {
    String id = id(taskId);
    return body(
        runtime.executeAsync(
            "completeTask", tasks(options).completeTask(id, completeBody(result))));
  }

  // ---- moveTask -----------------------------------------------------------------------------

  /**
   * Moves a task to a status ({@code POST /api/tasks/{taskId}/move}): {@code todo}, {@code
   * in_progress}, {@code done} or {@code cancelled}. Safe to retry: the status is absolute.
   *
   * @throws IllegalArgumentException naming {@code status} when it is not one of those
   */
  public Task moveTask(String taskId, String status) {
    return moveTask(taskId, status, RequestOptions.none());
  }

  /** Moves a task with per-request options. */
  public Task moveTask(String taskId, String status, RequestOptions options) {
    return raw.moveTask(taskId, status, options).body();
  }

  /** Moves a task asynchronously. */
  public CompletableFuture<Task> moveTaskAsync(String taskId, String status) {
    return moveTaskAsync(taskId, status, RequestOptions.none());
  }

  /** Moves a task asynchronously with per-request options. */
  public CompletableFuture<Task> moveTaskAsync(
      String taskId, String status, RequestOptions options) {
    return body(runtime.executeAsync("moveTask", moveCall(taskId, status, options)));
  }

  /**
   * Releases the threads and connections the client created itself; a shared {@link OkHttpClient}
   * is left alone.
   */
  @Override
  public void close() {
    runtime.close();
  }

  /** Shows vendor, base URL and team, never the key. */
  @Override
  public String toString() {
    return "AgentTasksClient[agenttasks, "
        + Redactor.redactUrl(runtime.baseUrl())
        + (teamId == null ? "" : ", teamId=" + teamId)
        + "]";
  }

  // ---- request preparation -------------------------------------------------------------------

  private TasksApi tasks(RequestOptions options) {
    return runtime.service(TasksApi.class, options);
  }

  private Call<List<Task>> listCall(ListTasksParams params, RequestOptions options) {
    ListTasksParams p = nonNull("params", params);
    String team = requireTeamId();
    return tasks(options)
        .listTasks(
            team,
            p.status().orElse(null),
            p.projectId().orElse(null),
            p.agentId().orElse(null),
            p.limit().orElse(null),
            p.cursor().orElse(null));
  }

  private Call<Task> createCall(CreateTaskRequest request, RequestOptions options) {
    CreateTaskRequest r = nonNull("request", request);
    required("title", r.getTitle());
    required("projectId", r.getProjectId());
    if (r.getAssignedAgentId() != null && r.getAssignedAgentId().isBlank()) {
      throw new IllegalArgumentException("assignedAgentId is blank");
    }
    if (r.getPriority() == CreateTaskRequest.PriorityEnum.UNKNOWN_DEFAULT_OPEN_API) {
      throw new IllegalArgumentException("priority must be one of low, normal, high");
    }
    String team = requireTeamId();
    return tasks(options).createTask(team, r);
  }

  private Call<Task> updateCall(String taskId, UpdateTaskParams changes, RequestOptions options) {
    String id = id(taskId);
    UpdateTaskParams c = nonNull("changes", changes);
    byte[] json = NULL_WRITING_GSON.toJson(c.toJson()).getBytes(StandardCharsets.UTF_8);
    return runtime
        .service(RawTasksApi.class, options)
        .updateTask(id, RequestBody.create(json, JSON_TYPE));
  }

  private Call<Task> moveCall(String taskId, String status, RequestOptions options) {
    String id = id(taskId);
    if (status == null) {
      throw new NullPointerException("status == null");
    }
    if (!ListTasksParams.STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "status must be one of todo, in_progress, done, cancelled but was '" + status + "'");
    }
    return tasks(options)
        .moveTask(id, new MoveTaskRequest().status(MoveTaskRequest.StatusEnum.fromValue(status)));
  }

  private static CompleteTaskRequest completeBody(String result) {
    CompleteTaskRequest body = new CompleteTaskRequest();
    if (result != null) {
      body.setResult(result);
    }
    return body;
  }

  private String requireTeamId() {
    if (teamId == null) {
      throw new IllegalStateException(
          "teamId is not set: use AgentTasksClient.builder().teamId(...) or "
              + ENV_TEAM_ID
              + " to list or create tasks");
    }
    return teamId;
  }

  private static <T> CompletableFuture<T> body(CompletableFuture<ApiResponse<T>> f) {
    return f.thenApply(ApiResponse::body);
  }

  private static String id(String taskId) {
    if (taskId == null) {
      throw new NullPointerException("taskId == null");
    }
    if (taskId.isBlank()) {
      throw new IllegalArgumentException("taskId is blank");
    }
    return taskId;
  }

  private static void required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  private static <T> T nonNull(String field, T value) {
    if (value == null) {
      throw new NullPointerException(field + " == null");
    }
    return value;
  }

  /**
   * The client's operations returning the whole {@link ApiResponse}: status, redacted headers, the
   * request id (header {@code x-request-id}, when sent) and the parsed body.
   */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /** {@link AgentTasksClient#listTasks(ListTasksParams)} with the response; never a null body. */
    public ApiResponse<List<Task>> listTasks(ListTasksParams params) {
      return listTasks(params, RequestOptions.none());
    }

    /** {@link AgentTasksClient#listTasks(ListTasksParams, RequestOptions)} with the response. */
    public ApiResponse<List<Task>> listTasks(ListTasksParams params, RequestOptions options) {
      ApiResponse<List<Task>> r = runtime.execute("listTasks", listCall(params, options));
      return r.body() == null ? r.withBody(List.of()) : r;
    }

    /** {@link AgentTasksClient#createTask(CreateTaskRequest)} with the response. */
    public ApiResponse<Task> createTask(CreateTaskRequest request) {
      return createTask(request, RequestOptions.none());
    }

    /** {@link AgentTasksClient#createTask(CreateTaskRequest, RequestOptions)} with the response. */
    public ApiResponse<Task> createTask(CreateTaskRequest request, RequestOptions options) {
      return runtime.execute("createTask", createCall(request, options));
    }

    /** {@link AgentTasksClient#getTask(String)} with the response. */
    public ApiResponse<Task> getTask(String taskId) {
      return getTask(taskId, RequestOptions.none());
    }

    /** {@link AgentTasksClient#getTask(String, RequestOptions)} with the response. */
    public ApiResponse<Task> getTask(String taskId, RequestOptions options) {
      String id = id(taskId);
      return runtime.execute("getTask", tasks(options).getTask(id));
    }

    /** {@link AgentTasksClient#updateTask(String, UpdateTaskParams)} with the response. */
    public ApiResponse<Task> updateTask(String taskId, UpdateTaskParams changes) {
      return updateTask(taskId, changes, RequestOptions.none());
    }

    /**
     * {@link AgentTasksClient#updateTask(String, UpdateTaskParams, RequestOptions)} with the
     * response.
     */
    public ApiResponse<Task> updateTask(
        String taskId, UpdateTaskParams changes, RequestOptions options) {
      return runtime.execute("updateTask", updateCall(taskId, changes, options));
    }

    /** {@link AgentTasksClient#claimTask(String)} with the response. */
    public ApiResponse<Task> claimTask(String taskId) {
      return claimTask(taskId, RequestOptions.none());
    }

    /** {@link AgentTasksClient#claimTask(String, RequestOptions)} with the response. */
    public ApiResponse<Task> claimTask(String taskId, RequestOptions options) {
      String id = id(taskId);
      return runtime.execute("claimTask", tasks(options).claimTask(id));
    }

    /** {@link AgentTasksClient#completeTask(String, String)} with the response. */
    public ApiResponse<Task> completeTask(String taskId, String result) {
      return completeTask(taskId, result, RequestOptions.none());
    }

    /** {@link AgentTasksClient#completeTask(String, String, RequestOptions)} with the response. */
    public ApiResponse<Task> completeTask(String taskId, String result, RequestOptions options) {
      String id = id(taskId);
      return runtime.execute("completeTask", tasks(options).completeTask(id, completeBody(result)));
    }

    /** {@link AgentTasksClient#moveTask(String, String)} with the response. */
    public ApiResponse<Task> moveTask(String taskId, String status) {
      return moveTask(taskId, status, RequestOptions.none());
    }

    /** {@link AgentTasksClient#moveTask(String, String, RequestOptions)} with the response. */
    public ApiResponse<Task> moveTask(String taskId, String status, RequestOptions options) {
      return runtime.execute("moveTask", moveCall(taskId, status, options));
    }
  }

  /**
   * Builds an {@link AgentTasksClient}. The connection settings come from {@link ClientBuilder}:
   * the key (a Team API Key or an Agent Token) is sent as {@code Authorization: Bearer <key>} and
   * the default base URL is {@code https://app.agenttasks.net/}. Call {@link
   * #options(ClientOptions)} first if you use it: the other setters change the options it gave.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String teamId;

    private Builder() {
      super(Vendor.AGENTTASKS, "export your AgentTasks Team API Key or Agent Token");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Sets the team whose tasks are listed and created; null clears it. */
    public Builder teamId(String teamId) {
      if (teamId != null && teamId.isBlank()) {
        throw new IllegalArgumentException("teamId is blank");
      }
      this.teamId = teamId;
      return this;
    }

    /**
     * Reads {@value AgentTasksClient#ENV_TEAM_ID} (optional, blank means unset) for {@link
     * #fromEnv(Map)}, which also reads {@value AgentTasksClient#ENV_API_KEY} (required) and {@value
     * AgentTasksClient#ENV_BASE_URL} (optional).
     */
    @Override
    protected void readVendorEnv(Map<String, String> env) {
      String team = envValue(env, ENV_TEAM_ID);
      if (team != null) {
        teamId(team);
      }
    }

    /**
     * Builds the client.
     *
     * @throws IllegalArgumentException when the API key is missing or an option is invalid
     */
    public AgentTasksClient build() {
      ClientRuntime runtime = ClientRuntime.create(AgentTasksProfile.get(), clientOptions());
      return new AgentTasksClient(runtime, teamId);
    }
  }
}
