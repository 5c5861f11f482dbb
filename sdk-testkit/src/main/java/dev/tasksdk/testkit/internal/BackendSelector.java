package dev.tasksdk.testkit.internal;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.PrismServer.Backend;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a backend for one vendor: an explicit URL, else Testcontainers when a Docker daemon
 * answers, else a local node process. A forced backend ({@code tasksdk.prism.backend}) is used as
 * it is or fails with the reason.
 */
public final class BackendSelector {
  /** The advice every "no backend" error ends with. */
  public static final String INSTALL_ADVICE =
      "Either install Docker and add org.testcontainers:testcontainers to your test dependencies"
          + " (image stoplight/prism, or set PRISM_IMAGE to one your registry has), or install"
          + " Node.js 18+ with npm (the testkit installs @stoplight/prism-cli itself), or set"
          + " PRISM_URL to a running Prism";

  /** Checks whether a backend can work here; each returns null when it can, else the reason. */
  public interface Probe {
    /** Null when a Docker daemon answers, else why not. */
    String docker();

    /** Null when node (18+) can run Prism, else why not. */
    String node();
  }

  private BackendSelector() {}

  /**
   * Selects the backend for {@code vendor}.
   *
   * @throws IllegalStateException with {@link #INSTALL_ADVICE} and the reason each backend was
   *     rejected, when none can work or the forced one cannot
   * @throws IllegalArgumentException when {@code tasksdk.prism.backend} has an unknown value
   */
  public static Backend select(Vendor vendor, Settings settings, Probe probe) {
    String forced = settings.forcedBackend();
    String url = PrismUrls.parse(settings.prismUrl()).urlFor(vendor);
    if (forced != null) {
      switch (forced) {
        case "url":
          if (url == null) {
            throw fail(
                vendor,
                List.of("url: PRISM_URL / tasksdk.prism.url names no server for " + vendor));
          }
          return Backend.URL;
        case "testcontainers":
        case "docker":
          String docker = probe.docker();
          if (docker != null) {
            throw fail(vendor, List.of("testcontainers (forced): " + docker));
          }
          return Backend.TESTCONTAINERS;
        case "local":
        case "node":
          String node = probe.node();
          if (node != null) {
            throw fail(vendor, List.of("local (forced): " + node));
          }
          return Backend.LOCAL_PROCESS;
        default:
          throw new IllegalArgumentException(
              "tasksdk.prism.backend '" + forced + "' is not one of url, testcontainers, local");
      }
    }
    if (url != null) {
      return Backend.URL;
    }
    List<String> tried = new ArrayList<>();
    tried.add("url: PRISM_URL / tasksdk.prism.url not set for " + vendor);
    String docker = probe.docker();
    if (docker == null) {
      return Backend.TESTCONTAINERS;
    }
    tried.add("testcontainers: " + docker);
    String node = probe.node();
    if (node == null) {
      return Backend.LOCAL_PROCESS;
    }
    tried.add("local: " + node);
    throw fail(vendor, tried);
  }

  private static IllegalStateException fail(Vendor vendor, List<String> tried) {
    return new IllegalStateException(
        "No way to run Prism for "
            + vendor
            + ". "
            + INSTALL_ADVICE
            + ". Tried: "
            + String.join("; ", tried));
  }
}
