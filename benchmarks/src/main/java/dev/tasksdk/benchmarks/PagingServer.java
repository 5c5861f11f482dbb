package dev.tasksdk.benchmarks;

import dev.tasksdk.core.Vendor;
import java.nio.charset.StandardCharsets;

/**
 * The AgentTasks list endpoint for the paging benchmark: {@code total} tasks in pages of {@value
 * Payloads#PAGE}, the page chosen by {@code cursor} (the last id of the previous page). One page's
 * response is encoded once; each answer is that template with the seven digits of every id patched
 * in place, so the server allocates nothing per request and holds ~30 KB instead of all pages.
 */
final class PagingServer implements LoopbackServer.Handler {
  private final int total;
  private final byte[] template;
  private final int[] idOffsets = new int[Payloads.PAGE];
  private final byte[] empty = LoopbackServer.okJson("[]".getBytes(StandardCharsets.US_ASCII));

  PagingServer(int total) {
    if (total % Payloads.PAGE != 0) {
      throw new IllegalArgumentException("total must be a multiple of " + Payloads.PAGE);
    }
    this.total = total;
    this.template =
        LoopbackServer.okJson(
            Payloads.page(Vendor.AGENTTASKS, 0, Payloads.PAGE).getBytes(StandardCharsets.UTF_8));
    byte[] marker = "\"id\":\"t".getBytes(StandardCharsets.US_ASCII);
    int found = 0;
    for (int i = 0; i + marker.length <= template.length && found < Payloads.PAGE; i++) {
      if (matches(template, i, marker)) {
        idOffsets[found++] = i + marker.length;
      }
    }
    if (found != Payloads.PAGE) {
      throw new IllegalStateException("template ids: " + found);
    }
  }

  @Override
  public void respond(String target, LoopbackServer.Out out) {
    int start = 0;
    int c = target.indexOf("cursor=t");
    if (c >= 0) {
      start = Integer.parseInt(target, c + 8, c + 8 + Payloads.ID_DIGITS, 10) + 1;
    }
    if (start >= total) {
      out.write(empty);
      return;
    }
    int base = out.length();
    out.write(template);
    byte[] b = out.buffer();
    for (int i = 0; i < Payloads.PAGE; i++) {
      int n = start + i;
      int at = base + idOffsets[i] + Payloads.ID_DIGITS;
      for (int d = 0; d < Payloads.ID_DIGITS; d++) {
        b[--at] = (byte) ('0' + n % 10);
        n /= 10;
      }
    }
  }

  private static boolean matches(byte[] b, int at, byte[] m) {
    for (int i = 0; i < m.length; i++) {
      if (b[at + i] != m[i]) {
        return false;
      }
    }
    return true;
  }
}
