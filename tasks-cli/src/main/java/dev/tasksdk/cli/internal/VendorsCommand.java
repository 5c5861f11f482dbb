package dev.tasksdk.cli.internal;

import dev.tasksdk.cli.internal.CliContext.Mode;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.Support;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tasks vendors}. */
@Command(
    name = "vendors",
    mixinStandardHelpOptions = true,
    description = "The capability matrix, and whether each vendor runs live or on the sandbox.")
public final class VendorsCommand extends SubCommand {
  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.table;

  @Override
  int run(CliContext ctx) {
    Map<Vendor, String> modes = new EnumMap<>(Vendor.class);
    Map<Vendor, Capabilities> caps = new EnumMap<>(Vendor.class);
    for (Vendor v : Vendor.values()) {
      Mode m = ctx.modeOrNull(v);
      modes.put(
          v,
          m == null ? "missing " + CliContext.keyVariable(v) : m.name().toLowerCase(Locale.ROOT));
      caps.put(v, ctx.factory().capabilities(v));
    }
    if (format == OutputFormat.json || format == OutputFormat.ndjson) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Vendor v : Vendor.values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", v.id());
        m.put("mode", modes.get(v));
        Map<String, String> c = new LinkedHashMap<>();
        caps.get(v).asMap().forEach((k, s) -> c.put(k.label(), s.name().toLowerCase(Locale.ROOT)));
        m.put("capabilities", c);
        m.put(
            "requiredForList",
            caps.get(v).requiredForList().stream().map(Capability::label).toList());
        out.add(m);
      }
      TaskWriter.writeJson(out, ctx.out());
      return ExitCodes.OK;
    }
    if (format == OutputFormat.csv) {
      throw new UsageException("--format csv is not available for vendors; use table or json");
    }
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[Vendor.values().length + 1];
    header[0] = "";
    String[] mode = new String[header.length];
    mode[0] = "mode";
    for (Vendor v : Vendor.values()) {
      header[v.ordinal() + 1] = v.id();
      mode[v.ordinal() + 1] = modes.get(v);
    }
    rows.add(header);
    rows.add(mode);
    for (Capability c : Capability.values()) {
      String[] row = new String[header.length];
      row[0] = c.label();
      for (Vendor v : Vendor.values()) {
        Support s = caps.get(v).support(c);
        String cell =
            switch (s) {
              case NATIVE -> "yes";
              case CLIENT_SIDE -> "client";
              default -> "-";
            };
        if (caps.get(v).requiredForList().contains(c)) {
          cell += " (required)";
        }
        row[v.ordinal() + 1] = cell;
      }
      rows.add(row);
    }
    ctx.out().print(TaskWriter.table(rows));
    ctx.out()
        .println(
            "yes = the vendor's API does it; client = the SDK filters the pages it fetches;"
                + " - = not possible. live = <VENDOR>_API_KEY is set; sandbox = the built-in simulator (tasks sandbox reset).");
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
