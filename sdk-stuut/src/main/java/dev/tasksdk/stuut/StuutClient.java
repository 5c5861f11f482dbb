package dev.tasksdk.stuut;

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
import dev.tasksdk.stuut.generated.api.TasksApi;
import dev.tasksdk.stuut.generated.model.SetAssigneeRequest;
import dev.tasksdk.stuut.generated.model.Task;
import dev.tasksdk.stuut.generated.model.TaskList;
import dev.tasksdk.stuut.internal.StuutProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import retrofit2.Call;

/**
 * The client of Stuut's Tasks API ({@code https://api.stuut.ai/v1}): list tasks, set a task's
 * assignee.
 *
 * <pre>{@code
 * try (StuutClient stuut = StuutClient.fromEnv()) {   // STUUT_API_KEY, optional STUUT_BASE_URL
 *   for (Task task : stuut.listTasksAutoPaging(ListTasksParams.builder().status("open").build())) {
 *     stuut.setTaskAssignee(task.getId(), "usr_abc123");
 *   }
 * }
 * }</pre>
 *
 * <p>Every operation comes in four forms: plain ({@code listTasks(params)}), with {@link
 * RequestOptions} (timeout, retries, extra headers for this request), asynchronous ({@code
 * listTasksAsync}, a {@link CompletableFuture} failing with the same exceptions) and, through
 * {@link #withRawResponse()}, returning an {@link ApiResponse} with status, headers and request id.
 * Arguments are checked before anything is sent ({@link IllegalArgumentException} or {@link
 * NullPointerException} naming the field, thrown directly by the async forms too); vendor errors
 * are {@link dev.tasksdk.core.ServiceException} subclasses by status, with Stuut's error body
 * parsed into {@code errorCode()} / {@code detail()} where it has one.
 *
 * <p>Retries: GETs, and {@code setTaskAssignee} because it sets an absolute assignee (repeating it
 * leaves the task as one call would), are retried on connection failures and 408/429/502/503/504.
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases the connections of a client the SDK
 * created itself, never those of an {@link OkHttpClient} passed to {@link
 * Builder#httpClient(OkHttpClient)}.
 */
public final class StuutClient implements AutoCloseable {
  /** The environment variable holding the API key (required by {@link #fromEnv()}). */
  public static final String ENV_API_KEY = "STUUT_API_KEY";

  /** The environment variable holding an alternative base URL (optional). */
  public static final String ENV_BASE_URL = "STUUT_BASE_URL";

  private final ClientRuntime runtime;
  private final TasksApi api;
  private final WithRawResponse raw = new WithRawResponse();

  private StuutClient(ClientOptions options) {
    this.runtime = ClientRuntime.create(StuutProfile.create(), options);
    this.api = runtime.service(TasksApi.class);
  }

  /** Returns a builder; {@link Builder#apiKey(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a client from the environment: {@value #ENV_API_KEY} (required) and {@value
   * #ENV_BASE_URL} (optional).
   *
   * @throws IllegalStateException naming {@value #ENV_API_KEY} when it is missing or blank
   */
  public static StuutClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Creates a client from the given variables, as {@link #fromEnv()} does from the environment.
   *
   * @throws IllegalStateException naming {@value #ENV_API_KEY} when it is missing or blank
   */
  public static StuutClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  // ---------------------------------------------------------------- listTasks

  /** Lists the first page of tasks with Stuut's defaults. */
  public TaskList listTasks() {
    return listTasks(ListTasksParams.none());
  }

  /**
   * Lists one page of tasks ({@code GET /v1/tasks}).
   *
   * @throws NullPointerException naming {@code params} when null
   * @throws dev.tasksdk.core.ServiceException for an error status (e.g. {@link
   *     dev.tasksdk.core.UnauthorizedException} for 401)
   */
  public TaskList listTasks(ListTasksParams params) {
    return raw.listTasks(params).body();
  }

  /** Lists one page of tasks with per-request options. */
  public TaskList listTasks(ListTasksParams params, RequestOptions options) {
    return raw.listTasks(params, options).body();
  }

  /** Lists one page of tasks asynchronously. */
  public CompletableFuture<TaskList> listTasksAsync(ListTasksParams params) {
    return listTasksAsync(params, RequestOptions.none());
  }

  /** Lists one page of tasks asynchronously, with per-request options. */
  public CompletableFuture<TaskList> listTasksAsync(
      ListTasksParams params, RequestOptions options) {
    return runtime
        .executeAsync("listTasks", listCall(params, options))
        .thenApply(ApiResponse::body);
  }

  /**
   * Fetches the page named by {@code token} as a core {@link Page}: {@code token} is the page
   * number as text (null: the page of {@code params}, 0 by default); the next token is Stuut's
   * {@code next_page}, absent on the last page.
   *
   * @throws IllegalArgumentException naming {@code pageToken} when it is not a page number >= 0
   */
  public Page<Task> listTasksPage(ListTasksParams params, PageToken token) {
    return listTasksPage(params, token, RequestOptions.none());
  }

  /** As {@link #listTasksPage(ListTasksParams, PageToken)}, with per-request options. */
  public Page<Task> listTasksPage(ListTasksParams params, PageToken token, RequestOptions options) {
    requireParams(params);
    ListTasksParams effective =
        token == null ? params : params.toBuilder().page(pageNumber(token)).build();
    TaskList list = listTasks(effective, options);
    List<Task> items = list == null || list.getData() == null ? List.of() : list.getData();
    Integer next = list == null ? null : list.getNextPage();
    return Page.of(items, next == null ? null : PageToken.of(String.valueOf(next)), token);
  }

  /**
   * Iterates every task matching {@code params}, fetching pages lazily from {@code params.page()}
   * (0 by default) and following {@code next_page} until it is null.
   *
   * <p>If a page fails, the iterator throws {@link dev.tasksdk.core.PageFailedException}; {@link
   * #listTasksAutoPaging(ListTasksParams, PageToken)} with its {@code resumeToken()} continues with
   * exactly the tasks not yet delivered. A {@code next_page} that comes back a second time stops
   * the iteration with a {@link dev.tasksdk.core.TaskSdkException} rather than looping.
   */
  public AutoPager<Task> listTasksAutoPaging(ListTasksParams params) {
    return listTasksAutoPaging(params, null);
  }

  /**
   * Iterates every task matching {@code params} starting at the page named by {@code resumeFrom}
   * (null: from the start), e.g. the {@code resumeToken()} of a {@link
   * dev.tasksdk.core.PageFailedException}.
   */
  public AutoPager<Task> listTasksAutoPaging(ListTasksParams params, PageToken resumeFrom) {
    requireParams(params);
    if (resumeFrom != null) {
      pageNumber(resumeFrom);
    }
    return AutoPager.of(token -> listTasksPage(params, token), resumeFrom);
  }

  // ---------------------------------------------------------------- setTaskAssignee

  /**
   * Assigns a task to a user ({@code POST /v1/tasks/{task_id}/set-assignee}) and returns the task.
   *
   * @param taskId the task's id
   * @param assignee the user id, e.g. {@code usr_abc123}
   * @throws IllegalArgumentException naming {@code taskId} or {@code assignee} when blank
   * @throws dev.tasksdk.core.NotFoundException when Stuut does not know the task
   */
  public Task setTaskAssignee(String taskId, String assignee) {
    return raw.setTaskAssignee(taskId, assignee).body();
  }

  /** Assigns a task to a user, with per-request options. */
  public Task setTaskAssignee(String taskId, String assignee, RequestOptions options) {
    return raw.setTaskAssignee(taskId, assignee, options).body();
  }

  /** Assigns a task to a user asynchronously. */
  public CompletableFuture<Task> setTaskAssigneeAsync(String taskId, String assignee) {
    return setTaskAssigneeAsync(taskId, assignee, RequestOptions.none());
  }

  /** Assigns a task to a user asynchronously, with per-request options. */
  public CompletableFuture<Task> setTaskAssigneeAsync(
      String taskId, String assignee, RequestOptions options) {
    return runtime
        .executeAsync("setTaskAssignee", assignCall(taskId, assignee, options))
        .thenApply(ApiResponse::body);
  }

  // ---------------------------------------------------------------- misc

  /**
   * The same operations returning {@link ApiResponse}: the body with the status code, the response
   * headers (credentials removed) and the request id.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /** The vendor, {@link Vendor#STUUT}. */
  public Vendor vendor() {
    return Vendor.STUUT;
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

  /** Vendor and base URL; never the key. */
  @Override
  public String toString() {
    return "StuutClient[vendor=stuut, baseUrl=" + Redactor.redactUrl(runtime.baseUrl()) + "]";
  }

  private Call<TaskList> listCall(ListTasksParams params, RequestOptions options) {
    requireParams(params);
    return service(options)
        .listTasks(
            params.page().orElse(null),
            params.limit().orElse(null),
            params.sortOrder().map(ListTasksParams.SortOrder::value).orElse(null),
            params.sortBy().map(ListTasksParams.SortBy::value).orElse(null),
            params.statusesOrNull(),
            params.type().orElse(null),
            params.classificationsOrNull(),
            params.partnerId().orElse(null),
            params.assignee().orElse(null),
            params.automated().orElse(null));
  }

  private Call<Task> assignCall(String taskId, String assignee, RequestOptions options) {
    requireText("taskId", taskId);
    requireText("assignee", assignee);
    return service(options).setTaskAssignee(taskId, new SetAssigneeRequest().assignee(assignee));
  }

  private TasksApi service(RequestOptions options) {
    if (options == null) {
      throw new NullPointerException("options == null");
    }
    return options.isEmpty() ? api : runtime.service(TasksApi.class, options);
  }

  private static void requireParams(ListTasksParams params) {
    if (params == null) {
      throw new NullPointerException("params == null");
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

  private static int pageNumber(PageToken token) {
    try {
      int page = Integer.parseInt(token.value());
      if (page >= 0) {
        return page;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "pageToken must be a Stuut page number >= 0 but was '" + token.value() + "'");
  }

  /**
   * {@link StuutClient}'s operations returning {@link ApiResponse} (status, headers, request id and
   * body). Get it from {@link StuutClient#withRawResponse()}.
   */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /** Lists one page of tasks; see {@link StuutClient#listTasks(ListTasksParams)}. */
    public ApiResponse<TaskList> listTasks(ListTasksParams params) {
      return listTasks(params, RequestOptions.none());
    }

    /** Lists one page of tasks with per-request options. */
    public ApiResponse<TaskList> listTasks(ListTasksParams params, RequestOptions options) {
      return runtime.execute("listTasks", listCall(params, options));
    }

    /** Lists one page of tasks asynchronously. */
    public CompletableFuture<ApiResponse<TaskList>> listTasksAsync(
        ListTasksParams params, RequestOptions options) {
      return runtime.executeAsync("listTasks", listCall(params, options));
    }

    /** Sets a task's assignee; see {@link StuutClient#setTaskAssignee(String, String)}. */
    public ApiResponse<Task> setTaskAssignee(String taskId, String assignee) {
      return setTaskAssignee(taskId, assignee, RequestOptions.none());
    }

    /** Sets a task's assignee with per-request options. */
    public ApiResponse<Task> setTaskAssignee(
        String taskId, String assignee, RequestOptions options) {
      return runtime.execute("setTaskAssignee", assignCall(taskId, assignee, options));
    }

    /** Sets a task's assignee asynchronously. */
    public CompletableFuture<ApiResponse<Task>> setTaskAssigneeAsync(
        String taskId, String assignee, RequestOptions options) {
      return runtime.executeAsync("setTaskAssignee", assignCall(taskId, assignee, options));
    }
  }

  /**
   * Builds a {@link StuutClient}. Every setting comes from {@link ClientBuilder}: the key is sent
   * as {@code Authorization: Bearer <key>}, the default base URL is {@code https://api.stuut.ai/}
   * and {@link #fromEnv(Map)} reads {@value StuutClient#ENV_API_KEY} (required) and {@value
   * StuutClient#ENV_BASE_URL} (optional). {@link #options(ClientOptions)} replaces all of them at
   * once, so call it first.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super(Vendor.STUUT, "export it with your Stuut API key");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalArgumentException when the API key is missing, or the options are invalid
     */
    public StuutClient build() {
      return new StuutClient(clientOptions());
    }
  }
}
