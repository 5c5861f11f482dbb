package dev.tasksdk.cli.internal;

import dev.tasksdk.cli.internal.Converters.DueArg;
import dev.tasksdk.facade.DueSpec;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The due-date options of create and update. */
final class DueOptions {
  @Option(
      names = "--due",
      paramLabel = "DATE[THH:mm]",
      converter = Converters.DueConverter.class,
      description = "Due day, or day and time (then --timezone is required).")
  DueArg due;

  @Option(
      names = "--timezone",
      paramLabel = "TZ",
      converter = Converters.ZoneConverter.class,
      description = "IANA time zone of the --due time, e.g. America/Santiago.")
  ZoneId timezone;

  DueSpec spec() {
    if (due == null) {
      if (timezone != null) {
        throw new UsageException("--timezone needs --due with a time (YYYY-MM-DDTHH:mm)");
      }
      return null;
    }
    if (due.time() == null) {
      if (timezone != null) {
        throw new UsageException(
            "--timezone needs a time in --due (YYYY-MM-DDTHH:mm), not just a day");
      }
      return DueSpec.onDay(due.date());
    }
    if (timezone == null) {
      throw new UsageException(
          "--due with a time needs --timezone, e.g. --timezone America/Santiago");
    }
    return DueSpec.at(due.date(), due.time(), timezone);
  }
}
