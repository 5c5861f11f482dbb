package dev.tasksdk.benchmarks;

import com.google.gson.Gson;
import com.google.gson.stream.JsonReader;
import dev.tasksdk.agenttasks.AgentTasksClient;
import dev.tasksdk.agenttasks.model.Task;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.TaskSdkListener;
import dev.tasksdk.core.ratelimit.RateLimit;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskClients;
import dev.tasksdk.micrometer.MicrometerListener;
import dev.tasksdk.opentelemetry.OpenTelemetryListener;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Measurement 1 (and 6 with the GC profiler): one AgentTasks {@code GET /api/tasks/{id}} against
 * the loopback server, four ways, plus the raw socket round trip that bounds them all; and the
 * vendor client with the Micrometer and with the OpenTelemetry listener (the observability cost).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetTaskBenchmark {
  static final String API_KEY = "bench-key-0123456789";
  static final String TASK_ID = Payloads.id(42);

  private LoopbackServer server;
  private OkHttpClient okHttp;
  private HttpUrl taskUrl;
  private RetrofitTasks retrofitApi;
  private AgentTasksClient vendorClient;
  private AgentTasksClient vendorClientLimited;
  private TaskClient facade;
  private AgentTasksClient micrometerClient;
  private AgentTasksClient openTelemetryClient;
  private OpenTelemetrySdk openTelemetry;
  private Socket socket;
  private byte[] rawRequest;
  private byte[] rawBuffer;
  private int rawResponseLength;
  private final CpuMeter cpu = new CpuMeter();

  /** Starts the server and builds every client. */
  @Setup
  public void setup() throws IOException {
    byte[] response =
        LoopbackServer.okJson(
            Payloads.task(Vendor.AGENTTASKS, 42).getBytes(StandardCharsets.UTF_8));
    server = LoopbackServer.start(LoopbackServer.fixed(response));
    okHttp = new OkHttpClient();
    taskUrl = HttpUrl.get(server.baseUrl()).newBuilder().addPathSegments("api/tasks").build();

    Gson gson = new dev.tasksdk.agenttasks.internal.json.JSON().getGson();
    OkHttpClient authed =
        okHttp
            .newBuilder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header("Authorization", "Bearer " + API_KEY)
                            .build()))
            .build();
    retrofitApi =
        new Retrofit.Builder()
            .baseUrl(server.baseUrl())
            .client(authed)
            .addConverterFactory(GsonConverterFactory.create(gson))
            .build()
            .create(RetrofitTasks.class);

    // the documented 120/min would be the whole measurement: off here, and a limit that never
    // binds for vendorClientLimited, whose ratio to vendorClient is the limiter's cost
    // (the listener clients too: their ratio to vendorClient is the listener's cost alone)
    vendorClient = client(RateLimit.off(), null);
    vendorClientLimited = client(RateLimit.of(1_000_000_000L, Duration.ofSeconds(1)), null);
    facade = TaskClients.of(vendorClient);
    micrometerClient = client(RateLimit.off(), MicrometerListener.of(new SimpleMeterRegistry()));
    // what an application configures: every span sampled and batched to an exporter, metrics
    // aggregated for a reader, W3C propagation
    openTelemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
                    .build())
            .setMeterProvider(
                SdkMeterProvider.builder()
                    .registerMetricReader(InMemoryMetricReader.create())
                    .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    openTelemetryClient = client(RateLimit.off(), OpenTelemetryListener.of(openTelemetry));

    rawResponseLength = response.length;
    rawBuffer = new byte[rawResponseLength];
    rawRequest =
        ("GET /api/tasks/"
                + TASK_ID
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + API_KEY
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    socket.setTcpNoDelay(true);
  }

  /** Reports the server's own CPU time per request, then stops everything. */
  @TearDown
  public void tearDown(BenchmarkParams params) throws IOException {
    String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    SideResults.record("get." + name + ".serverCpuNsPerRequest", server.cpuNanosPerRequest());
    SideResults.record("get." + name + ".clientCpuNsPerCall", cpu.nanosPerOp());
    socket.close();
    vendorClient.close();
    vendorClientLimited.close();
    micrometerClient.close();
    openTelemetryClient.close();
    openTelemetry.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  /** Forgets warm-up requests in the server's counters; starts the CPU meter's iteration. */
  @Setup(Level.Iteration)
  public void iterationStart() {
    server.resetCounters();
    cpu.iterationStart();
  }

  /** Ends the CPU meter's iteration. */
  @TearDown(Level.Iteration)
  public void iterationEnd(IterationParams iteration) {
    cpu.iterationEnd(iteration.getType() == IterationType.MEASUREMENT);
  }

  /** The floor: the request bytes written and the response bytes read on one raw socket. */
  @Benchmark
  public int socketFloor() throws IOException {
    cpu.tick();
    OutputStream os = socket.getOutputStream();
    os.write(rawRequest);
    os.flush();
    InputStream is = socket.getInputStream();
    int read = 0;
    while (read < rawResponseLength) {
      int n = is.read(rawBuffer, read, rawResponseLength - read);
      if (n < 0) {
        throw new IOException("closed");
      }
      read += n;
    }
    return read;
  }

  /** Baseline: the request built by hand with OkHttp, the body read with Gson's JsonReader. */
  @Benchmark
  public Task baseline() throws IOException {
    cpu.tick();
    Request request =
        new Request.Builder()
            .url(taskUrl.newBuilder().addPathSegment(TASK_ID).build())
            .header("Authorization", "Bearer " + API_KEY)
            .header("Accept", "application/json")
            .build();
    try (Response response = okHttp.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      ResponseBody body = response.body();
      try (JsonReader r = new JsonReader(body.charStream())) {
        return HandParsers.agentTasksTask(r);
      }
    }
  }

  /** The generated Retrofit interface with the generated Gson, no SDK runtime. */
  @Benchmark
  public Task retrofit() throws IOException {
    cpu.tick();
    retrofit2.Response<Task> response = retrofitApi.getTask(TASK_ID).execute();
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
    return response.body();
  }

  /** The vendor client: {@code AgentTasksClient.getTask}. */
  @Benchmark
  public Task vendorClient() {
    cpu.tick();
    return vendorClient.getTask(TASK_ID);
  }

  /**
   * The vendor client with the rate limiter on but never limiting (a bucket of 10^9 per second):
   * what the limiter costs a call that does not wait.
   */
  @Benchmark
  public Task vendorClientLimited() {
    cpu.tick();
    return vendorClientLimited.getTask(TASK_ID);
  }

  private AgentTasksClient client(RateLimit rateLimit, TaskSdkListener listener) {
    AgentTasksClient.Builder b =
        AgentTasksClient.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .teamId("team_1")
            .rateLimit(rateLimit);
    return (listener == null ? b : b.addListener(listener)).build();
  }

  /** The vendor client with {@code MicrometerListener} on a {@code SimpleMeterRegistry}. */
  @Benchmark
  public Task vendorClientMicrometer() {
    cpu.tick();
    return micrometerClient.getTask(TASK_ID);
  }

  /** The vendor client with {@code OpenTelemetryListener} on the OpenTelemetry SDK. */
  @Benchmark
  public Task vendorClientOpenTelemetry() {
    cpu.tick();
    return openTelemetryClient.getTask(TASK_ID);
  }

  /** The facade: {@code TaskClient.get}, mapped to the common {@code Task}. */
  @Benchmark
  public dev.tasksdk.facade.Task facade() {
    cpu.tick();
    return facade.get(TASK_ID);
  }

  /**
   * Plain Retrofit's view of {@code GET /api/tasks/{taskId}}, as a user without the SDK would write
   * it (the SDK's own Retrofit interface is internal).
   */
  interface RetrofitTasks {
    @retrofit2.http.GET("api/tasks/{taskId}")
    retrofit2.Call<Task> getTask(@retrofit2.http.Path("taskId") String taskId);
  }
}
