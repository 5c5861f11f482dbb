package dev.tasksdk.cli.internal;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.TaskClient;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import java.util.stream.Collectors;

/**
 * What every command works with: the environment, the streams, the global options, and the way to a
 * client per vendor, live or on the sandbox.
 */
public final class CliContext {
  /** Sample values from the specs' examples that stand in for ids on the sandbox. */
  public static final String SANDBOX_API_KEY = "sandbox";

  /** specs/amplemarket.yaml, {@code user_id} example. */
  public static final String SAMPLE_AMPLEMARKET_USER_ID = "0198f652-bc9b-79c2-8b91-60e1bd43e45d";

  /** specs/amigo.yaml, {@code workspace_id} example. */
  public static final String SAMPLE_AMIGO_WORKSPACE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

  /** specs/amigo.yaml, {@code call_sid} example. */
  public static final String SAMPLE_AMIGO_CALL_SID = "CA1234567890abcdef1234567890abcdef";

  /** specs/agenttasks.yaml, {@code teamId} example. */
  public static final String SAMPLE_AGENTTASKS_TEAM_ID = "cmteam_abc";

  // JUL keeps loggers weakly: hold the ones configured here
  private static final Logger HTTP_LOG = Logger.getLogger(ClientOptions.LOGGER_NAME);
  private static final Logger TESTKIT_LOG = Logger.getLogger("dev.tasksdk.testkit");
  private static Handler verboseHandler;

  /** Whether a vendor runs against its real API or the sandbox. */
  public enum Mode {
    LIVE,
    SANDBOX
  }

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final ClientFactory factory;
  private final SandboxLauncher sandbox;
  private final boolean terminal;
  private boolean sandboxAll;
  private boolean live;
  private boolean verbose;
  private Duration timeout;

  /** Creates the context. */
  public CliContext(
      Map<String, String> env,
      PrintStream out,
      PrintStream err,
      InputStream in,
      ClientFactory factory,
      SandboxLauncher sandbox,
      boolean terminal) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
    this.in = in;
    this.factory = factory;
    this.sandbox = sandbox;
    this.terminal = terminal;
  }

  /** Applies the global options; called before every command. */
  public void configure(boolean sandboxAll, boolean live, boolean verbose, Duration timeout) {
    this.sandboxAll = sandboxAll;
    this.live = live;
    this.verbose = verbose;
    this.timeout = timeout;
    configureLogging();
  }

  private synchronized void configureLogging() {
    if (verboseHandler != null) {
      HTTP_LOG.removeHandler(verboseHandler);
      TESTKIT_LOG.removeHandler(verboseHandler);
      verboseHandler = null;
    }
    if (verbose) {
      Handler h =
          new StreamHandler(err, new LineFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
              super.publish(record);
              flush();
            }
          };
      h.setLevel(Level.ALL);
      verboseHandler = h;
      HTTP_LOG.setLevel(Level.FINE);
      HTTP_LOG.addHandler(h);
      HTTP_LOG.setUseParentHandlers(false);
      TESTKIT_LOG.setLevel(Level.INFO);
      TESTKIT_LOG.addHandler(h);
      TESTKIT_LOG.setUseParentHandlers(false);
    } else {
      HTTP_LOG.setLevel(Level.WARNING);
      TESTKIT_LOG.setLevel(Level.WARNING);
    }
  }

  /** The process environment (or the one a test injects). */
  public Map<String, String> env() {
    return env;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  public InputStream in() {
    return in;
  }

  public ClientFactory factory() {
    return factory;
  }

  public boolean verbose() {
    return verbose;
  }

  /** Whether stderr is a terminal (progress lines are shown only then). */
  public boolean terminal() {
    return terminal;
  }

  /** The name of the vendor's API key variable, e.g. {@code VAMBE_API_KEY}. */
  public static String keyVariable(Vendor v) {
    return v.envPrefix() + "_API_KEY";
  }

  /**
   * How {@code vendor} runs: sandbox when forced or when its key is missing, else live.
   *
   * @throws UsageException for {@code --live} without the key, naming the variable
   */
  public Mode mode(Vendor vendor) {
    if (sandboxAll && live) {
      throw new UsageException("--sandbox and --live exclude each other");
    }
    if (sandboxAll) {
      return Mode.SANDBOX;
    }
    String key = env.get(keyVariable(vendor));
    if (key != null && !key.isBlank()) {
      return Mode.LIVE;
    }
    if (live) {
      throw new UsageException(
          "--live needs "
              + keyVariable(vendor)
              + " to be set (or run without --live for the sandbox)");
    }
    return Mode.SANDBOX;
  }

  /** The mode without failing: null where {@code --live} lacks the key. */
  public Mode modeOrNull(Vendor vendor) {
    if (sandboxAll && live) {
      mode(vendor);
    }
    try {
      return mode(vendor);
    } catch (UsageException e) {
      return null;
    }
  }

  /**
   * Opens clients for {@code vendors}: checks the modes first (usage errors before anything runs),
   * starts the sandboxes needed concurrently and says so on stderr in one line.
   *
   * @param overrides variables that replace the environment's (e.g. {@code --team})
   */
  public Opened open(Collection<Vendor> vendors, Map<String, String> overrides) {
    Map<Vendor, Mode> modes = new EnumMap<>(Vendor.class);
    for (Vendor v : vendors) {
      modes.put(v, mode(v));
    }
    List<Vendor> onSandbox =
        modes.entrySet().stream()
            .filter(e -> e.getValue() == Mode.SANDBOX)
            .map(Map.Entry::getKey)
            .toList();
    Map<Vendor, CompletableFuture<String>> starting = new EnumMap<>(Vendor.class);
    for (Vendor v : onSandbox) {
      starting.put(v, CompletableFuture.supplyAsync(() -> sandbox.start(v), Daemons.EXECUTOR));
    }
    if (!onSandbox.isEmpty()) {
      err.println(sandboxNote(onSandbox));
      err.flush();
    }
    Opened opened = new Opened();
    for (Vendor v : vendors) {
      Map<String, String> venv = new HashMap<>(env);
      venv.putAll(overrides);
      if (modes.get(v) == Mode.SANDBOX) {
        try {
          String url = starting.get(v).join();
          venv.put(keyVariable(v), SANDBOX_API_KEY);
          venv.put(v.envPrefix() + "_BASE_URL", url);
          venv.putIfAbsent("AMPLEMARKET_USER_ID", SAMPLE_AMPLEMARKET_USER_ID);
          venv.putIfAbsent("AMIGO_WORKSPACE_ID", SAMPLE_AMIGO_WORKSPACE_ID);
          venv.putIfAbsent("AGENTTASKS_TEAM_ID", SAMPLE_AGENTTASKS_TEAM_ID);
        } catch (RuntimeException e) {
          opened.failures.put(v, new SandboxUnavailableException(v, Failures.unwrap(e)));
          continue;
        }
      }
      opened.modes.put(v, modes.get(v));
      opened.envs.put(v, venv);
      try {
        opened.clients.put(v, factory.create(v, venv, timeout));
      } catch (IllegalArgumentException | IllegalStateException e) {
        opened.failures.put(v, new UsageException(v.id() + ": " + e.getMessage()));
      }
    }
    return opened;
  }

  /**
   * Opens the client of one vendor for {@code operation} or throws why it cannot; an operation the
   * vendor lacks fails before any sandbox is started.
   */
  public TaskClient client(Vendor vendor, dev.tasksdk.facade.Capability operation) {
    factory.capabilities(vendor).require(operation);
    return client(vendor);
  }

  /** Opens the client of one vendor or throws why it cannot. */
  public TaskClient client(Vendor vendor) {
    Opened o = open(List.of(vendor), Map.of());
    RuntimeException e = o.failures.get(vendor);
    if (e != null) {
      throw e;
    }
    return o.clients.get(vendor);
  }

  private String sandboxNote(List<Vendor> onSandbox) {
    String names = onSandbox.stream().map(Vendor::id).collect(Collectors.joining(", "));
    if (sandboxAll) {
      return "note: --sandbox: "
          + names
          + " run on the sandbox (stateful simulators of the bundled specs)";
    }
    String keys = onSandbox.stream().map(CliContext::keyVariable).collect(Collectors.joining(", "));
    return "note: "
        + names
        + (onSandbox.size() == 1 ? " runs" : " run")
        + " on the sandbox (simulator of the bundled spec, seeded sample data): "
        + keys
        + " not set";
  }

  /** The clients opened, per vendor, and the vendors that could not be opened. */
  public static final class Opened {
    private final Map<Vendor, TaskClient> clients = new LinkedHashMap<>();
    private final Map<Vendor, Map<String, String>> envs = new EnumMap<>(Vendor.class);
    private final Map<Vendor, Mode> modes = new EnumMap<>(Vendor.class);
    private final Map<Vendor, RuntimeException> failures = new LinkedHashMap<>();

    public Map<Vendor, TaskClient> clients() {
      return clients;
    }

    /** The effective environment of each opened vendor (sandbox samples included). */
    public Map<Vendor, Map<String, String>> envs() {
      return envs;
    }

    public Map<Vendor, Mode> modes() {
      return modes;
    }

    public Map<Vendor, RuntimeException> failures() {
      return failures;
    }

    /** The vendors that opened, in order. */
    public List<Vendor> vendors() {
      return new ArrayList<>(clients.keySet());
    }
  }

  private static final class LineFormatter extends Formatter {
    @Override
    public String format(LogRecord r) {
      return formatMessage(r) + System.lineSeparator();
    }
  }
}
