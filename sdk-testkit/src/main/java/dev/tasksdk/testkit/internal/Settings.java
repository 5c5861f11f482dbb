package dev.tasksdk.testkit.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The testkit's configuration: each setting is a system property, else an environment variable,
 * else a default. Immutable snapshot, so that selection logic is testable without touching the JVM.
 */
public final class Settings {
  /** Prism version the local backend installs and the default image carries. */
  public static final String PRISM_VERSION = "5.16.0";

  /** Image used by the Testcontainers backend when neither PRISM_IMAGE nor the property is set. */
  public static final String DEFAULT_IMAGE = "stoplight/prism:" + PRISM_VERSION;

  private final Map<String, String> env;
  private final Properties props;

  private Settings(Map<String, String> env, Properties props) {
    this.env = env;
    this.props = props;
  }

  /** The settings of this JVM: live system properties and environment. */
  public static Settings current() {
    return new Settings(System.getenv(), System.getProperties());
  }

  /** Settings from explicit maps (tests). */
  public static Settings of(Map<String, String> env, Map<String, String> props) {
    Properties p = new Properties();
    p.putAll(props);
    return new Settings(Map.copyOf(env), p);
  }

  private String get(String property, String envVar) {
    String v = props.getProperty(property);
    if (v == null || v.isBlank()) {
      v = envVar == null ? null : env.get(envVar);
    }
    return v == null || v.isBlank() ? null : v.trim();
  }

  /**
   * {@code tasksdk.prism.backend} / {@code TASKSDK_PRISM_BACKEND}: url, testcontainers or local.
   */
  public String forcedBackend() {
    String v = get("tasksdk.prism.backend", "TASKSDK_PRISM_BACKEND");
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  /** {@code tasksdk.prism.url} / {@code PRISM_URL}: one URL, or {@code vendor=url,vendor=url}. */
  public String prismUrl() {
    return get("tasksdk.prism.url", "PRISM_URL");
  }

  /** {@code tasksdk.prism.image} / {@code PRISM_IMAGE}, default {@value #DEFAULT_IMAGE}. */
  public String image() {
    String v = get("tasksdk.prism.image", "PRISM_IMAGE");
    return v == null ? DEFAULT_IMAGE : v;
  }

  /** {@code tasksdk.prism.node} / {@code TASKSDK_PRISM_NODE}: the node executable, default node. */
  public String node() {
    String v = get("tasksdk.prism.node", "TASKSDK_PRISM_NODE");
    return v == null ? "node" : v;
  }

  /** {@code tasksdk.prism.npm} / {@code TASKSDK_PRISM_NPM}: the npm executable, default npm. */
  public String npm() {
    String v = get("tasksdk.prism.npm", "TASKSDK_PRISM_NPM");
    return v == null ? "npm" : v;
  }

  /** {@code tasksdk.cache} / {@code TASKSDK_CACHE}, default {@code ~/.cache/tasksdk}. */
  public Path cacheDir() {
    String v = get("tasksdk.cache", "TASKSDK_CACHE");
    if (v != null) {
      return Paths.get(v);
    }
    String home = props.getProperty("user.home", System.getProperty("user.home"));
    return Paths.get(home, ".cache", "tasksdk");
  }

  /** The raw value of an environment variable (null when unset or blank). */
  public String env(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v;
  }
}
