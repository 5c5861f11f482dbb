package dev.tasksdk.core.spi;

import com.google.gson.Gson;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.InvalidResponseException;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.Secret;
import dev.tasksdk.core.ServiceException;
import dev.tasksdk.core.TaskSdkException;
import dev.tasksdk.core.TimeoutException;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.Listeners;
import dev.tasksdk.core.ratelimit.RateLimiter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * One vendor client's HTTP machinery: an {@link OkHttpClient} with retries, credentials and
 * redacted logging, a Retrofit for the vendor's generated interfaces, and the mapping of every
 * outcome to {@link ApiResponse} or a {@link TaskSdkException}.
 *
 * <pre>{@code
 * ClientRuntime runtime = ClientRuntime.create(profile, options);
 * TasksApi api = runtime.service(TasksApi.class);
 * Task task = runtime.execute("getTask", api.getTask(id)).body();
 * }</pre>
 *
 * <p>Thread-safe. When the caller supplied an {@link OkHttpClient} the derived client shares its
 * connection pool and dispatcher; {@link #close()} then leaves them alone.
 */
public final class ClientRuntime implements AutoCloseable {
  private final VendorProfile profile;
  private final ClientOptions options;
  private final HttpUrl baseUrl;
  private final Secret apiKey;
  private final SecretScrubber scrubber;
  private final OkHttpClient client;
  private final Retrofit retrofit;
  private final RetryInterceptor retryInterceptor;
  private final LongAdder retryCount = new LongAdder();
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
  private final boolean ownsClient;
  private final Listeners listeners;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ClientRuntime(VendorProfile profile, ClientOptions options, RuntimeHooks hooks) {
    this.profile = profile;
    this.options = options;
    this.baseUrl = options.baseUrl().orElse(profile.defaultBaseUrl());
    UrlPolicy.checkSecure(baseUrl, options.allowInsecureHttp());
    this.apiKey =
        options
            .apiKey()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "apiKey is required: set ClientOptions.builder().apiKey(...) (or "
                            + profile.vendor().envPrefix()
                            + "_API_KEY when using fromEnv())"));
    this.scrubber = new SecretScrubber(apiKey);
    this.ownsClient = options.okHttpClient().isEmpty();
    this.listeners = Listeners.of(options.listeners());
    this.retryInterceptor =
        new RetryInterceptor(
            options, profile.retrySafeOperations(), hooks, retryCount, baseUrl, scrubber);
    OkHttpClient.Builder b =
        options.okHttpClient().map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new);
    b.connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        // OkHttp would silently resend a request whose connection failed after it was sent,
        // POSTs included: a claim or create the server already processed. Retries are the
        // RetryInterceptor's alone, which knows which operations are safe to repeat.
        .retryOnConnectionFailure(false)
        // No HTTP cache, even when the shared client has one: credentials are added below the
        // cache, so its key ignores them and one tenant's response would be served to another.
        .cache(null)
        .addInterceptor(retryInterceptor);
    if (!listeners.isEmpty()) {
      b.addInterceptor(new EventInterceptor());
    }
    this.client =
        // after the retry (and event) interceptors: every attempt takes a permit of the shared
        // bucket
        b.addInterceptor(
                new RateLimitInterceptor(
                    RateLimiter.create(
                        profile.vendor(),
                        apiKey,
                        baseUrl.host() + ":" + baseUrl.port(),
                        options.rateLimiting()),
                    hooks,
                    baseUrl.encodedPath()))
            .addNetworkInterceptor(new ConnectionReuseInterceptor())
            .addNetworkInterceptor(
                new CredentialInterceptor(profile, options, baseUrl, apiKey, userAgent()))
            .addNetworkInterceptor(new LoggingInterceptor(hooks.logger(), scrubber))
            .build();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(client)
            .addConverterFactory(ScalarsConverterFactory.create())
            .addConverterFactory(
                new DecodingConverterFactory(GsonConverterFactory.create(profile.gson())))
            .build();
  }

  /**
   * Creates the runtime of one client.
   *
   * @throws NullPointerException naming {@code profile} or {@code options} when null
   * @throws IllegalArgumentException when the API key is missing or the base URL is plain http to a
   *     host that is not loopback without {@link ClientOptions#allowInsecureHttp()}
   */
  public static ClientRuntime create(VendorProfile profile, ClientOptions options) {
    return create(profile, options, RuntimeHooks.defaults());
  }

  /** Creates the runtime with replaced sleeping, clocks, jitter or logger (for tests). */
  public static ClientRuntime create(
      VendorProfile profile, ClientOptions options, RuntimeHooks hooks) {
    if (profile == null) {
      throw new NullPointerException("profile == null");
    }
    if (options == null) {
      throw new NullPointerException("options == null");
    }
    if (hooks == null) {
      throw new NullPointerException("hooks == null");
    }
    return new ClientRuntime(profile, options, hooks);
  }

  /** Returns the Retrofit implementation of a generated API interface (cached per interface). */
  public <S> S service(Class<S> type) {
    if (type == null) {
      throw new NullPointerException("type == null");
    }
    return type.cast(services.computeIfAbsent(type, retrofit::create));
  }

  /**
   * Returns an implementation of {@code type} whose calls apply {@code requestOptions}; the client
   * behind it shares this runtime's connection pool and dispatcher.
   */
  public <S> S service(Class<S> type, RequestOptions requestOptions) {
    if (requestOptions == null || requestOptions.isEmpty()) {
      return service(type);
    }
    return retrofit.newBuilder().client(httpClient(requestOptions)).build().create(type);
  }

  /**
   * Returns the client used for a request with {@code requestOptions}: derived with {@link
   * OkHttpClient#newBuilder()}, so pool and dispatcher are shared.
   */
  public OkHttpClient httpClient(RequestOptions requestOptions) {
    if (requestOptions == null || requestOptions.isEmpty()) {
      return client;
    }
    OkHttpClient.Builder b = client.newBuilder();
    requestOptions.timeout().ifPresent(b::callTimeout);
    int at = b.interceptors().indexOf(retryInterceptor);
    b.interceptors().add(Math.max(at, 0), new RequestOptionsInterceptor(requestOptions));
    return b.build();
  }

  /**
   * Runs a call and returns its body with status and headers.
   *
   * @param operation the operation's name for messages, e.g. {@code "getTask"}
   * @throws ServiceException (a subclass by status) for a non-2xx answer
   * @throws ConnectionException for I/O failures, {@link TimeoutException} for timeouts
   * @throws InvalidResponseException when a 2xx body cannot be decoded
   * @throws IllegalStateException naming the vendor when the runtime is {@linkplain #close()
   *     closed}; nothing is sent
   */
  public <T> ApiResponse<T> execute(String operation, Call<T> call) {
    ensureOpen(operation);
    CallRecorder recorder = startRecording(operation, call);
    if (recorder == null) {
      return executeQuietly(operation, call);
    }
    try {
      ApiResponse<T> r = executeQuietly(operation, call);
      recorder.finish(r.statusCode(), null);
      return r;
    } catch (RuntimeException e) {
      recorder.finish(0, e);
      throw e;
    }
  }

  private <T> ApiResponse<T> executeQuietly(String operation, Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (DecodingConverterFactory.DecodeFailure e) {
      throw invalid(operation, e);
    } catch (IOException e) {
      throw mapIo(operation, e);
    } catch (RuntimeException e) {
      throw scrubbed(e);
    } finally {
      Tags.LastStatus.clear();
    }
    return toApiResponse(operation, response);
  }

  /**
   * Runs a call asynchronously; the future fails with the same exceptions {@link #execute} throws.
   * Cancelling the future cancels the call.
   *
   * @throws IllegalStateException naming the vendor when the runtime is closed (thrown, not put in
   *     the future, exactly as {@link #execute} does)
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(String operation, Call<T> call) {
    ensureOpen(operation);
    CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
    CallRecorder recorder = startRecording(operation, call);
    future.whenComplete(
        (r, t) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
          if (recorder != null) {
            recorder.finish(r == null ? 0 : r.statusCode(), t);
          }
        });
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            try {
              future.complete(toApiResponse(operation, response));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call<T> c, Throwable t) {
            future.completeExceptionally(mapFailure(operation, t));
          }
        });
    return future;
  }

  /**
   * The dispatcher of the listeners in the options: vendor clients wrap a paged listing's fetcher
   * with {@link Listeners#observeListing} so that it reports a listing event.
   */
  public Listeners listeners() {
    return listeners;
  }

  private CallRecorder startRecording(String operation, Call<?> call) {
    if (listeners.isEmpty()) {
      return null;
    }
    okhttp3.Request request;
    try {
      request = call.request();
    } catch (RuntimeException e) {
      return null; // the call fails the same way when executed
    }
    return CallRecorder.start(listeners, profile.vendor(), operation, request, baseUrl);
  }

  /** The Gson of the vendor's models. */
  public Gson gson() {
    return profile.gson();
  }

  /** The client all calls go through. */
  public OkHttpClient httpClient() {
    return client;
  }

  /** The Retrofit the services come from. */
  public Retrofit retrofit() {
    return retrofit;
  }

  /** The base URL in use, ending with {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The vendor. */
  public Vendor vendor() {
    return profile.vendor();
  }

  /** The vendor profile. */
  public VendorProfile profile() {
    return profile;
  }

  /** The options the runtime was created with. */
  public ClientOptions options() {
    return options;
  }

  /** How many retries (attempts after the first) this runtime has made so far. */
  public long retryCount() {
    return retryCount.sum();
  }

  /** The User-Agent sent: {@code tasksdk-<vendor>/<version> java/<version> [suffix]}. */
  public String userAgent() {
    return "tasksdk-"
        + profile.vendor().id()
        + "/"
        + profile.sdkVersion()
        + " java/"
        + System.getProperty("java.version")
        + options.userAgentSuffix().map(s -> " " + s).orElse("");
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Closes the runtime: every later call, blocking or async, throws {@link IllegalStateException}
   * naming the vendor. Releases the threads and idle connections of a client the runtime created
   * itself; a caller's shared {@link OkHttpClient} (its pool, dispatcher and threads) is left
   * untouched. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "ClientRuntime[" + profile.vendor() + ", " + Redactor.redactUrl(baseUrl) + "]";
  }

  private void ensureOpen(String operation) {
    if (closed.get()) {
      throw new IllegalStateException(
          profile.vendor().displayName()
              + " client is closed: "
              + operation
              + " was not sent (create a new client)");
    }
  }

  private <T> ApiResponse<T> toApiResponse(String operation, Response<T> response) {
    okhttp3.Response raw = response.raw();
    Headers headers = raw.headers();
    String requestId = requestId(headers);
    if (response.isSuccessful()) {
      T body = response.body();
      if (body == null && promisesBody(raw.request())) {
        body = emptyBody(operation, raw);
      }
      ApiResponse<T> ok =
          ApiResponse.of(response.code(), Redactor.safeHeaders(scrub(headers)), requestId, body);
      java.time.Duration waited = RateLimitInterceptor.waited(raw.request());
      return waited.isZero() ? ok : ok.withRateLimitWait(waited);
    }
    String body = scrub(readCapped(response.errorBody()));
    ParsedError parsed = parse(response.code(), body);
    throw ServiceException.builder()
        .vendor(profile.vendor())
        .operation(operation)
        .statusCode(response.code())
        .headers(scrub(headers))
        .requestId(requestId)
        .request(raw.request().method(), scrub(raw.request().url().encodedPath()))
        .rawBody(body)
        .error(parsed == null ? null : parsed.error().orElse(null))
        .errorCode(parsed == null ? null : parsed.errorCode().map(this::scrub).orElse(null))
        .detail(parsed == null ? null : parsed.detail().map(this::scrub).orElse(null))
        .build();
  }

  /**
   * The one rule for a success without a value where the operation's signature promises one: the
   * vendor's declared empty value when the answer had no body (204, 205 or zero bytes) and the
   * vendor says that means "none" ({@link VendorProfile#emptyBody(String)}); an {@link
   * InvalidResponseException} otherwise (no body, or a JSON {@code null}).
   */
  @SuppressWarnings("unchecked")
  private <T> T emptyBody(String operation, okhttp3.Response raw) {
    ResponseBody rawBody = raw.body();
    boolean noBody =
        raw.code() == 204 || raw.code() == 205 || rawBody == null || rawBody.contentLength() == 0;
    if (noBody) {
      java.util.Optional<java.util.function.Supplier<?>> declared = profile.emptyBody(operation);
      if (declared.isPresent()) {
        return (T) declared.get().get();
      }
    }
    String contentType = raw.header("Content-Type");
    throw new InvalidResponseException(
        profile.vendor(),
        operation,
        raw.code(),
        contentType,
        noBody ? "" : "null",
        new IOException(
            noBody
                ? "no body, where the operation promises one"
                : "a JSON null, where the operation promises a value"));
  }

  /** Whether the Retrofit method behind the request returns a value (not {@code Call<Void>}). */
  private static boolean promisesBody(okhttp3.Request request) {
    retrofit2.Invocation invocation = request.tag(retrofit2.Invocation.class);
    if (invocation == null) {
      return true;
    }
    java.lang.reflect.Type type = invocation.method().getGenericReturnType();
    if (type instanceof java.lang.reflect.ParameterizedType p
        && p.getActualTypeArguments().length == 1) {
      java.lang.reflect.Type t = p.getActualTypeArguments()[0];
      return t != Void.class && !"kotlin.Unit".equals(t.getTypeName());
    }
    return true;
  }

  private String requestId(Headers headers) {
    String name = profile.requestIdHeader().orElse("x-request-id");
    String id = headers.get(name);
    return id == null || id.isBlank() ? null : scrub(id.trim());
  }

  private ParsedError parse(int status, String body) {
    try {
      return profile.errorParser().parse(status, body, profile.gson());
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  private static String readCapped(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      BufferedSource source = body.source();
      source.request(ServiceException.MAX_RAW_BODY * 4L);
      long size = Math.min(source.getBuffer().size(), ServiceException.MAX_RAW_BODY * 4L);
      String text = source.getBuffer().readUtf8(size);
      return text.length() > ServiceException.MAX_RAW_BODY
          ? text.substring(0, ServiceException.MAX_RAW_BODY)
          : text;
    } catch (IOException e) {
      return "";
    }
  }

  /** The headers with the API key replaced wherever a server echoed it (e.g. WWW-Authenticate). */
  private Headers scrub(Headers headers) {
    boolean echoes = false;
    for (int i = 0; i < headers.size() && !echoes; i++) {
      echoes = scrubber.reveals(headers.value(i));
    }
    if (!echoes) {
      return headers; // immutable: no key echoed (the common case, no copy per call)
    }
    Headers.Builder b = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      b.addUnsafeNonAscii(headers.name(i), scrub(headers.value(i)));
    }
    return b.build();
  }

  private String scrub(String text) {
    return scrubber.scrub(text);
  }

  /** {@code e} itself, or when its chain shows the key, one of the same kind scrubbed of it. */
  private RuntimeException scrubbed(RuntimeException e) {
    if (scrubber.scrub((Throwable) e) == e) {
      return e;
    }
    String message = scrub(e.getMessage());
    RuntimeException copy =
        e instanceof IllegalArgumentException
            ? new IllegalArgumentException(message)
            : new TaskSdkException(message, null);
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  private InvalidResponseException invalid(
      String operation, DecodingConverterFactory.DecodeFailure f) {
    return new InvalidResponseException(
        profile.vendor(),
        operation,
        f.statusCode,
        f.contentType,
        scrub(f.bodyStart),
        scrubber.scrub(f.getCause()));
  }

  private RuntimeException mapFailure(String operation, Throwable t) {
    if (t instanceof DecodingConverterFactory.DecodeFailure) {
      return invalid(operation, (DecodingConverterFactory.DecodeFailure) t);
    }
    if (t instanceof IOException) {
      return mapIo(operation, (IOException) t);
    }
    if (t instanceof RuntimeException) {
      return scrubbed((RuntimeException) t);
    }
    return new TaskSdkException(prefix(operation) + "failed unexpectedly", scrubber.scrub(t));
  }

  private RuntimeException mapIo(String operation, IOException e) {
    Vendor v = profile.vendor();
    if (e instanceof RateLimitInterceptor.Rejected) {
      return ((RateLimitInterceptor.Rejected) e).exception;
    }
    if (e instanceof Tags.RetryBudgetExhaustedException) {
      Throwable last = e.getCause() == null ? e : e.getCause();
      return new TimeoutException(
          v,
          operation,
          prefix(operation) + e.getMessage() + " (last: " + describe(last) + ")",
          scrubber.scrub(e));
    }
    if (e instanceof Tags.Refusal) {
      return new ConnectionException(
          v, operation, prefix(operation) + scrub(e.getMessage()), scrubber.scrub(e));
    }
    if (e instanceof SocketTimeoutException) {
      return new TimeoutException(
          v, operation, prefix(operation) + "timed out (" + describe(e) + ")", e);
    }
    if (e instanceof Tags.RetryInterruptedException) {
      return new ConnectionException(v, operation, prefix(operation) + e.getMessage(), e);
    }
    if (e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
      return new TimeoutException(v, operation, prefix(operation) + "call timeout elapsed", e);
    }
    if ("Canceled".equalsIgnoreCase(String.valueOf(e.getMessage()))) {
      return new ConnectionException(v, operation, prefix(operation) + "canceled", e);
    }
    return new ConnectionException(
        v,
        operation,
        prefix(operation) + "connection failed (" + describe(e) + ")",
        scrubber.scrub(e));
  }

  private String prefix(String operation) {
    return profile.vendor().displayName() + " " + operation + " failed: ";
  }

  private String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + scrub(m));
  }
}
