package dev.tasksdk.cli.internal;

import dev.tasksdk.core.Vendor;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** A progress line on stderr while a listing spans several pages, only on a terminal. */
final class Progress implements AutoCloseable {
  private final CliContext ctx;
  private final Map<Vendor, long[]> counts = new EnumMap<>(Vendor.class);
  private boolean shown;

  Progress(CliContext ctx, Set<Vendor> vendors) {
    this.ctx = ctx;
    for (Vendor v : vendors) {
      counts.put(v, new long[] {0, 0});
    }
  }

  synchronized void update(Vendor v, long tasks, int pages) {
    counts.put(v, new long[] {tasks, pages});
    if (!ctx.terminal() || counts.values().stream().noneMatch(c -> c[1] > 1)) {
      return;
    }
    StringBuilder sb = new StringBuilder("\rlisting… ");
    counts.forEach(
        (vendor, c) ->
            sb.append(vendor.id())
                .append(' ')
                .append(c[0])
                .append(" (")
                .append(c[1])
                .append(c[1] == 1 ? " page)  " : " pages)  "));
    ctx.err().print(sb);
    ctx.err().flush();
    shown = true;
  }

  @Override
  public synchronized void close() {
    if (shown) {
      ctx.err().print("\r\033[K");
      ctx.err().flush();
    }
  }
}
