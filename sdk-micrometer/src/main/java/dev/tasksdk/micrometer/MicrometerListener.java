package dev.tasksdk.micrometer;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.event.AttemptEvent;
import dev.tasksdk.core.event.CallContext;
import dev.tasksdk.core.event.CallEvent;
import dev.tasksdk.core.event.ListingEvent;
import dev.tasksdk.core.event.Outcome;
import dev.tasksdk.core.event.TaskSdkListener;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Records every tasksdk call in Micrometer: one line on the client builder.
 *
 * <pre>{@code
 * AgentTasksClient client = AgentTasksClient.builder().fromEnv(System.getenv())
 *     .addListener(MicrometerListener.of(meterRegistry))
 *     .build();
 * }</pre>
 *
 * <p>With Micrometer Tracing, pass the application's {@link ObservationRegistry} instead ({@link
 * #of(ObservationRegistry, MeterRegistry)}): its handlers then turn the observations into spans and
 * inject the trace headers (e.g. W3C {@code traceparent}) into each attempt's request; its meter
 * handler (as Spring Boot configures it) makes the timers.
 *
 * <p>Observations (a {@link Timer} each when a {@link DefaultMeterObservationHandler} is
 * registered, which {@link #of(MeterRegistry)} does):
 *
 * <ul>
 *   <li>{@value #REQUESTS}: one per SDK call, all attempts and decoding included;
 *   <li>{@value #ATTEMPTS}: one per HTTP request on the wire, a child of the call (kind CLIENT, a
 *       sender context for trace propagation).
 * </ul>
 *
 * <p>Both carry the low-cardinality keys {@code vendor}, {@code operation}, {@code method}, {@code
 * status} (status class: {@code 2xx}, {@code 4xx}, ... or {@code none}), {@code outcome} ({@link
 * Outcome}) and {@code error} (the exception's simple class name or {@code none}); the call has the
 * high-cardinality key {@code url.template} (the path template, never the URL) for spans. Meters
 * registered directly:
 *
 * <ul>
 *   <li>{@value #RETRIES} counter: retries (attempts after the first) per call; tags vendor,
 *       operation, method, outcome;
 *   <li>{@value #BACKOFF} timer: each sleep before a retry; tags vendor, operation, method;
 *   <li>{@value #RATE_LIMIT_WAIT} timer: per call that waited for the client-side rate limiter, the
 *       total wait; tags vendor, operation, method;
 *   <li>{@value #REQUEST_SIZE} and {@value #RESPONSE_SIZE} summaries (bytes) per attempt whose
 *       length is known; tags vendor, operation, method;
 *   <li>{@value #LISTING_PAGES} and {@value #LISTING_ITEMS} summaries per paged listing, {@value
 *       #LISTING_FILTERED} counter of items dropped client-side; tags source, vendor, operation,
 *       outcome.
 * </ul>
 *
 * <p>No tag or key holds a credential, an id, a URL or a body. Thread-safe.
 */
public final class MicrometerListener implements TaskSdkListener {
  /** Observation (timer) per SDK call. */
  public static final String REQUESTS = "tasksdk.client.requests";

  /** Observation (timer) per HTTP attempt. */
  public static final String ATTEMPTS = "tasksdk.client.attempts";

  /** Counter of retries. */
  public static final String RETRIES = "tasksdk.client.retries";

  /** Timer of retry backoff sleeps. */
  public static final String BACKOFF = "tasksdk.client.backoff";

  /** Timer of client-side rate-limit waits. */
  public static final String RATE_LIMIT_WAIT = "tasksdk.client.ratelimit.wait";

  /** Summary of request body sizes. */
  public static final String REQUEST_SIZE = "tasksdk.client.request.size";

  /** Summary of response body sizes. */
  public static final String RESPONSE_SIZE = "tasksdk.client.response.size";

  /** Summary of pages per listing. */
  public static final String LISTING_PAGES = "tasksdk.client.listing.pages";

  /** Summary of items per listing. */
  public static final String LISTING_ITEMS = "tasksdk.client.listing.items";

  /** Counter of items dropped by client-side filters. */
  public static final String LISTING_FILTERED = "tasksdk.client.listing.filtered";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;
  private final Object callKey = new Object();
  private final Object attemptKey = new Object();
  private final Map<Vendor, Map<String, Site>> sites = new ConcurrentHashMap<>();

  private MicrometerListener(ObservationRegistry observations, MeterRegistry meters) {
    this.observations = observations;
    this.meters = meters;
  }

  /**
   * Records into {@code registry}: the observations become timers through a {@link
   * DefaultMeterObservationHandler} of its own; no tracing.
   *
   * @throws NullPointerException naming {@code registry} when null
   */
  public static MicrometerListener of(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry == null");
    ObservationRegistry observations = ObservationRegistry.create();
    observations
        .observationConfig()
        .observationHandler(new DefaultMeterObservationHandler(registry));
    return new MicrometerListener(observations, registry);
  }

  /**
   * Records observations into the application's {@code observations} (its handlers make timers and
   * spans) and the other meters into {@code meters}.
   *
   * @throws NullPointerException naming {@code observations} or {@code meters} when null
   */
  public static MicrometerListener of(ObservationRegistry observations, MeterRegistry meters) {
    Objects.requireNonNull(observations, "observations == null");
    Objects.requireNonNull(meters, "meters == null");
    return new MicrometerListener(observations, meters);
  }

  @Override
  public void callStarted(CallContext call) {
    Observation o =
        Observation.createNotStarted(REQUESTS, observations)
            .contextualName(call.vendor().id() + " " + call.operation())
            .lowCardinalityKeyValues(base(call))
            .highCardinalityKeyValue("url.template", String.valueOf(call.urlTemplate()))
            .start();
    call.put(callKey, o);
  }

  @Override
  public void attemptStarted(CallContext call, int attempt, BiConsumer<String, String> headers) {
    SenderContext<BiConsumer<String, String>> context =
        new SenderContext<>((carrier, key, value) -> carrier.accept(key, value), Kind.CLIENT);
    context.setCarrier(headers);
    context.setRemoteServiceName(call.vendor().id());
    context.setRemoteServiceAddress(call.serverAddress() + ":" + call.serverPort());
    Observation parent = (Observation) call.get(callKey);
    Observation o =
        Observation.createNotStarted(ATTEMPTS, () -> context, observations)
            .contextualName(call.method() + " " + call.urlTemplate())
            .parentObservation(parent)
            .lowCardinalityKeyValues(base(call))
            .highCardinalityKeyValue("url.template", String.valueOf(call.urlTemplate()))
            .highCardinalityKeyValue("http.request.resend_count", Integer.toString(attempt - 1))
            .start();
    call.put(attemptKey, o);
  }

  @Override
  public void attemptFinished(AttemptEvent e) {
    CallContext call = e.call();
    Observation o = (Observation) call.get(attemptKey);
    if (o != null) {
      stop(o, e.statusCode(), e.outcome(), e.error());
    }
    Site site = site(call);
    if (e.backoffBefore().toNanos() > 0) {
      site.backoff.record(e.backoffBefore());
    }
    if (e.requestBytes() >= 0) {
      site.requestSize.record(e.requestBytes());
    }
    if (e.responseBytes() >= 0) {
      site.responseSize.record(e.responseBytes());
    }
  }

  @Override
  public void callFinished(CallEvent e) {
    CallContext call = e.call();
    Observation o = (Observation) call.get(callKey);
    if (o != null) {
      stop(o, e.statusCode(), e.outcome(), e.error());
    }
    Site site = site(call);
    site.retries(e.outcome()).increment(e.retries());
    if (e.rateLimitWait().toNanos() > 0) {
      site.rateLimitWait.record(e.rateLimitWait());
    }
  }

  @Override
  public void listingFinished(ListingEvent e) {
    Tags tags =
        Tags.of(
            "source",
            e.source(),
            "vendor",
            e.vendor() == null ? "all" : e.vendor().id(),
            "operation",
            e.operation(),
            "outcome",
            e.outcome().name());
    DistributionSummary.builder(LISTING_PAGES)
        .description("Pages fetched per listing")
        .tags(tags)
        .register(meters)
        .record(e.pages());
    DistributionSummary.builder(LISTING_ITEMS)
        .description("Items delivered per listing")
        .tags(tags)
        .register(meters)
        .record(e.items());
    Counter.builder(LISTING_FILTERED)
        .description("Items dropped by client-side filters")
        .tags(tags)
        .register(meters)
        .increment(e.filteredOut());
  }

  private static KeyValues base(CallContext call) {
    return KeyValues.of(
        "vendor", call.vendor().id(), "operation", call.operation(), "method", call.method());
  }

  /**
   * Ends an observation with its result; the {@code error} tag comes from the meter handler, which
   * reads the exception's simple class name (so it is never set as a key value here).
   */
  private static void stop(Observation o, int status, Outcome outcome, Throwable error) {
    o.lowCardinalityKeyValue("status", Outcome.statusClass(status))
        .lowCardinalityKeyValue("outcome", outcome.name());
    if (error != null) {
      o.error(error);
    }
    o.stop();
  }

  private Site site(CallContext call) {
    Map<String, Site> byOperation =
        sites.computeIfAbsent(call.vendor(), v -> new ConcurrentHashMap<>());
    Site site = byOperation.get(call.operation());
    if (site == null || !site.method.equals(call.method())) {
      site =
          new Site(
              call.method(),
              Tags.of(
                  "vendor",
                  call.vendor().id(),
                  "operation",
                  call.operation(),
                  "method",
                  call.method()),
              meters);
      byOperation.put(call.operation(), site);
    }
    return site;
  }

  /** The meters of one vendor operation, registered once (a lookup per event costs allocations). */
  private static final class Site {
    final String method;
    final Tags tags;
    final MeterRegistry meters;
    final Timer backoff;
    final Timer rateLimitWait;
    final DistributionSummary requestSize;
    final DistributionSummary responseSize;
    final Map<Outcome, Counter> retries = new EnumMap<>(Outcome.class);

    Site(String method, Tags tags, MeterRegistry meters) {
      this.method = method;
      this.tags = tags;
      this.meters = meters;
      this.backoff =
          Timer.builder(BACKOFF)
              .description("Time slept before a retry")
              .tags(tags)
              .register(meters);
      this.rateLimitWait =
          Timer.builder(RATE_LIMIT_WAIT)
              .description("Time a call waited for the client-side rate limiter")
              .tags(tags)
              .register(meters);
      this.requestSize =
          DistributionSummary.builder(REQUEST_SIZE).baseUnit("bytes").tags(tags).register(meters);
      this.responseSize =
          DistributionSummary.builder(RESPONSE_SIZE).baseUnit("bytes").tags(tags).register(meters);
    }

    Counter retries(Outcome outcome) {
      synchronized (retries) {
        return retries.computeIfAbsent(
            outcome,
            o ->
                Counter.builder(RETRIES)
                    .description("Retries (attempts after the first) of SDK calls")
                    .tags(tags)
                    .tag("outcome", o.name())
                    .register(meters));
      }
    }
  }

  @Override
  public String toString() {
    return "MicrometerListener[" + meters.getClass().getSimpleName() + "]";
  }
}
