package dev.tasksdk.testkit.internal;

import dev.tasksdk.core.Vendor;
import dev.tasksdk.testkit.PrismOptions;
import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Runs Prism in a container with host networking, bound to 127.0.0.1 on a free port, the spec
 * copied in as {@code /tmp/spec.yaml}; ready when the log says "Prism is listening" ({@code
 * Wait.forHttp} cannot work without mapped ports).
 */
public final class ContainerLauncher {
  private static final String SPEC_IN_CONTAINER = "/tmp/spec.yaml";

  private ContainerLauncher() {}

  /** Starts the container; throws IllegalStateException with Prism's last output on failure. */
  public static RunningPrism start(Vendor vendor, PrismOptions options, Settings settings) {
    TestcontainersSupport.prepare();
    String image = settings.image();
    int port = PrismCommand.freePort();
    List<String> args = PrismCommand.args(options, port, SPEC_IN_CONTAINER);
    LogTail tail = new LogTail(30);
    @SuppressWarnings("resource") // stopped by Handle.close()
    GenericContainer<?> container =
        new GenericContainer<>(DockerImageName.parse(image))
            .withNetworkMode("host")
            .withCopyToContainer(Transferable.of(SpecFiles.read(vendor)), SPEC_IN_CONTAINER)
            .withCommand(args.toArray(new String[0]))
            .withLogConsumer(
                frame -> tail.add(PrismCommand.plain(frame.getUtf8StringWithoutLineEnding())))
            .waitingFor(
                Wait.forLogMessage("(?s).*" + PrismCommand.READY_LINE + ".*", 1)
                    .withStartupTimeout(options.startupTimeout()));
    try {
      container.start();
    } catch (RuntimeException e) {
      container.stop();
      throw new IllegalStateException(
          "Prism for "
              + vendor
              + " did not start in a container from image "
              + image
              + " (check that the image runs `prism mock`, or set PRISM_IMAGE to one that does): "
              + e.getMessage()
              + "\nlast output:\n"
              + tail,
          e);
    }
    return new Handle(container, "http://127.0.0.1:" + port, image);
  }

  private static final class Handle implements RunningPrism {
    private final GenericContainer<?> container;
    private final String baseUrl;
    private final String image;

    Handle(GenericContainer<?> container, String baseUrl, String image) {
      this.container = container;
      this.baseUrl = baseUrl;
      this.image = image;
    }

    @Override
    public String baseUrl() {
      return baseUrl;
    }

    @Override
    public String description() {
      return "Testcontainers (image " + image + ", container " + shortId() + ")";
    }

    private String shortId() {
      String id = container.getContainerId();
      return id == null ? "?" : id.substring(0, Math.min(12, id.length()));
    }

    @Override
    public void close() {
      container.stop();
    }
  }
}
