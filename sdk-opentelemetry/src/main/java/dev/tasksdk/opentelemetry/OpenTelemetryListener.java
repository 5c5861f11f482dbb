package dev.tasksdk.opentelemetry;

import dev.tasksdk.core.event.AttemptEvent;
import dev.tasksdk.core.event.CallContext;
import dev.tasksdk.core.event.CallEvent;
import dev.tasksdk.core.event.TaskSdkListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Traces and measures every tasksdk call with OpenTelemetry: one line on the client builder.
 *
 * <pre>{@code
 * AgentTasksClient client = AgentTasksClient.builder().fromEnv(System.getenv())
 *     .addListener(OpenTelemetryListener.of(openTelemetry))
 *     .build();
 * }</pre>
 *
 * <p>Per SDK call an {@link SpanKind#INTERNAL} span named {@code "<vendor> <operation>"} (a child
 * of the current context), and under it per HTTP attempt a {@link SpanKind#CLIENT} span named
 * {@code "<METHOD> <url.template>"} following the HTTP client semantic conventions: {@code
 * http.request.method}, {@code server.address}, {@code server.port}, {@code url.template}, {@code
 * http.response.status_code}, {@code error.type} and, on a retry, {@code
 * http.request.resend_count}. The trace context of the attempt span is injected into its request
 * with the configured {@link TextMapPropagator} (W3C {@code traceparent} with the usual SDK setup).
 * Each attempt is recorded in the {@value #DURATION} histogram (seconds, the semantic conventions'
 * bucket advice) with the same attributes but the resend count.
 *
 * <p>{@code url.full} is left out on purpose: the URL holds task ids and query values; {@code
 * url.template} says which operation it was. Exception messages are not recorded either (only
 * {@code error.type}, the class name or status code). Thread-safe.
 */
public final class OpenTelemetryListener implements TaskSdkListener {
  /** The instrumentation scope name. */
  public static final String SCOPE = "dev.tasksdk";

  /** The HTTP client duration histogram. */
  public static final String DURATION = "http.client.request.duration";

  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> VENDOR = AttributeKey.stringKey("tasksdk.vendor");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("tasksdk.operation");
  static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("tasksdk.attempts");

  private static final List<Double> BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);
  private static final TextMapSetter<BiConsumer<String, String>> SETTER =
      (carrier, key, value) -> {
        if (carrier != null) {
          carrier.accept(key, value);
        }
      };

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final DoubleHistogram duration;
  private final Object callKey = new Object();
  private final Object attemptKey = new Object();

  private OpenTelemetryListener(OpenTelemetry otel) {
    this.tracer = otel.getTracer(SCOPE);
    this.propagator = otel.getPropagators().getTextMapPropagator();
    this.duration =
        otel.getMeter(SCOPE)
            .histogramBuilder(DURATION)
            .setUnit("s")
            .setDescription("Duration of HTTP client requests.")
            .setExplicitBucketBoundariesAdvice(BUCKETS)
            .build();
  }

  /**
   * Traces and measures through {@code openTelemetry} (its tracer, meter and propagators).
   *
   * @throws NullPointerException naming {@code openTelemetry} when null
   */
  public static OpenTelemetryListener of(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry == null");
    return new OpenTelemetryListener(openTelemetry);
  }

  @Override
  public void callStarted(CallContext call) {
    Context parent = Context.current();
    var builder =
        tracer
            .spanBuilder(call.vendor().id() + " " + call.operation())
            .setSpanKind(SpanKind.INTERNAL)
            .setParent(parent)
            .setAttribute(VENDOR, call.vendor().id())
            .setAttribute(OPERATION, call.operation())
            .setAttribute(METHOD, call.method());
    if (call.urlTemplate() != null) {
      builder.setAttribute(URL_TEMPLATE, call.urlTemplate());
    }
    Span span = builder.startSpan();
    call.put(callKey, parent.with(span));
  }

  @Override
  public void attemptStarted(CallContext call, int attempt, BiConsumer<String, String> headers) {
    Context parent = (Context) call.get(callKey);
    if (parent == null) {
      parent = Context.current();
    }
    var builder =
        tracer
            .spanBuilder(
                call.urlTemplate() == null
                    ? call.method()
                    : call.method() + " " + call.urlTemplate())
            .setSpanKind(SpanKind.CLIENT)
            .setParent(parent)
            .setAttribute(METHOD, call.method())
            .setAttribute(SERVER_ADDRESS, call.serverAddress())
            .setAttribute(SERVER_PORT, (long) call.serverPort());
    if (call.urlTemplate() != null) {
      builder.setAttribute(URL_TEMPLATE, call.urlTemplate());
    }
    if (attempt > 1) {
      builder.setAttribute(RESEND_COUNT, (long) (attempt - 1));
    }
    Span span = builder.startSpan();
    call.put(attemptKey, span);
    propagator.inject(parent.with(span), headers, SETTER);
  }

  @Override
  public void attemptFinished(AttemptEvent e) {
    CallContext call = e.call();
    String errorType = errorType(e.statusCode(), e.error());
    Span span = (Span) call.get(attemptKey);
    if (span != null) {
      finish(span, e.statusCode(), errorType);
    }
    AttributesBuilder a =
        Attributes.builder()
            .put(METHOD, call.method())
            .put(SERVER_ADDRESS, call.serverAddress())
            .put(SERVER_PORT, (long) call.serverPort());
    if (call.urlTemplate() != null) {
      a.put(URL_TEMPLATE, call.urlTemplate());
    }
    if (e.statusCode() > 0) {
      a.put(STATUS, (long) e.statusCode());
    }
    if (errorType != null) {
      a.put(ERROR_TYPE, errorType);
    }
    duration.record(e.duration().toNanos() / 1e9, a.build());
  }

  @Override
  public void callFinished(CallEvent e) {
    Context context = (Context) e.call().get(callKey);
    if (context == null) {
      return;
    }
    Span span = Span.fromContext(context);
    span.setAttribute(ATTEMPTS, (long) e.attempts());
    finish(span, e.statusCode(), errorType(e.statusCode(), e.error()));
  }

  private static void finish(Span span, int status, String errorType) {
    if (status > 0) {
      span.setAttribute(STATUS, (long) status);
    }
    if (errorType != null) {
      span.setAttribute(ERROR_TYPE, errorType);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }

  /**
   * The semantic conventions' {@code error.type}: the status code for an HTTP error, else the
   * exception's class name; null for success.
   */
  private static String errorType(int status, Throwable error) {
    if (status >= 400) {
      return Integer.toString(status);
    }
    return error == null ? null : error.getClass().getName();
  }

  @Override
  public String toString() {
    return "OpenTelemetryListener[" + SCOPE + "]";
  }
}
