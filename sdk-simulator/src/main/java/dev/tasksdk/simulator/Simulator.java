package dev.tasksdk.simulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.simulator.internal.Engine;
import dev.tasksdk.simulator.internal.SpecCheck;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stateful simulator of one vendor's Task API, in this process, on 127.0.0.1.
 *
 * <p>It keeps tasks in memory in the vendor's wire format, implements every operation of the
 * vendor's bundled spec with its documented rules (AgentTasks' claim/complete state machine and 409
 * codes, Amplemarket's complete rules and keyset paging, Vambe's partial updates and soft delete,
 * Stuut's page/limit paging, Amigo read-only) and checks credentials as the vendor does (the
 * vendor's 401 body). When swagger-request-validator-core is on the class path (the default
 * dependency) every request is checked against the spec (a rejected one gets the vendor's
 * documented 400/422 body) and so is every answer (one outside the spec becomes a 500 and is listed
 * in {@link #specViolations()}).
 *
 * <pre>{@code
 * try (Simulator sim = Simulator.start(Vendor.AGENTTASKS)) {
 *   AgentTasksClient client = AgentTasksClient.builder()
 *       .baseUrl(sim.baseUrl()).apiKey("any").teamId("cmteam_abc").build();
 *   // create, claim, complete ... and see the state:
 *   sim.task("cmsim0001").get().get("status").getAsString();   // "done"
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server; the simulator owns nothing else.
 */
public final class Simulator implements AutoCloseable {
  private final Vendor vendor;
  private final Engine engine;
  private final Faults faults = new Faults();

  private Simulator(Builder b) {
    this.vendor = b.vendor;
    this.engine = new Engine(b.vendor, b.port, b.clock, b.ids, b.validate, faults::take);
    if (b.seeded) {
      engine.reset();
    }
  }

  /** Starts a seeded, validating simulator of {@code vendor} on a free port. */
  public static Simulator start(Vendor vendor) {
    return builder(vendor).start();
  }

  /** A builder for a simulator of {@code vendor}. */
  public static Builder builder(Vendor vendor) {
    return new Builder(Objects.requireNonNull(vendor, "vendor"));
  }

  /** The simulated vendor. */
  public Vendor vendor() {
    return vendor;
  }

  /** {@code http://127.0.0.1:<port>}: the base URL to give the vendor's client. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The port it listens on. */
  public int port() {
    return engine.port();
  }

  /** Whether requests and answers are checked against the spec. */
  public boolean validates() {
    return engine.validates();
  }

  /** Restores the seeded tasks (the spec's examples); ids start again from 1. */
  public void reset() {
    engine.reset();
    engine.clearReceived();
    faults.clear();
  }

  /** Removes every task (for a test that seeds its own). */
  public void clear() {
    engine.clear();
  }

  /**
   * Adds (or replaces) a task written in the vendor's wire format, e.g. an AgentTasks {@code {"id":
   * "t1", "title": "x", "status": "todo", ...}}; the vendor's id member names it.
   */
  public void seed(String taskJson) {
    Objects.requireNonNull(taskJson, "taskJson");
    engine.put(JsonParser.parseString(taskJson).getAsJsonObject());
  }

  /** The tasks (deleted ones left out), copied, in creation order. */
  public List<JsonObject> tasks() {
    return engine.tasks();
  }

  /** Task {@code id} as the vendor would serve it, if it exists and is not deleted. */
  public Optional<JsonObject> task(String id) {
    return engine.task(Objects.requireNonNull(id, "id"));
  }

  /** Every request received since the start or the last {@link #reset()}, oldest first. */
  public List<ReceivedRequest> requests() {
    return engine.received();
  }

  /** The last request received. */
  public Optional<ReceivedRequest> lastRequest() {
    List<ReceivedRequest> all = engine.received();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The faults to inject into the next requests. */
  public Faults faults() {
    return faults;
  }

  /**
   * Answers of this simulator that its spec rejected (each was sent as a 500 instead); empty unless
   * the simulator has a bug. {@link VendorSimulator} fails a test that caused one.
   */
  public List<String> specViolations() {
    return engine.violations();
  }

  /** The whole state (tasks, deleted ids, id sequence) as JSON, for {@link #restoreState}. */
  public String exportState() {
    return engine.snapshot().toString();
  }

  /** Replaces the whole state with one {@link #exportState()} returned. */
  public void restoreState(String stateJson) {
    Objects.requireNonNull(stateJson, "stateJson");
    engine.restore(JsonParser.parseString(stateJson).getAsJsonObject());
  }

  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return vendor.displayName() + " simulator at " + baseUrl();
  }

  /** Options of a {@link Simulator}. */
  public static final class Builder {
    private final Vendor vendor;
    private int port;
    private Clock clock = Clock.systemUTC();
    private IdSource ids = IdSource.deterministic();
    private boolean seeded = true;
    private boolean validate = SpecCheck.available();

    private Builder(Vendor vendor) {
      this.vendor = vendor;
    }

    /** The port, 0 (the default) for any free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** The clock of created/updated timestamps (default: the system's, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of new ids (default {@link IdSource#deterministic()}). */
    public Builder ids(IdSource ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /** Whether to start with the spec's example tasks (default true). */
    public Builder seeded(boolean seeded) {
      this.seeded = seeded;
      return this;
    }

    /**
     * Whether to check requests and answers against the spec (default: when
     * swagger-request-validator-core is on the class path).
     *
     * @throws IllegalStateException when asked for without the validator on the class path
     */
    public Builder validate(boolean validate) {
      if (validate && !SpecCheck.available()) {
        throw new IllegalStateException(
            "spec validation needs com.atlassian.oai:swagger-request-validator-core on the class"
                + " path; add it to your test dependencies (sdk-simulator declares it, so check for"
                + " an exclusion)");
      }
      this.validate = validate;
      return this;
    }

    /** Starts the simulator. */
    public Simulator start() {
      return new Simulator(this);
    }
  }
}
