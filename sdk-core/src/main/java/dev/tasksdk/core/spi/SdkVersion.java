package dev.tasksdk.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of sdk-core, read from {@code dev/tasksdk/core/version.properties}. */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  /** Returns the version, e.g. {@code "0.1.0"}, or {@code "dev"} when it is unknown. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        SdkVersion.class.getResourceAsStream("/dev/tasksdk/core/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev").trim();
      return v.isEmpty() || v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
