package dev.tasksdk.testkit.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.InvalidConfigurationException;
import org.testcontainers.dockerclient.TransportConfig;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * A local unix-socket Docker strategy whose host address is 127.0.0.1: the code equivalent of
 * {@code TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1}, which Testcontainers 2.0 reads only from the
 * environment.
 *
 * <p>Without it, a JVM that runs inside a container asks the daemon for its "bridge" network to
 * find the host address, and fails on daemons started without one ({@code dockerd --bridge=none}).
 * Prism containers use host networking bound to 127.0.0.1, so that address is the right one.
 *
 * <p>Registered through {@code META-INF/services}; it only applies after {@link #activate()} (the
 * testkit calls it before it first touches Testcontainers), when the environment sets no host
 * override, no {@code tc.host}, and Docker is a local unix socket.
 */
public final class LoopbackDockerStrategy extends DockerClientProviderStrategy {
  private static volatile boolean active;

  /** Public for {@link java.util.ServiceLoader}. */
  public LoopbackDockerStrategy() {}

  static final String STRATEGY_KEY = "docker.client.strategy";
  static final String UNIX_SOCKET_STRATEGY =
      "org.testcontainers.dockerclient.UnixSocketClientProviderStrategy";

  /**
   * Lets Testcontainers choose this strategy (if it has not chosen one yet).
   *
   * <p>Testcontainers tries the strategy remembered in {@code ~/.testcontainers.properties} before
   * any other; when that is its plain unix-socket strategy (which would look for the bridge
   * network), this one is put in its place, in memory only: the file is never rewritten, since this
   * strategy is not persistable.
   */
  static void activate() {
    active = true;
    if (System.getenv("TESTCONTAINERS_DOCKER_CLIENT_STRATEGY") != null
        || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null) {
      return;
    }
    preferOver(TestcontainersConfiguration.getInstance().getUserProperties());
  }

  /** Puts this strategy in place of a remembered plain unix-socket strategy (or none). */
  static void preferOver(java.util.Properties userProperties) {
    String configured = userProperties.getProperty(STRATEGY_KEY);
    if (configured == null || configured.equals(UNIX_SOCKET_STRATEGY)) {
      userProperties.setProperty(STRATEGY_KEY, LoopbackDockerStrategy.class.getName());
    }
  }

  static Path socket() {
    String dockerHost = System.getenv("DOCKER_HOST");
    if (dockerHost == null || dockerHost.isBlank()) {
      dockerHost =
          TestcontainersConfiguration.getInstance().getEnvVarOrUserProperty("docker.host", null);
    }
    if (dockerHost == null || dockerHost.isBlank()) {
      return Paths.get("/var/run/docker.sock");
    }
    if (dockerHost.startsWith("unix://")) {
      return Paths.get(URI.create(dockerHost).getPath());
    }
    return null;
  }

  @Override
  protected boolean isApplicable() {
    if (!active || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null) {
      return false;
    }
    if (TestcontainersConfiguration.getInstance().getUserProperty("tc.host", null) != null) {
      return false;
    }
    Path socket = socket();
    return socket != null && Files.exists(socket);
  }

  @Override
  protected int getPriority() {
    // above EnvironmentAndSystemPropertyClientProviderStrategy (100) so a unix DOCKER_HOST uses it
    // too
    return 110;
  }

  @Override
  protected boolean isPersistable() {
    return false;
  }

  @Override
  public TransportConfig getTransportConfig() throws InvalidConfigurationException {
    Path socket = socket();
    if (socket == null) {
      throw new InvalidConfigurationException("DOCKER_HOST is not a unix socket");
    }
    return TransportConfig.builder().dockerHost(URI.create("unix://" + socket)).build();
  }

  @Override
  public String getDockerHostIpAddress() {
    return "127.0.0.1";
  }

  @Override
  public String getDescription() {
    return "local unix socket with host address 127.0.0.1 (tasksdk testkit)";
  }
}
