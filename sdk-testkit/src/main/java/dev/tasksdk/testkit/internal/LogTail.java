package dev.tasksdk.testkit.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines of a process's output, for error messages. Thread-safe. */
final class LogTail {
  private final int max;
  private final Deque<String> lines = new ArrayDeque<>();

  LogTail(int max) {
    this.max = max;
  }

  synchronized void add(String line) {
    if (lines.size() == max) {
      lines.removeFirst();
    }
    lines.addLast(line);
  }

  @Override
  public synchronized String toString() {
    return lines.isEmpty() ? "(no output)" : String.join("\n", lines);
  }
}
