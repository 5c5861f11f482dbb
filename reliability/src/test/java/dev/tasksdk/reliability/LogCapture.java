package dev.tasksdk.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects every java.util.logging record of a logger (formatted, with its throwable) while open;
 * the SDK's System.Logger "dev.tasksdk.http" and OkHttp's "okhttp3.OkHttpClient" both end up here.
 */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final Level previous;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  private LogCapture(String name, Level level) {
    this.logger = Logger.getLogger(name);
    this.previous = logger.getLevel();
    setLevel(Level.ALL);
    logger.setLevel(level);
    logger.addHandler(this);
  }

  /** Captures {@code name} at {@code level} (e.g. FINEST: the SDK's DEBUG and TRACE lines). */
  static LogCapture of(String name, Level level) {
    return new LogCapture(name, level);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  long count(String contains) {
    return lines.stream().filter(l -> l.contains(contains)).count();
  }

  @Override
  public void publish(LogRecord r) {
    lines.add(formatter.format(r));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
