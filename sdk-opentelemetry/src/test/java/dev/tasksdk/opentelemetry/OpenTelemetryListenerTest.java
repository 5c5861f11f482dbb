package dev.tasksdk.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tasksdk.core.ConnectionException;
import dev.tasksdk.core.NotFoundException;
import dev.tasksdk.core.ServerErrorException;
import dev.tasksdk.core.TimeoutException;
import dev.tasksdk.testkit.ThingsClient;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenTelemetryListenerTest {
  private static final String KEY = "sk_live_SENTINEL_KEY_5e4d3c";
  private static final String ID = "t-SENTINEL-ID-77";

  private MockWebServer server;
  private InMemorySpanExporter spans;
  private InMemoryMetricReader metrics;
  private OpenTelemetrySdk otel;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    spans = InMemorySpanExporter.create();
    metrics = InMemoryMetricReader.create();
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
    for (SpanData s : spans.getFinishedSpanItems()) {
      assertNoSentinel(s.getName());
      assertNoSentinel(s.getAttributes().toString());
    }
    for (MetricData m : metrics.collectAllMetrics()) {
      assertNoSentinel(m.toString());
    }
    otel.close();
  }

  private static void assertNoSentinel(String text) {
    assertFalse(text.contains("SENTINEL"), text);
  }

  private ThingsClient.Builder client() {
    return ThingsClient.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/v1/").toString())
        .initialBackoff(Duration.ofMillis(1))
        .maxBackoff(Duration.ofMillis(2))
        .addListener(OpenTelemetryListener.of(otel));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** The error.type of the only attempt span and of the call span. */
  private static void assertErrorTypes(List<SpanData> all, String attempt, String call) {
    assertEquals(attempt, all.get(0).getAttributes().get(OpenTelemetryListener.ERROR_TYPE));
    assertEquals(call, all.get(1).getAttributes().get(OpenTelemetryListener.ERROR_TYPE));
  }

  /** Finished spans, the call span last (it ends after its attempts). */
  private List<SpanData> finished() {
    List<SpanData> list = new ArrayList<>(spans.getFinishedSpanItems());
    list.sort(Comparator.comparingLong(SpanData::getEndEpochNanos));
    return list;
  }

  private static String attrs(SpanData s) {
    return sorted(s.getAttributes());
  }

  private static String sorted(Attributes a) {
    TreeMap<String, Object> m = new TreeMap<>();
    a.forEach((k, v) -> m.put(k.getKey(), v));
    return m.toString();
  }

  /** The client span's attributes: the ones every attempt has, plus {@code extra} (key, value). */
  private String clientAttrs(Object... extra) {
    TreeMap<String, Object> m = new TreeMap<>();
    m.put("http.request.method", "GET");
    m.put("server.address", server.getHostName());
    m.put("server.port", (long) server.getPort());
    m.put("url.template", "/v1/things/{id}");
    for (int i = 0; i < extra.length; i += 2) {
      m.put((String) extra[i], extra[i + 1]);
    }
    return m.toString();
  }

  /** Durations recorded: attributes -> count. */
  private TreeMap<String, Long> histogram() {
    TreeMap<String, Long> out = new TreeMap<>();
    for (MetricData m : metrics.collectAllMetrics()) {
      if (m.getName().equals(OpenTelemetryListener.DURATION)) {
        assertEquals("s", m.getUnit());
        for (HistogramPointData p : m.getHistogramData().getPoints()) {
          out.put(sorted(p.getAttributes()), p.getCount());
        }
      }
    }
    return out;
  }

  @Test
  void get_whenSuccessful_makesACallSpanWithOneClientChildAndPropagatesIt() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + ID + "\"}"));
    try (ThingsClient c = client().build()) {
      c.get(ID);
    }
    RecordedRequest wire = server.takeRequest(5, TimeUnit.SECONDS);
    List<SpanData> all = finished();
    assertEquals(2, all.size());
    SpanData attempt = all.get(0);
    SpanData call = all.get(1);
    assertEquals("agenttasks getThing", call.getName());
    assertEquals(SpanKind.INTERNAL, call.getKind());
    assertEquals("GET /v1/things/{id}", attempt.getName());
    assertEquals(SpanKind.CLIENT, attempt.getKind());
    assertEquals(call.getSpanId(), attempt.getParentSpanId());
    assertEquals(
        "00-"
            + attempt.getTraceId()
            + "-"
            + attempt.getSpanId()
            + "-"
            + attempt.getSpanContext().getTraceFlags().asHex(),
        wire.getHeaders().get("traceparent"));
    assertEquals(clientAttrs("http.response.status_code", 200L), attrs(attempt));
    assertEquals(
        "{http.request.method=GET, http.response.status_code=200, tasksdk.attempts=1,"
            + " tasksdk.operation=getThing, tasksdk.vendor=agenttasks, url.template=/v1/things/{id}}",
        attrs(call));
    assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode());
    assertEquals(
        "{{http.request.method=GET, http.response.status_code=200, server.address="
            + server.getHostName()
            + ", server.port="
            + server.getPort()
            + ", url.template=/v1/things/{id}}=1}",
        histogram().toString());
  }

  @Test
  void get_whenSucceedingOnTheThirdAttempt_makesThreeClientSpansWithResendCounts() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"id\":\"t1\"}"));
    try (ThingsClient c = client().build()) {
      c.get(ID);
    }
    assertEquals(3, server.getRequestCount());
    List<SpanData> all = finished();
    assertEquals(4, all.size());
    assertEquals(
        clientAttrs("error.type", "503", "http.response.status_code", 503L), attrs(all.get(0)));
    assertEquals(
        clientAttrs(
            "error.type",
            "503",
            "http.request.resend_count",
            1L,
            "http.response.status_code",
            503L),
        attrs(all.get(1)));
    assertEquals(
        clientAttrs("http.request.resend_count", 2L, "http.response.status_code", 200L),
        attrs(all.get(2)));
    assertEquals(StatusCode.ERROR, all.get(0).getStatus().getStatusCode());
    SpanData call = all.get(3);
    assertEquals(3L, call.getAttributes().get(OpenTelemetryListener.ATTEMPTS));
    assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode());
    TreeMap<String, Long> h = histogram();
    assertEquals(2, h.size());
    assertEquals(2L, h.get(clientAttrs("error.type", "503", "http.response.status_code", 503L)));
    assertEquals(1L, h.get(clientAttrs("http.response.status_code", 200L)));
  }

  @Test
  void get_when404_marksBothSpansWithTheStatusAsErrorType() {
    server.enqueue(json(404, "{\"code\":\"nf\",\"message\":\"no " + ID + "\"}"));
    try (ThingsClient c = client().build()) {
      assertThrows(NotFoundException.class, () -> c.get(ID));
    }
    List<SpanData> all = finished();
    assertEquals(2, all.size());
    for (SpanData s : all) {
      assertEquals("404", s.getAttributes().get(OpenTelemetryListener.ERROR_TYPE));
      assertEquals(404L, s.getAttributes().get(OpenTelemetryListener.STATUS));
      assertEquals(StatusCode.ERROR, s.getStatus().getStatusCode());
      assertEquals(0, s.getEvents().size(), "no exception event (its message may quote data)");
    }
  }

  @Test
  void get_when5xxAfterEveryRetry_recordsThreeAttemptsAndAFailedCall() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{}"));
    }
    try (ThingsClient c = client().maxRetries(2).build()) {
      assertThrows(ServerErrorException.class, () -> c.get(ID));
    }
    assertEquals(3, server.getRequestCount());
    List<SpanData> all = finished();
    assertEquals(4, all.size());
    SpanData call = all.get(3);
    assertEquals("503", call.getAttributes().get(OpenTelemetryListener.ERROR_TYPE));
    assertEquals(3L, call.getAttributes().get(OpenTelemetryListener.ATTEMPTS));
    assertEquals(List.of(3L), List.copyOf(histogram().values()));
  }

  @Test
  void get_whenTheReadTimesOut_recordsTheExceptionClassAsErrorType() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    try (ThingsClient c = client().readTimeout(Duration.ofMillis(200)).maxRetries(0).build()) {
      assertThrows(TimeoutException.class, () -> c.get(ID));
    }
    List<SpanData> all = finished();
    assertErrorTypes(all, "java.net.SocketTimeoutException", TimeoutException.class.getName());
    assertNull(all.get(0).getAttributes().get(OpenTelemetryListener.STATUS));
    assertEquals(
        clientAttrs("error.type", "java.net.SocketTimeoutException"), histogram().firstKey());
  }

  @Test
  void get_whenTheConnectionIsRefused_recordsConnectException() throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String url = closed.url("/v1/").toString();
    closed.close();
    try (ThingsClient c = client().baseUrl(url).maxRetries(0).build()) {
      assertThrows(ConnectionException.class, () -> c.get(ID));
    }
    List<SpanData> all = finished();
    assertEquals(2, all.size());
    assertErrorTypes(all, "java.net.ConnectException", ConnectionException.class.getName());
  }

  @Test
  void list_whenThreePages_makesThreeCallSpansEachWithOneAttempt() throws Exception {
    server.enqueue(json(200, "{\"items\":[{\"id\":\"a\"}],\"next\":\"p2\"}"));
    server.enqueue(json(200, "{\"items\":[{\"id\":\"b\"}],\"next\":\"p3\"}"));
    server.enqueue(json(200, "{\"items\":[]}"));
    try (ThingsClient c = client().build()) {
      assertEquals(2, c.list().stream().count());
    }
    assertEquals(3, server.getRequestCount());
    List<SpanData> all = finished();
    assertEquals(6, all.size());
    assertEquals(3, all.stream().filter(s -> s.getName().equals("GET /v1/things")).count());
    assertEquals(3, all.stream().filter(s -> s.getName().equals("agenttasks listThings")).count());
    for (int i = 0; i < 3; i++) {
      String traceparent = server.takeRequest().getHeaders().get("traceparent");
      assertEquals(55, traceparent.length(), traceparent);
    }
    assertEquals(List.of(3L), List.copyOf(histogram().values()));
  }
}
