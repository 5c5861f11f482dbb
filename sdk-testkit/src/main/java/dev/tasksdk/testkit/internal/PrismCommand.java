package dev.tasksdk.testkit.internal;

import dev.tasksdk.testkit.PrismOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The Prism command line both launchers run, and helpers they share. */
public final class PrismCommand {
  /** Prism prints this once it accepts requests. */
  public static final String READY_LINE = "Prism is listening";

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

  private PrismCommand() {}

  /** {@code mock [--errors] -h 127.0.0.1 -p PORT SPEC} or {@code proxy ... SPEC UPSTREAM}. */
  public static List<String> args(PrismOptions options, int port, String specPath) {
    List<String> args = new ArrayList<>();
    args.add(options.isProxy() ? "proxy" : "mock");
    if (options.errors()) {
      args.add("--errors");
    }
    args.add("-h");
    args.add("127.0.0.1");
    args.add("-p");
    args.add(Integer.toString(port));
    args.add(specPath);
    if (options.isProxy()) {
      args.add(options.upstreamUrl());
    }
    return args;
  }

  /** A port that was free on 127.0.0.1 a moment ago. */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  /** The line without colour codes. */
  public static String plain(String line) {
    return ANSI.matcher(line).replaceAll("");
  }
}
