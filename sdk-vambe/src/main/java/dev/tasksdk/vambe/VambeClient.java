package dev.tasksdk.vambe;

import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageFetcher;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ClientBuilder;
import dev.tasksdk.core.spi.ClientRuntime;
import dev.tasksdk.core.spi.Redactor;
import dev.tasksdk.core.spi.RuntimeHooks;
import dev.tasksdk.vambe.generated.api.TasksApi;
import dev.tasksdk.vambe.generated.api.TeamMembersApi;
import dev.tasksdk.vambe.generated.model.DeleteTaskResponse;
import dev.tasksdk.vambe.generated.model.Task;
import dev.tasksdk.vambe.generated.model.TeamMember;
import dev.tasksdk.vambe.internal.UpdateBodies;
import dev.tasksdk.vambe.internal.UpdateTaskCall;
import dev.tasksdk.vambe.internal.VambeProfile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/**
 * The client of Vambe's Task API ({@code https://api.vambe.me}): list, create, update and delete
 * tasks, and list the team members whose ids tasks are assigned to.
 *
 * <p>Every operation of specs/vambe.yaml has a method named as its operationId returning the
 * generated model, an overload taking {@link RequestOptions}, and an asynchronous twin {@code
 * <operation>Async} returning a {@link CompletableFuture}. {@link #withRawResponse()} offers the
 * same operations returning {@link ApiResponse} (status, headers, request id and body). Failures
 * are the {@link dev.tasksdk.core.TaskSdkException} tree: a {@link
 * dev.tasksdk.core.ServiceException} subclass per status with Vambe's NestJS error body parsed
 * ({@code errorCode()} is its {@code error}, e.g. {@code "Not Found"}; {@code detail()} its {@code
 * message}). Arguments are checked before any request; invalid ones throw {@link
 * IllegalArgumentException} naming the field, also from the async methods (synchronously).
 *
 * <p>Retries: GET, PUT and DELETE are retried on transient failures; {@code createTask} (the only
 * POST) is not, because Vambe has no idempotency key and a repeat would create a second task.
 *
 * <p>Listing: Vambe returns every task of a date window in one bare array (no paging). {@link
 * #listTasksAutoPaging(ListTasksParams, int)} walks a long window as consecutive windows of a few
 * days, one request each.
 *
 * <pre>{@code
 * try (VambeClient vambe = VambeClient.fromEnv()) {          // VAMBE_API_KEY
 *   List<Task> october = vambe.listTasks(ListTasksParams.builder()
 *       .fromDate(LocalDate.of(2025, 10, 1))
 *       .toDate(LocalDate.of(2025, 10, 31))
 *       .build());
 *   Task created = vambe.createTask(CreateTaskParams.builder()
 *       .title("Follow up with customer")
 *       .priority(Priority.HIGH)
 *       .addResponsibleId("228d7a0d-9072-4ca8-939b-959b75cc606a")
 *       .dueDate(LocalDate.of(2025, 10, 25))
 *       .build());
 *   vambe.updateTask(created.getId(), UpdateTaskParams.builder().clearDueDate().build());
 * }
 * }</pre>
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases the threads and connections of a
 * client the SDK created itself (a shared {@link OkHttpClient} is left alone).
 */
public final class VambeClient implements AutoCloseable {
  /** The environment variable holding the API key. */
  public static final String ENV_API_KEY = "VAMBE_API_KEY";

  /** The environment variable that overrides the base URL (optional). */
  public static final String ENV_BASE_URL = "VAMBE_BASE_URL";

  private final ClientRuntime runtime;
  private final WithRawResponse raw;

  private VambeClient(ClientRuntime runtime) {
    this.runtime = runtime;
    this.raw = new WithRawResponse(runtime);
  }

  /** Returns a builder; {@code apiKey} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a client from the process environment: {@value #ENV_API_KEY} (required) and {@value
   * #ENV_BASE_URL} (optional).
   *
   * @throws IllegalStateException naming {@value #ENV_API_KEY} when it is not set
   */
  public static VambeClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Creates a client from {@code env} as {@link #fromEnv()} reads the process environment.
   *
   * @throws IllegalStateException naming {@value #ENV_API_KEY} when it is not set or blank
   */
  public static VambeClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /** The same operations returning {@link ApiResponse} with status, headers and request id. */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Lists the tasks of a date window ({@code GET /api/public/tasks}), ordered by priority (high to
   * low), then id.
   */
  public List<Task> listTasks(ListTasksParams params) {
    return raw.listTasks(params).body();
  }

  /** As {@link #listTasks(ListTasksParams)} with per-request options. */
  public List<Task> listTasks(ListTasksParams params, RequestOptions options) {
    return raw.listTasks(params, options).body();
  }

  /** As {@link #listTasks(ListTasksParams)}, asynchronously. */
  public CompletableFuture<List<Task>> listTasksAsync(ListTasksParams params) {
    return raw.listTasksAsync(params).thenApply(ApiResponse::body);
  }

  /** As {@link #listTasks(ListTasksParams, RequestOptions)}, asynchronously. */
  public CompletableFuture<List<Task>> listTasksAsync(
      ListTasksParams params, RequestOptions options) {
    return raw.listTasksAsync(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Iterates the tasks of {@code params}' whole window with one request: Vambe does not page, so
   * the pager yields the single bare array as one page.
   */
  public AutoPager<Task> listTasksAutoPaging(ListTasksParams params) {
    int days = daysIn(params);
    return listTasksAutoPaging(params, days, null);
  }

  /**
   * Iterates the tasks of {@code params}' window as consecutive windows of {@code windowDays} days,
   * one request each, fetched lazily.
   *
   * <p>The page token is the first day of a window ({@code 2025-10-08}); a failed window can be
   * resumed with {@link #listTasksAutoPaging(ListTasksParams, int, PageToken)} and the failure's
   * {@code resumeToken()}. Tasks without a due date (included by Vambe by default) come only with
   * the first window, so that no task is delivered twice: later windows send {@code
   * includeTasksWithoutDates=false}.
   *
   * @throws IllegalArgumentException naming {@code windowDays} when it is below 1
   */
  public AutoPager<Task> listTasksAutoPaging(ListTasksParams params, int windowDays) {
    return listTasksAutoPaging(params, windowDays, null);
  }

  /**
   * As {@link #listTasksAutoPaging(ListTasksParams, int)}, starting at the window named by {@code
   * resumeFrom} (null for the first).
   *
   * @throws IllegalArgumentException naming {@code resumeFrom} when it is not a day inside the
   *     window, or {@code windowDays} when it is below 1
   */
  public AutoPager<Task> listTasksAutoPaging(
      ListTasksParams params, int windowDays, PageToken resumeFrom) {
    if (params == null) {
      throw new NullPointerException("params == null");
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be >= 1 but was " + windowDays);
    }
    if (resumeFrom != null) {
      windowStart(params, resumeFrom);
    }
    return AutoPager.of(windowFetcher(params, windowDays), resumeFrom);
  }

  /**
   * Creates a task ({@code POST /api/public/tasks}) and returns it. Not retried automatically (see
   * the class comment).
   */
  public Task createTask(CreateTaskParams params) {
    return raw.createTask(params).body();
  }

  /** As {@link #createTask(CreateTaskParams)} with per-request options. */
  public Task createTask(CreateTaskParams params, RequestOptions options) {
    return raw.createTask(params, options).body();
  }

  /** As {@link #createTask(CreateTaskParams)}, asynchronously. */
  public CompletableFuture<Task> createTaskAsync(CreateTaskParams params) {
    return raw.createTaskAsync(params).thenApply(ApiResponse::body);
  }

  /** As {@link #createTask(CreateTaskParams, RequestOptions)}, asynchronously. */
  public CompletableFuture<Task> createTaskAsync(CreateTaskParams params, RequestOptions options) {
    return raw.createTaskAsync(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Updates a task ({@code PUT /api/public/tasks/{id}}) with only the fields {@code params} sets or
   * clears, and returns it.
   *
   * @param taskId the task's UUID
   * @throws IllegalArgumentException naming {@code taskId} when it is not a UUID
   */
  public Task updateTask(String taskId, UpdateTaskParams params) {
    return raw.updateTask(taskId, params).body();
  }

  /** As {@link #updateTask(String, UpdateTaskParams)} with per-request options. */
  public Task updateTask(String taskId, UpdateTaskParams params, RequestOptions options) {
    return raw.updateTask(taskId, params, options).body();
  }

  /** As {@link #updateTask(String, UpdateTaskParams)}, asynchronously. */
  public CompletableFuture<Task> updateTaskAsync(String taskId, UpdateTaskParams params) {
    return raw.updateTaskAsync(taskId, params).thenApply(ApiResponse::body);
  }

  /** As {@link #updateTask(String, UpdateTaskParams, RequestOptions)}, asynchronously. */
  public CompletableFuture<Task> updateTaskAsync(
      String taskId, UpdateTaskParams params, RequestOptions options) {
    return raw.updateTaskAsync(taskId, params, options).thenApply(ApiResponse::body);
  }

  /**
   * Soft-deletes a task ({@code DELETE /api/public/tasks/{id}}); a task already deleted answers
   * {@link dev.tasksdk.core.NotFoundException}.
   *
   * @param taskId the task's UUID
   * @throws IllegalArgumentException naming {@code taskId} when it is not a UUID
   */
  public DeleteTaskResponse deleteTask(String taskId) {
    return raw.deleteTask(taskId).body();
  }

  /** As {@link #deleteTask(String)} with per-request options. */
  public DeleteTaskResponse deleteTask(String taskId, RequestOptions options) {
    return raw.deleteTask(taskId, options).body();
  }

  /** As {@link #deleteTask(String)}, asynchronously. */
  public CompletableFuture<DeleteTaskResponse> deleteTaskAsync(String taskId) {
    return raw.deleteTaskAsync(taskId).thenApply(ApiResponse::body);
  }

  /** As {@link #deleteTask(String, RequestOptions)}, asynchronously. */
  public CompletableFuture<DeleteTaskResponse> deleteTaskAsync(
      String taskId, RequestOptions options) {
    return raw.deleteTaskAsync(taskId, options).thenApply(ApiResponse::body);
  }

  /** Lists every team member ({@code GET /api/public/team-members/all}). */
  public List<TeamMember> listTeamMembers() {
    return raw.listTeamMembers().body();
  }

  /** As {@link #listTeamMembers()} with per-request options. */
  public List<TeamMember> listTeamMembers(RequestOptions options) {
    return raw.listTeamMembers(options).body();
  }

  /** As {@link #listTeamMembers()}, asynchronously. */
  public CompletableFuture<List<TeamMember>> listTeamMembersAsync() {
    return raw.listTeamMembersAsync().thenApply(ApiResponse::body);
  }

  /** As {@link #listTeamMembers(RequestOptions)}, asynchronously. */
  public CompletableFuture<List<TeamMember>> listTeamMembersAsync(RequestOptions options) {
    return raw.listTeamMembersAsync(options).thenApply(ApiResponse::body);
  }

  /** The vendor, {@link Vendor#VAMBE}. */
  public Vendor vendor() {
    return Vendor.VAMBE;
  }

  /** The base URL requests go to, ending with {@code /}. */
  public String baseUrl() {
    return runtime.baseUrl().toString();
  }

  /** The options this client was built with (the key shows as redacted in their toString). */
  public ClientOptions options() {
    return runtime.options();
  }

  /** How many retries (attempts after the first) this client has made so far. */
  public long retryCount() {
    return runtime.retryCount();
  }

  /** Releases the threads and connections of a client the SDK created itself. */
  @Override
  public void close() {
    runtime.close();
  }

  /** Shows vendor and base URL, never the key. */
  @Override
  public String toString() {
    return "VambeClient[" + Redactor.redactUrl(runtime.baseUrl()) + "]";
  }

  private PageFetcher<Task> windowFetcher(ListTasksParams params, int windowDays) {
    return token -> {
      LocalDate start = token == null ? params.fromDate() : windowStart(params, token);
      LocalDate end = start.plusDays(windowDays - 1L);
      if (end.isAfter(params.toDate())) {
        end = params.toDate();
      }
      ListTasksParams.Builder window = params.toBuilder().fromDate(start).toDate(end);
      if (token != null) {
        window.includeTasksWithoutDates(false);
      }
      List<Task> items = listTasks(window.build());
      PageToken next = end.isBefore(params.toDate()) ? token(end.plusDays(1)) : null;
      return Page.of(items == null ? List.of() : items, next, token);
    };
  }

  private static PageToken token(LocalDate day) {
    return PageToken.of(day.toString());
  }

  private static LocalDate windowStart(ListTasksParams params, PageToken token) {
    LocalDate day;
    try {
      day = LocalDate.parse(token.value());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "resumeFrom must be a day (yyyy-MM-dd) but was '" + token.value() + "'");
    }
    if (day.isBefore(params.fromDate()) || day.isAfter(params.toDate())) {
      throw new IllegalArgumentException(
          "resumeFrom " + day + " is outside " + params.fromDate() + ".." + params.toDate());
    }
    return day;
  }

  private static int daysIn(ListTasksParams params) {
    if (params == null) {
      throw new NullPointerException("params == null");
    }
    long days = params.toDate().toEpochDay() - params.fromDate().toEpochDay() + 1;
    return (int) Math.min(days, Integer.MAX_VALUE);
  }

  static String taskId(String taskId) {
    return Checks.uuid("taskId", taskId);
  }

  /**
   * {@link VambeClient}'s operations returning {@link ApiResponse}: the decoded body with status,
   * headers (credentials removed) and the request id when the vendor sends one.
   */
  public static final class WithRawResponse {
    private final ClientRuntime runtime;

    private WithRawResponse(ClientRuntime runtime) {
      this.runtime = runtime;
    }

    /** {@link VambeClient#listTasks(ListTasksParams)} with the raw response. */
    public ApiResponse<List<Task>> listTasks(ListTasksParams params) {
      return listTasks(params, RequestOptions.none());
    }

    /** {@link VambeClient#listTasks(ListTasksParams, RequestOptions)} with the raw response. */
    public ApiResponse<List<Task>> listTasks(ListTasksParams params, RequestOptions options) {
      return runtime.execute("listTasks", listCall(params, options));
    }

    /** {@link VambeClient#listTasksAsync(ListTasksParams)} with the raw response. */
    public CompletableFuture<ApiResponse<List<Task>>> listTasksAsync(ListTasksParams params) {
      return listTasksAsync(params, RequestOptions.none());
    }

    /**
     * {@link VambeClient#listTasksAsync(ListTasksParams, RequestOptions)} with the raw response.
     */
    public CompletableFuture<ApiResponse<List<Task>>> listTasksAsync(
        ListTasksParams params, RequestOptions options) {
      return runtime.executeAsync("listTasks", listCall(params, options));
    }

    /** {@link VambeClient#createTask(CreateTaskParams)} with the raw response. */
    public ApiResponse<Task> createTask(CreateTaskParams params) {
      return createTask(params, RequestOptions.none());
    }

    /** {@link VambeClient#createTask(CreateTaskParams, RequestOptions)} with the raw response. */
    public ApiResponse<Task> createTask(CreateTaskParams params, RequestOptions options) {
      return runtime.execute("createTask", createCall(params, options));
    }

    /** {@link VambeClient#createTaskAsync(CreateTaskParams)} with the raw response. */
    public CompletableFuture<ApiResponse<Task>> createTaskAsync(CreateTaskParams params) {
      return createTaskAsync(params, RequestOptions.none());
    }

    /**
     * {@link VambeClient#createTaskAsync(CreateTaskParams, RequestOptions)} with the raw response.
     */
    public CompletableFuture<ApiResponse<Task>> createTaskAsync(
        CreateTaskParams params, RequestOptions options) {
      return runtime.executeAsync("createTask", createCall(params, options));
    }

    /** {@link VambeClient#updateTask(String, UpdateTaskParams)} with the raw response. */
    public ApiResponse<Task> updateTask(String taskId, UpdateTaskParams params) {
      return updateTask(taskId, params, RequestOptions.none());
    }

    /**
     * {@link VambeClient#updateTask(String, UpdateTaskParams, RequestOptions)} with the raw
     * response.
     */
    public ApiResponse<Task> updateTask(
        String taskId, UpdateTaskParams params, RequestOptions options) {
      return runtime.execute("updateTask", updateCall(taskId, params, options));
    }

    /** {@link VambeClient#updateTaskAsync(String, UpdateTaskParams)} with the raw response. */
    public CompletableFuture<ApiResponse<Task>> updateTaskAsync(
        String taskId, UpdateTaskParams params) {
      return updateTaskAsync(taskId, params, RequestOptions.none());
    }

    /**
     * {@link VambeClient#updateTaskAsync(String, UpdateTaskParams, RequestOptions)} with the raw
     * response.
     */
    public CompletableFuture<ApiResponse<Task>> updateTaskAsync(
        String taskId, UpdateTaskParams params, RequestOptions options) {
      return runtime.executeAsync("updateTask", updateCall(taskId, params, options));
    }

    /** {@link VambeClient#deleteTask(String)} with the raw response. */
    public ApiResponse<DeleteTaskResponse> deleteTask(String taskId) {
      return deleteTask(taskId, RequestOptions.none());
    }

    /** {@link VambeClient#deleteTask(String, RequestOptions)} with the raw response. */
    public ApiResponse<DeleteTaskResponse> deleteTask(String taskId, RequestOptions options) {
      return runtime.execute("deleteTask", deleteCall(taskId, options));
    }

    /** {@link VambeClient#deleteTaskAsync(String)} with the raw response. */
    public CompletableFuture<ApiResponse<DeleteTaskResponse>> deleteTaskAsync(String taskId) {
      return deleteTaskAsync(taskId, RequestOptions.none());
    }

    /** {@link VambeClient#deleteTaskAsync(String, RequestOptions)} with the raw response. */
    public CompletableFuture<ApiResponse<DeleteTaskResponse>> deleteTaskAsync(
        String taskId, RequestOptions options) {
      return runtime.executeAsync("deleteTask", deleteCall(taskId, options));
    }

    /** {@link VambeClient#listTeamMembers()} with the raw response. */
    public ApiResponse<List<TeamMember>> listTeamMembers() {
      return listTeamMembers(RequestOptions.none());
    }

    /** {@link VambeClient#listTeamMembers(RequestOptions)} with the raw response. */
    public ApiResponse<List<TeamMember>> listTeamMembers(RequestOptions options) {
      return runtime.execute("listTeamMembers", membersCall(options));
    }

    /** {@link VambeClient#listTeamMembersAsync()} with the raw response. */
    public CompletableFuture<ApiResponse<List<TeamMember>>> listTeamMembersAsync() {
      return listTeamMembersAsync(RequestOptions.none());
    }

    /** {@link VambeClient#listTeamMembersAsync(RequestOptions)} with the raw response. */
    public CompletableFuture<ApiResponse<List<TeamMember>>> listTeamMembersAsync(
        RequestOptions options) {
      return runtime.executeAsync("listTeamMembers", membersCall(options));
    }

    private retrofit2.Call<List<Task>> listCall(ListTasksParams params, RequestOptions options) {
      if (params == null) {
        throw new NullPointerException("params == null");
      }
      return runtime
          .service(TasksApi.class, options)
          .listTasks(
              params.fromDate(),
              params.toDate(),
              params.responsibleIds().isEmpty() ? null : params.responsibleIds(),
              params.includeTasksWithoutDates().orElse(null),
              params.searchFilter().orElse(null));
    }

    private retrofit2.Call<Task> createCall(CreateTaskParams params, RequestOptions options) {
      if (params == null) {
        throw new NullPointerException("params == null");
      }
      return runtime.service(TasksApi.class, options).createTask(params.toRequest());
    }

    private retrofit2.Call<Task> updateCall(
        String taskId, UpdateTaskParams params, RequestOptions options) {
      String id = taskId(taskId);
      if (params == null) {
        throw new NullPointerException("params == null");
      }
      return runtime
          .service(UpdateTaskCall.class, options)
          .updateTask(id, UpdateBodies.requestBody(params.body()));
    }

    private retrofit2.Call<DeleteTaskResponse> deleteCall(String taskId, RequestOptions options) {
      return runtime.service(TasksApi.class, options).deleteTask(UUID.fromString(taskId(taskId)));
    }

    private retrofit2.Call<List<TeamMember>> membersCall(RequestOptions options) {
      return runtime.service(TeamMembersApi.class, options).listTeamMembers();
    }
  }

  /**
   * Builds a {@link VambeClient}. The connection settings come from {@link ClientBuilder}: the key
   * is sent as {@code x-api-key}, the default base URL is {@code https://api.vambe.me/} and {@link
   * #fromEnv(Map)} reads {@value VambeClient#ENV_API_KEY} (required) and {@value
   * VambeClient#ENV_BASE_URL} (optional). {@link #options(ClientOptions)} replaces everything set
   * before it.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private RuntimeHooks hooks = RuntimeHooks.defaults();

    private Builder() {
      super(Vendor.VAMBE, "export your Vambe API key as " + ENV_API_KEY);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Replaces sleeping, clocks and logging (tests). */
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
     * @throws IllegalArgumentException when the API key is missing or the base URL is plain http to
     *     a host that is not loopback
     */
    public VambeClient build() {
      return new VambeClient(ClientRuntime.create(VambeProfile.get(), clientOptions(), hooks));
    }
  }
}
