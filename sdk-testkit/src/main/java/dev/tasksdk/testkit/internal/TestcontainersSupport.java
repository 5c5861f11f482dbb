package dev.tasksdk.testkit.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.ResourceReaper;

/**
 * Applies the Testcontainers settings the Prism containers need, before Testcontainers is first
 * used, and answers whether a Docker daemon is reachable.
 *
 * <p>Testcontainers 2.0 reads {@code TESTCONTAINERS_RYUK_DISABLED} and {@code
 * TESTCONTAINERS_HOST_OVERRIDE} only from the process environment, which Java cannot change. So,
 * unless the environment sets them: Ryuk is replaced by Testcontainers' own JVM-shutdown-hook
 * reaper (Ryuk's image must be pulled from a registry; the testkit stops its containers itself),
 * and {@link LoopbackDockerStrategy} gives the host address 127.0.0.1. System property {@code
 * tasksdk.prism.ryuk=true} keeps Ryuk.
 */
public final class TestcontainersSupport {
  private static boolean prepared;
  private static String dockerProblem;
  private static boolean probed;

  private TestcontainersSupport() {}

  /** Applies the settings once per JVM (idempotent; does nothing that the environment decided). */
  public static synchronized void prepare() {
    if (prepared) {
      return;
    }
    prepared = true;
    if (System.getenv("TESTCONTAINERS_RYUK_DISABLED") == null
        && !Boolean.getBoolean("tasksdk.prism.ryuk")) {
      disableRyuk();
    }
    LoopbackDockerStrategy.activate();
  }

  private static void disableRyuk() {
    try {
      Field instance = ResourceReaper.class.getDeclaredField("instance");
      instance.setAccessible(true);
      synchronized (ResourceReaper.class) {
        if (instance.get(null) == null) {
          Constructor<?> hook =
              Class.forName("org.testcontainers.utility.JVMHookResourceReaper")
                  .getDeclaredConstructor();
          hook.setAccessible(true);
          instance.set(null, hook.newInstance());
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      System.getLogger(TestcontainersSupport.class.getName())
          .log(
              System.Logger.Level.WARNING,
              "could not disable Ryuk from code ("
                  + e
                  + "); set TESTCONTAINERS_RYUK_DISABLED=true if its image cannot be pulled");
    }
  }

  /**
   * Null when a Docker daemon answers and has {@code image} (pulling it, for at most {@link
   * #PULL_TIMEOUT_SECONDS} s, if absent), else the reason. Cached for the JVM.
   */
  public static synchronized String dockerProblem(String image) {
    if (!probed) {
      prepare();
      probed = true;
      try {
        dockerProblem =
            DockerClientFactory.instance().isDockerAvailable()
                ? null
                : "no Docker daemon answers (start one, e.g. scripts/docker-up)";
      } catch (RuntimeException | LinkageError e) {
        dockerProblem = "Docker is not usable: " + e;
      }
    }
    if (dockerProblem != null) {
      return dockerProblem;
    }
    return IMAGES.computeIfAbsent(image, TestcontainersSupport::imageProblem).orElse(null);
  }

  /** How long the probe waits for a missing image to be pulled. */
  public static final int PULL_TIMEOUT_SECONDS = 120;

  private static final Map<String, Optional<String>> IMAGES = new ConcurrentHashMap<>();

  private static Optional<String> imageProblem(String image) {
    DockerClient client = DockerClientFactory.instance().client();
    try {
      client.inspectImageCmd(image).exec();
      return Optional.empty();
    } catch (NotFoundException absent) {
      // not here: try a pull, bounded, instead of Testcontainers' long retry loop
    }
    String advice =
        "image "
            + image
            + " is not present and could not be pulled; pull it where a registry is reachable"
            + " (docker pull), or build an image that runs @stoplight/prism-cli "
            + Settings.PRISM_VERSION
            + " and set PRISM_IMAGE to it";
    try {
      boolean done =
          client
              .pullImageCmd(image)
              .start()
              .awaitCompletion(PULL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      client.inspectImageCmd(image).exec();
      return done ? Optional.empty() : Optional.of(advice + " (pull timed out)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(advice + " (interrupted)");
    } catch (RuntimeException e) {
      return Optional.of(advice + " (" + e.getMessage() + ")");
    }
  }
}
