package dev.tasksdk.testkit;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.internal.BackendSelector;
import dev.tasksdk.testkit.internal.ContainerLauncher;
import dev.tasksdk.testkit.internal.LocalPrism;
import dev.tasksdk.testkit.internal.PrismUrls;
import dev.tasksdk.testkit.internal.RunningPrism;
import dev.tasksdk.testkit.internal.Settings;
import dev.tasksdk.testkit.internal.TestcontainersSupport;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A Prism server mocking one vendor's API from the spec bundled in this jar.
 *
 * <p>The backend is chosen in this order and logged (System.Logger, INFO): an explicit URL ({@code
 * PRISM_URL} or {@code -Dtasksdk.prism.url}, either one URL or {@code vendor=url,vendor=url}); a
 * container through Testcontainers when a Docker daemon answers (image {@code PRISM_IMAGE} or
 * {@code -Dtasksdk.prism.image}, default {@code stoplight/prism:5.16.0}); a local {@code node}
 * process running {@code @stoplight/prism-cli@5.16.0}, npm-installed once into {@code
 * ${TASKSDK_CACHE:-~/.cache/tasksdk}}. {@code -Dtasksdk.prism.backend=url|testcontainers|local}
 * forces one. When nothing works, {@link #start} throws and says what to install; it never skips.
 *
 * <p>{@link #shared(Vendor)} returns one server per vendor and options for the whole JVM, stopped
 * at the end of the JUnit run (see {@link PrismMock}) or by a shutdown hook; {@link #start(Vendor)}
 * returns a private server the caller closes.
 *
 * <pre>{@code
 * try (PrismServer prism = PrismServer.start(Vendor.VAMBE)) {
 *   VambeClient client = VambeClient.builder().baseUrl(prism.baseUrl()).apiKey("test").build();
 *   ...
 * }
 * }</pre>
 */
public final class PrismServer implements AutoCloseable {
  /** How the server runs. */
  public enum Backend {
    /** An already running server named by {@code PRISM_URL} / {@code tasksdk.prism.url}. */
    URL,
    /** A container started through Testcontainers. */
    TESTCONTAINERS,
    /** A local {@code node} process. */
    LOCAL_PROCESS
  }

  private static final System.Logger LOG = System.getLogger(PrismServer.class.getName());
  private static final Map<Key, CompletableFuture<PrismServer>> SHARED = new ConcurrentHashMap<>();
  private static final Set<PrismServer> LIVE = ConcurrentHashMap.newKeySet();

  static {
    // Testcontainers logs through SLF4J; without a provider SLF4J 2 warns on stderr unless its
    // internal reports are turned down (a user's explicit setting wins)
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(PrismServer::stopAll, "tasksdk-prism-shutdown"));
  }

  /** Why the Docker backend cannot run: Testcontainers missing, or what its probe says. */
  private static String dockerProblem(Settings settings) {
    if (!TESTCONTAINERS_PRESENT) {
      return "Testcontainers is not on the test class path; to use Docker add"
          + " org.testcontainers:testcontainers (1.21.4+ or 2.0.3+) with test scope";
    }
    return TestcontainersSupport.dockerProblem(settings.image());
  }

  private static final boolean TESTCONTAINERS_PRESENT =
      present("org.testcontainers.DockerClientFactory");

  private static boolean present(String className) {
    try {
      Class.forName(className, false, PrismServer.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private final Vendor vendor;
  private final Backend backend;
  private final String baseUrl;
  private final Duration startupTime;
  private final String description;
  private final RunningPrism running;
  private final boolean shared;

  private PrismServer(
      Vendor vendor,
      Backend backend,
      String baseUrl,
      Duration startupTime,
      String description,
      RunningPrism running,
      boolean shared) {
    this.vendor = vendor;
    this.backend = backend;
    this.baseUrl = baseUrl;
    this.startupTime = startupTime;
    this.description = description;
    this.running = running;
    this.shared = shared;
  }

  /**
   * Starts a private mock server for {@code vendor}; the caller closes it.
   *
   * @throws NullPointerException if vendor is null
   * @throws IllegalStateException if no backend can run Prism here (the message says what to
   *     install) or Prism does not start
   */
  public static PrismServer start(Vendor vendor) {
    return start(vendor, PrismOptions.defaults());
  }

  /**
   * Starts a private server for {@code vendor} with {@code options}; the caller closes it.
   *
   * @throws NullPointerException if vendor or options is null
   * @throws IllegalStateException if no backend can run Prism here (the message says what to
   *     install) or Prism does not start
   */
  public static PrismServer start(Vendor vendor, PrismOptions options) {
    return launch(vendor, options, false);
  }

  /**
   * The JVM-wide mock server for {@code vendor}, started on first use and stopped at the end of the
   * run; {@link #close()} on it does nothing.
   *
   * @throws NullPointerException if vendor is null
   * @throws IllegalStateException as {@link #start(Vendor)}
   */
  public static PrismServer shared(Vendor vendor) {
    return shared(vendor, PrismOptions.defaults());
  }

  /**
   * The JVM-wide server for {@code vendor} and {@code options}, started on first use and stopped at
   * the end of the run; {@link #close()} on it does nothing.
   *
   * @throws NullPointerException if vendor or options is null
   * @throws IllegalStateException as {@link #start(Vendor)}
   */
  public static PrismServer shared(Vendor vendor, PrismOptions options) {
    Key key = new Key(vendor, options);
    CompletableFuture<PrismServer> mine = new CompletableFuture<>();
    CompletableFuture<PrismServer> existing = SHARED.putIfAbsent(key, mine);
    if (existing == null) {
      try {
        mine.complete(launch(vendor, options, true));
      } catch (RuntimeException | Error e) {
        SHARED.remove(key, mine); // the next caller tries again
        mine.completeExceptionally(e);
        throw e;
      }
      return mine.join();
    }
    try {
      return existing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  /** Stops every shared server (the JUnit extension calls this at the end of the run). */
  public static void stopShared() {
    List<CompletableFuture<PrismServer>> all = new ArrayList<>(SHARED.values());
    SHARED.clear();
    for (CompletableFuture<PrismServer> f : all) {
      PrismServer s = f.getNow(null);
      if (s != null) {
        s.stop();
      }
    }
  }

  private static void stopAll() {
    for (PrismServer s : new ArrayList<>(LIVE)) {
      s.stop();
    }
  }

  private static PrismServer launch(Vendor vendor, PrismOptions options, boolean shared) {
    if (vendor == null) {
      throw new NullPointerException("vendor == null");
    }
    if (options == null) {
      throw new NullPointerException("options == null");
    }
    Settings settings = Settings.current();
    Backend backend =
        BackendSelector.select(
            vendor,
            settings,
            new BackendSelector.Probe() {
              @Override
              public String docker() {
                return dockerProblem(settings);
              }

              @Override
              public String node() {
                return LocalPrism.problem(settings);
              }
            });
    if (backend == Backend.LOCAL_PROCESS && settings.forcedBackend() == null) {
      LOG.log(
          System.Logger.Level.INFO,
          "Prism for " + vendor + ": not via Testcontainers (" + dockerProblem(settings) + ")");
    }
    long t0 = System.nanoTime();
    PrismServer server;
    switch (backend) {
      case URL:
        String url = PrismUrls.parse(settings.prismUrl()).urlFor(vendor);
        checkAnswers(vendor, url);
        if (options.isProxy() || options.errors()) {
          LOG.log(
              System.Logger.Level.WARNING,
              "PRISM_URL is set: " + options + " cannot apply to an already running server");
        }
        server = new PrismServer(vendor, backend, url, elapsed(t0), "PRISM_URL", null, shared);
        break;
      case TESTCONTAINERS:
        server =
            wrap(vendor, backend, ContainerLauncher.start(vendor, options, settings), t0, shared);
        break;
      default:
        server = wrap(vendor, backend, LocalPrism.start(vendor, options, settings), t0, shared);
        break;
    }
    LOG.log(
        System.Logger.Level.INFO,
        () ->
            String.format(
                Locale.ROOT,
                "Prism %sfor %s via %s, ready in %.1f s at %s",
                options.isProxy() ? "proxy to " + options.upstreamUrl() + " " : "",
                vendor,
                server.description,
                server.startupTime.toMillis() / 1000.0,
                server.baseUrl));
    return server;
  }

  private static PrismServer wrap(
      Vendor vendor, Backend backend, RunningPrism running, long t0, boolean shared) {
    PrismServer s =
        new PrismServer(
            vendor,
            backend,
            running.baseUrl(),
            elapsed(t0),
            running.description(),
            running,
            shared);
    LIVE.add(s);
    return s;
  }

  private static Duration elapsed(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  /** Any HTTP answer (Prism says 404 for "/") proves the server is there. */
  private static void checkAnswers(Vendor vendor, String url) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(10, TimeUnit.SECONDS)
            .build();
    try (Response ignored = http.newCall(new Request.Builder().url(url + "/").build()).execute()) {
      // answered
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "PRISM_URL / tasksdk.prism.url server for "
              + vendor
              + " at "
              + url
              + " does not answer: "
              + e,
          e);
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Base URL of the mock, e.g. {@code http://127.0.0.1:4010}, without trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The vendor whose spec the server serves. */
  public Vendor vendor() {
    return vendor;
  }

  /** How the server runs. */
  public Backend backend() {
    return backend;
  }

  /** How long starting (or, for {@link Backend#URL}, reaching) the server took. */
  public Duration startupTime() {
    return startupTime;
  }

  /**
   * Stops a server from {@link #start}; does nothing for a {@link #shared} server (it lives until
   * the end of the run) or a {@link Backend#URL} one (someone else runs it).
   */
  @Override
  public void close() {
    if (!shared) {
      stop();
    }
  }

  private void stop() {
    LIVE.remove(this);
    if (running != null) {
      running.close();
    }
  }

  @Override
  public String toString() {
    return "PrismServer{" + vendor + " via " + backend + " at " + baseUrl + "}";
  }

  private static final class Key {
    private final Vendor vendor;
    private final PrismOptions options;

    Key(Vendor vendor, PrismOptions options) {
      this.vendor = Objects.requireNonNull(vendor, "vendor == null");
      this.options = Objects.requireNonNull(options, "options == null");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).vendor == vendor && ((Key) o).options.equals(options);
    }

    @Override
    public int hashCode() {
      return vendor.hashCode() * 31 + options.hashCode();
    }
  }
}
