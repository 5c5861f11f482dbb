package dev.tasksdk.amplemarket;

import dev.tasksdk.amplemarket.generated.api.TasksApi;
import dev.tasksdk.amplemarket.generated.model.CompleteTaskRequest;
import dev.tasksdk.amplemarket.generated.model.Task;
import dev.tasksdk.amplemarket.generated.model.TaskList;
import dev.tasksdk.amplemarket.generated.model.TaskStatusList;
import dev.tasksdk.amplemarket.generated.model.TaskTypeList;
import dev.tasksdk.amplemarket.internal.AmplemarketProfile;
import dev.tasksdk.amplemarket.internal.NextLinks;
import dev.tasksdk.amplemarket.internal.NextPageApi;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ClientBuilder;
import dev.tasksdk.core.spi.ClientRuntime;
import dev.tasksdk.core.spi.Redactor;
import dev.tasksdk.core.spi.RuntimeHooks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import retrofit2.Call;

/**
 * The Amplemarket Task API: list a user's tasks (page by page or all of them), skip and complete
 * tasks, and read the task statuses and types.
 *
 * <pre>{@code
 * AmplemarketClient client = AmplemarketClient.builder()
 *     .apiKey(System.getenv("AMPLEMARKET_API_KEY"))
 *     .userId("0198f652-bc9b-79c2-8b91-60e1bd43e45d") // default user for listTasks
 *     .build();
 * for (Task task : client.listTasksAutoPaging(
 *     ListTasksParams.builder().status("scheduled").type("phone_call").build())) {
 *   client.completeTask(task.getId());
 * }
 * }</pre>
 *
 * <p>Every operation has an overload taking {@link RequestOptions} (timeout, retries, extra
 * headers), an {@code ...Async} twin returning a {@link CompletableFuture}, and a variant on {@link
 * #withRawResponse()} returning the {@link ApiResponse} with status, headers and request id.
 * Invalid arguments throw {@link IllegalArgumentException} or {@link NullPointerException} naming
 * the field before any request, also from the async methods. Vendor errors throw the {@link
 * dev.tasksdk.core.ServiceException} subclasses with the vendor's {@code _errors[0].code} as {@code
 * errorCode()}; I/O failures throw {@link dev.tasksdk.core.ConnectionException}.
 *
 * <p>Paging: {@code GET /tasks} returns a relative {@code _links.next.href}; the {@link PageToken}
 * of the next page is that href, and the next request goes to exactly that path and query appended
 * to the base URL (so the vendor's cursor and the original filters travel in the link). An href
 * that comes back a second time stops the {@link AutoPager} with an error instead of looping.
 *
 * <p>Retries: GETs, and also {@code completeTask} (the vendor documents that completing a completed
 * task returns 200) and {@code skipTask} (the same absolute state change [INF]), are retried on
 * connection failures and 408/429/502/503/504 within the retry budget.
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases threads and connections unless the
 * caller supplied the {@link OkHttpClient}. {@link #toString()} never shows the API key.
 */
public final class AmplemarketClient implements AutoCloseable {
  /** The environment variable holding the API key (required by {@link #fromEnv()}). */
  public static final String ENV_API_KEY = "AMPLEMARKET_API_KEY";

  /** The environment variable holding a base URL other than production (optional). */
  public static final String ENV_BASE_URL = "AMPLEMARKET_BASE_URL";

  /** The environment variable holding the default user id for listing (optional). */
  public static final String ENV_USER_ID = "AMPLEMARKET_USER_ID";

  private final ClientRuntime runtime;
  private final String userId;
  private final WithRawResponse raw;

  private AmplemarketClient(ClientRuntime runtime, String userId) {
    this.runtime = runtime;
    this.userId = userId;
    this.raw = new WithRawResponse(this);
  }

  /** Returns a builder; {@code apiKey} is required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a client from the process environment: {@value #ENV_API_KEY} (required), {@value
   * #ENV_BASE_URL} and {@value #ENV_USER_ID} (optional).
   *
   * @throws IllegalStateException naming {@value #ENV_API_KEY} when it is missing or blank
   */
  public static AmplemarketClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Creates a client from {@code env} as {@link #fromEnv()} does from the process environment.
   *
   * @throws IllegalStateException naming {@value #ENV_API_KEY} when it is missing or blank
   */
  public static AmplemarketClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /** The default user id that {@code listTasks} uses when the parameters name none. */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** The base URL in use, ending with {@code /}. */
  public String baseUrl() {
    return runtime.baseUrl().toString();
  }

  /** The vendor, {@link Vendor#AMPLEMARKET}. */
  public Vendor vendor() {
    return Vendor.AMPLEMARKET;
  }

  /** The same operations returning {@link ApiResponse} (status, headers, request id and body). */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  // ---- listTasks ----------------------------------------------------------------------------

  /**
   * Lists one page of tasks ({@code GET /tasks}).
   *
   * @param params the filters; the client's default user is used when they name none
   * @throws IllegalArgumentException when neither {@code params} nor the client name a user
   */
  public TaskList listTasks(ListTasksParams params) {
    return listTasks(params, RequestOptions.none());
  }

  /** Lists one page of tasks with per-request options (see {@link #listTasks(ListTasksParams)}). */
  public TaskList listTasks(ListTasksParams params, RequestOptions options) {
    return raw.listTasks(params, options).body();
  }

  /** Lists one page of tasks asynchronously (see {@link #listTasks(ListTasksParams)}). */
  public CompletableFuture<TaskList> listTasksAsync(ListTasksParams params) {
    return listTasksAsync(params, RequestOptions.none());
  }

  /** Lists one page of tasks asynchronously with per-request options. */
  public CompletableFuture<TaskList> listTasksAsync(
      ListTasksParams params, RequestOptions options) {
    return bodyOf(runtime.executeAsync("listTasks", listCall(params, options)));
  }

  /**
   * Fetches one page for an {@link AutoPager}: the first page from {@code params} when {@code
   * token} is null, otherwise the page the token (a {@code _links.next.href}) names; the token
   * carries the cursor and filters, so {@code params} are then not used.
   *
   * @return the page's tasks, the next page's token (empty on the last page) and {@code token}
   */
  public Page<Task> listTasksPage(ListTasksParams params, PageToken token) {
    return listTasksPage(params, token, RequestOptions.none());
  }

  /** Fetches one page with per-request options (see {@link #listTasksPage}). */
  public Page<Task> listTasksPage(ListTasksParams params, PageToken token, RequestOptions options) {
    Call<TaskList> call;
    if (token == null) {
      call = listCall(params, options);
    } else {
      checkOptions(options);
      call =
          runtime
              .service(NextPageApi.class, options)
              .listTasks(NextLinks.resolve(runtime.baseUrl(), token.value()));
    }
    ApiResponse<TaskList> response = runtime.execute("listTasks", call);
    TaskList page = response.body();
    if (page == null) {
      // a page of JSON null is not an empty page: reading it as one would end the listing silently
      throw new InvalidResponseException(
          Vendor.AMPLEMARKET, "listTasks", response.statusCode(), null, "null", null);
    }
    List<Task> tasks = page.getTasks() == null ? List.of() : page.getTasks();
    String next = NextLinks.nextHref(page);
    return Page.of(
        tasks.stream().filter(t -> t != null).toList(),
        next == null ? null : PageToken.of(next),
        token);
  }

  /**
   * Iterates every task of the listing lazily, following {@code _links.next.href} from page to
   * page.
   */
  public AutoPager<Task> listTasksAutoPaging(ListTasksParams params) {
    return listTasksAutoPaging(params, null, RequestOptions.none());
  }

  /** Iterates every task with per-request options applied to each page's request. */
  public AutoPager<Task> listTasksAutoPaging(ListTasksParams params, RequestOptions options) {
    return listTasksAutoPaging(params, null, options);
  }

  /**
   * Iterates the tasks from the page named by {@code resumeFrom} (e.g. a {@link
   * dev.tasksdk.core.PageFailedException#resumeToken()}); null starts at the first page.
   */
  public AutoPager<Task> listTasksAutoPaging(
      ListTasksParams params, PageToken resumeFrom, RequestOptions options) {
    checkParams(params);
    checkOptions(options);
    if (resumeFrom == null) {
      resolveUserId(params);
    }
    return AutoPager.of(token -> listTasksPage(params, token, options), resumeFrom);
  }

  // ---- listTaskStatuses / listTaskTypes -----------------------------------------------------

  /** Lists the task status names ({@code GET /tasks/statuses}). */
  public TaskStatusList listTaskStatuses() {
    return listTaskStatuses(RequestOptions.none());
  }

  /** Lists the task status names with per-request options. */
  public TaskStatusList listTaskStatuses(RequestOptions options) {
    return raw.listTaskStatuses(options).body();
  }

  /** Lists the task status names asynchronously. */
  public CompletableFuture<TaskStatusList> listTaskStatusesAsync() {
    return listTaskStatusesAsync(RequestOptions.none());
  }

  /** Lists the task status names asynchronously with per-request options. */
  public CompletableFuture<TaskStatusList> listTaskStatusesAsync(RequestOptions options) {
    checkOptions(options);
    return bodyOf(runtime.executeAsync("listTaskStatuses", api(options).listTaskStatuses()));
  }

  /** Lists the task type names ({@code GET /tasks/types}). */
  public TaskTypeList listTaskTypes() {
    return listTaskTypes(RequestOptions.none());
  }

  /** Lists the task type names with per-request options. */
  public TaskTypeList listTaskTypes(RequestOptions options) {
    return raw.listTaskTypes(options).body();
  }

  /** Lists the task type names asynchronously. */
  public CompletableFuture<TaskTypeList> listTaskTypesAsync() {
    return listTaskTypesAsync(RequestOptions.none());
  }

  /** Lists the task type names asynchronously with per-request options. */
  public CompletableFuture<TaskTypeList> listTaskTypesAsync(RequestOptions options) {
    checkOptions(options);
    return bodyOf(runtime.executeAsync("listTaskTypes", api(options).listTaskTypes()));
  }

  // ---- skipTask -----------------------------------------------------------------------------

  /**
   * Skips a task ({@code POST /tasks/{id}/skip} with body {@code {}}); the vendor's success body is
   * undocumented and ignored.
   *
   * @throws IllegalArgumentException when {@code taskId} is blank or holds a {@code /}
   */
  public void skipTask(String taskId) {
    skipTask(taskId, RequestOptions.none());
  }

  /** Skips a task with per-request options. */
  public void skipTask(String taskId, RequestOptions options) {
    raw.skipTask(taskId, options);
  }

  /** Skips a task asynchronously. */
  public CompletableFuture<Void> skipTaskAsync(String taskId) {
    return skipTaskAsync(taskId, RequestOptions.none());
  }

  /** Skips a task asynchronously with per-request options. */
  public CompletableFuture<Void> skipTaskAsync(String taskId, RequestOptions options) {
    return bodyOf(runtime.executeAsync("skipTask", skipCall(taskId, options)));
  }

  // ---- completeTask -------------------------------------------------------------------------

  /**
   * Completes a task ({@code POST /tasks/{id}/complete} with body {@code {}}). Only scheduled,
   * manual tasks can be completed (else 422 {@code unsupported_value}); completing a completed task
   * succeeds.
   *
   * @throws IllegalArgumentException when {@code taskId} is blank or holds a {@code /}
   */
  public void completeTask(String taskId) {
    completeTask(taskId, null, RequestOptions.none());
  }

  /**
   * Completes a task with a body, e.g. {@code new CompleteTaskRequest().setLeadToCompleted(true)};
   * null sends {@code {}}.
   */
  public void completeTask(String taskId, CompleteTaskRequest request) {
    completeTask(taskId, request, RequestOptions.none());
  }

  /** Completes a task with a body (null sends {@code {}}) and per-request options. */
  public void completeTask(String taskId, CompleteTaskRequest request, RequestOptions options) {
    raw.completeTask(taskId, request, options);
  }

  /** Completes a task asynchronously. */
  public CompletableFuture<Void> completeTaskAsync(String taskId) {
    return completeTaskAsync(taskId, null, RequestOptions.none());
  }

  /** Completes a task asynchronously with a body (null sends {@code {}}). */
  public CompletableFuture<Void> completeTaskAsync(String taskId, CompleteTaskRequest request) {
    return completeTaskAsync(taskId, request, RequestOptions.none());
  }

  /** Completes a task asynchronously with a body (null sends {@code {}}) and options. */
  public CompletableFuture<Void> completeTaskAsync(
      String taskId, CompleteTaskRequest request, RequestOptions options) {
    return bodyOf(runtime.executeAsync("completeTask", completeCall(taskId, request, options)));
  }

  /**
   * Releases the threads and connections of the HTTP client the SDK created; a caller's shared
   * {@link OkHttpClient} is left alone.
   */
  @Override
  public void close() {
    runtime.close();
  }

  /** Shows the vendor, base URL and default user; never the API key. */
  @Override
  public String toString() {
    return "AmplemarketClient[amplemarket, "
        + Redactor.redactUrl(runtime.baseUrl())
        + (userId == null ? "" : ", userId=" + userId)
        + "]";
  }

  // ---- internals ----------------------------------------------------------------------------

  private TasksApi api(RequestOptions options) {
    return runtime.service(TasksApi.class, options);
  }

  private Call<TaskList> listCall(ListTasksParams p, RequestOptions options) {
    checkParams(p);
    checkOptions(options);
    String user = resolveUserId(p);
    return api(options)
        .listTasks(
            user,
            p.pageSize().map(String::valueOf).orElse(null),
            p.pageAfter().orElse(null),
            p.pageBefore().orElse(null),
            p.automatic().orElse(null),
            p.type().orElse(null),
            p.status().orElse(null),
            p.contactLocalTimeFrom().orElse(null),
            p.contactLocalTimeTo().orElse(null),
            p.messageOpens().orElse(null),
            p.keyword().orElse(null),
            p.sequenceKey().orElse(null));
  }

  private Call<Void> skipCall(String taskId, RequestOptions options) {
    checkTaskId(taskId);
    checkOptions(options);
    // The vendor's integrations send an empty JSON object; the spec's body type is a free Object.
    return api(options).skipTask(taskId, Map.of());
  }

  private Call<Void> completeCall(
      String taskId, CompleteTaskRequest request, RequestOptions options) {
    checkTaskId(taskId);
    checkOptions(options);
    return api(options).completeTask(taskId, request == null ? new CompleteTaskRequest() : request);
  }

  private String resolveUserId(ListTasksParams p) {
    String user = p.userId().orElse(userId);
    if (user == null) {
      throw new IllegalArgumentException(
          "userId is required to list Amplemarket tasks: set ListTasksParams.userId(...) or"
              + " AmplemarketClient.builder().userId(...) (or "
              + ENV_USER_ID
              + ")");
    }
    return user;
  }

  private static void checkParams(ListTasksParams params) {
    if (params == null) {
      throw new NullPointerException("params == null");
    }
  }

  private static void checkOptions(RequestOptions options) {
    if (options == null) {
      throw new NullPointerException("options == null");
    }
  }

  private static void checkTaskId(String taskId) {
    if (taskId == null) {
      throw new NullPointerException("taskId == null");
    }
    if (taskId.isBlank()) {
      throw new IllegalArgumentException("taskId is blank");
    }
    // Retrofit does not encode '/' in a path parameter: refuse rather than call another path.
    if (taskId.indexOf('/') >= 0 || taskId.equals(".") || taskId.equals("..")) {
      throw new IllegalArgumentException("taskId must not contain '/' or be '.' or '..'");
    }
  }

  private static <T> CompletableFuture<T> bodyOf(CompletableFuture<ApiResponse<T>> response) {
    CompletableFuture<T> body = response.thenApply(ApiResponse::body);
    body.whenComplete(
        (r, t) -> {
          if (body.isCancelled()) {
            response.cancel(true);
          }
        });
    return body;
  }

  /**
   * The operations of {@link AmplemarketClient} returning {@link ApiResponse}: status code,
   * redacted headers, the vendor's request id and the decoded body.
   *
   * <pre>{@code
   * ApiResponse<TaskList> page = client.withRawResponse().listTasks(params);
   * page.headers().get("X-RateLimit-Remaining");
   * }</pre>
   */
  public static final class WithRawResponse {
    private final AmplemarketClient client;

    private WithRawResponse(AmplemarketClient client) {
      this.client = client;
    }

    /** {@link AmplemarketClient#listTasks(ListTasksParams)} with the response's metadata. */
    public ApiResponse<TaskList> listTasks(ListTasksParams params) {
      return listTasks(params, RequestOptions.none());
    }

    /** {@link AmplemarketClient#listTasks(ListTasksParams, RequestOptions)} with metadata. */
    public ApiResponse<TaskList> listTasks(ListTasksParams params, RequestOptions options) {
      return client.runtime.execute("listTasks", client.listCall(params, options));
    }

    /** {@link AmplemarketClient#listTaskStatuses()} with the response's metadata. */
    public ApiResponse<TaskStatusList> listTaskStatuses() {
      return listTaskStatuses(RequestOptions.none());
    }

    /** {@link AmplemarketClient#listTaskStatuses(RequestOptions)} with metadata. */
    public ApiResponse<TaskStatusList> listTaskStatuses(RequestOptions options) {
      checkOptions(options);
      return client.runtime.execute("listTaskStatuses", client.api(options).listTaskStatuses());
    }

    /** {@link AmplemarketClient#listTaskTypes()} with the response's metadata. */
    public ApiResponse<TaskTypeList> listTaskTypes() {
      return listTaskTypes(RequestOptions.none());
    }

    /** {@link AmplemarketClient#listTaskTypes(RequestOptions)} with metadata. */
    public ApiResponse<TaskTypeList> listTaskTypes(RequestOptions options) {
      checkOptions(options);
      return client.runtime.execute("listTaskTypes", client.api(options).listTaskTypes());
    }

    /** {@link AmplemarketClient#skipTask(String)} with the response's metadata (body null). */
    public ApiResponse<Void> skipTask(String taskId) {
      return skipTask(taskId, RequestOptions.none());
    }

    /** {@link AmplemarketClient#skipTask(String, RequestOptions)} with metadata (body null). */
    public ApiResponse<Void> skipTask(String taskId, RequestOptions options) {
      return client.runtime.execute("skipTask", client.skipCall(taskId, options));
    }

    /** {@link AmplemarketClient#completeTask(String)} with the response's metadata (body null). */
    public ApiResponse<Void> completeTask(String taskId) {
      return completeTask(taskId, null, RequestOptions.none());
    }

    /**
     * {@link AmplemarketClient#completeTask(String, CompleteTaskRequest, RequestOptions)} with
     * metadata (body null).
     */
    public ApiResponse<Void> completeTask(
        String taskId, CompleteTaskRequest request, RequestOptions options) {
      return client.runtime.execute("completeTask", client.completeCall(taskId, request, options));
    }
  }

  /**
   * Builds an {@link AmplemarketClient}. The connection settings come from {@link ClientBuilder}:
   * the key is sent as {@code Authorization: Bearer <key>} and the default base URL is {@code
   * https://api.amplemarket.com/}. {@link #options(ClientOptions)} replaces them all at once.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String userId;
    private RuntimeHooks hooks = RuntimeHooks.defaults();

    private Builder() {
      super(Vendor.AMPLEMARKET, "export it with your Amplemarket API key");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Sets the default user whose tasks {@code listTasks} lists when its parameters name none. */
    public Builder userId(String userId) {
      if (userId != null && userId.isBlank()) {
        throw new IllegalArgumentException("userId is blank");
      }
      this.userId = userId;
      return this;
    }

    /**
     * Reads {@value AmplemarketClient#ENV_USER_ID} (optional, blank means unset) for {@link
     * #fromEnv(Map)}, which also reads {@value AmplemarketClient#ENV_API_KEY} (required) and
     * {@value AmplemarketClient#ENV_BASE_URL} (optional).
     */
    @Override
    protected void readVendorEnv(Map<String, String> env) {
      String user = envValue(env, ENV_USER_ID);
      if (user != null) {
        userId(user);
      }
    }

    /** Replaces sleeping, clocks and logging of the runtime (tests). */
    Builder hooks(RuntimeHooks hooks) {
      if (hooks == null) {
        throw new NullPointerException("hooks == null");
      }
      this.hooks = hooks;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalArgumentException when the API key is missing, or the base URL is plain http
     *     to a host that is not loopback without {@link #allowInsecureHttp(boolean)}
     */
    public AmplemarketClient build() {
      ClientRuntime runtime =
          ClientRuntime.create(AmplemarketProfile.get(), clientOptions(), hooks);
      return new AmplemarketClient(runtime, userId);
    }
  }
}
