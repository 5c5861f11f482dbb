package dev.tasksdk.simulator;

import dev.tasksdk.core.Vendor;
import java.util.Locale;

/**
 * Makes the id of each object a simulator creates. The default is deterministic: the same sequence
 * of creations gives the same ids in every run, shaped like the vendor's own (UUIDs for Vambe,
 * whose paths the spec types as {@code uuid}).
 */
@FunctionalInterface
public interface IdSource {
  /** The id of the {@code sequence}-th object (1, 2, ...) created on {@code vendor}'s simulator. */
  String next(Vendor vendor, long sequence);

  /** The default: {@code cmsim0001}, {@code tsk_sim0001}, a counting UUID for Vambe/Amplemarket. */
  static IdSource deterministic() {
    return (vendor, n) ->
        switch (vendor) {
          case AGENTTASKS -> String.format(Locale.ROOT, "cmsim%04d", n);
          case STUUT -> String.format(Locale.ROOT, "tsk_sim%04d", n);
          case AMIGO -> String.format(Locale.ROOT, "task_sim%04d", n);
          case VAMBE, AMPLEMARKET -> String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", n);
        };
  }
}
