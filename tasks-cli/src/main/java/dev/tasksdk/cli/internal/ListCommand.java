package dev.tasksdk.cli.internal;

import dev.tasksdk.cli.internal.CliContext.Mode;
import dev.tasksdk.cli.internal.CliContext.Opened;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.HubListResult;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskHub;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tasks list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists tasks of all vendors (or those given), merged, ordered by due date.")
public final class ListCommand extends SubCommand {
  @Option(
      names = "--vendor",
      paramLabel = "V",
      converter = Converters.VendorConverter.class,
      description = "Only this vendor (repeatable); default: all.")
  List<Vendor> vendors = new ArrayList<>();

  @Option(
      names = "--status",
      paramLabel = "S",
      converter = Converters.StatusConverter.class,
      description = "open, in_progress, done, skipped, cancelled or failed (repeatable).")
  List<TaskStatus> statuses = new ArrayList<>();

  @Option(names = "--assignee", paramLabel = "A", description = "Assignee id (repeatable).")
  List<String> assignees = new ArrayList<>();

  @Option(names = "--type", paramLabel = "T", description = "Task type (Amplemarket, Stuut).")
  String type;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "Due on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "Due on or before this day (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--search", paramLabel = "TEXT", description = "Free-text search.")
  String search;

  @Option(names = "--call", paramLabel = "SID", description = "Amigo: the call (required there).")
  String call;

  @Option(
      names = "--user",
      paramLabel = "ID",
      description = "Amplemarket: the user (required there; default AMPLEMARKET_USER_ID).")
  String user;

  @Option(
      names = "--team",
      paramLabel = "ID",
      description = "AgentTasks: the team (default AGENTTASKS_TEAM_ID).")
  String team;

  @Option(names = "--project", paramLabel = "ID", description = "AgentTasks: the project.")
  String project;

  @Option(names = "--max", paramLabel = "N", description = "At most N tasks.")
  Long max;

  @Mixin FormatOption format;

  @Override
  int run(CliContext ctx) {
    if (max != null && max < 1) {
      throw new UsageException("--max must be at least 1 but was " + max);
    }
    TaskQuery base = baseQuery();
    Set<Vendor> wanted =
        vendors.isEmpty()
            ? new LinkedHashSet<>(Arrays.asList(Vendor.values()))
            : new LinkedHashSet<>(vendors);
    Map<String, String> overrides = new LinkedHashMap<>();
    if (team != null) {
      overrides.put("AGENTTASKS_TEAM_ID", team);
    }
    Opened opened = ctx.open(wanted, overrides);
    Map<Vendor, RuntimeException> failures = new LinkedHashMap<>(opened.failures());
    Map<Vendor, TaskQuery> queries = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (Vendor v : opened.vendors()) {
      TaskQuery.Builder q = base.toBuilder();
      String missing = applyRequired(v, opened, q);
      if (missing != null) {
        skipped.add(missing);
        continue;
      }
      if (project != null) {
        q.projectId(project);
      }
      queries.put(v, q.build());
    }
    if (queries.isEmpty() && failures.isEmpty() && !skipped.isEmpty()) {
      opened.clients().values().forEach(TaskClient::close);
      throw new UsageException(String.join("; ", skipped));
    }
    for (String s : skipped) {
      ctx.err().println("note: skipped " + s);
    }
    for (Vendor v : opened.vendors()) {
      if (!queries.containsKey(v)) {
        opened.clients().get(v).close();
      }
    }
    List<Task> all = new ArrayList<>();
    if (!queries.isEmpty()) {
      Progress progress = new Progress(ctx, queries.keySet());
      TaskHub.Builder hub = TaskHub.builder().executor(Daemons.EXECUTOR);
      for (Vendor v : queries.keySet()) {
        hub.client(
            new ListingClient(
                opened.clients().get(v),
                progress,
                max,
                // Prism answers every page with the same canned example, whose next link would
                // lead back to itself: on the sandbox only the first page is read
                opened.modes().get(v) == Mode.SANDBOX));
      }
      try (TaskHub h = hub.build();
          progress) {
        HubListResult r = h.list(base, (client, q) -> queries.get(client.vendor()));
        all.addAll(r.tasks());
        r.failures().forEach((v, e) -> failures.put(v, unwrap(e)));
      }
    }
    if (max != null && all.size() > max) {
      all = new ArrayList<>(all.subList(0, (int) Math.min(Integer.MAX_VALUE, max)));
    }
    TaskWriter.write(all, format.format, ctx.out());
    for (Map.Entry<Vendor, RuntimeException> f : failures.entrySet()) {
      Failures.print(ctx.err(), f.getKey().id() + ": ", f.getValue(), ctx.verbose());
    }
    if (failures.isEmpty()) {
      return ExitCodes.OK;
    }
    long succeeded = queries.keySet().stream().filter(v -> !failures.containsKey(v)).count();
    return succeeded > 0 ? ExitCodes.PARTIAL : Failures.exitCode(failures.values());
  }

  private static RuntimeException unwrap(RuntimeException e) {
    Throwable cause = Failures.unwrap(e);
    return cause instanceof RuntimeException re ? re : new RuntimeException(cause);
  }

  /**
   * Sets the filters the vendor lists only with ({@link
   * dev.tasksdk.facade.Capabilities#requiredForList()}) from the options, the environment or the
   * sandbox's sample; returns why the vendor is skipped, or null.
   */
  private String applyRequired(Vendor v, Opened opened, TaskQuery.Builder q) {
    for (Capability required : opened.clients().get(v).capabilities().requiredForList()) {
      switch (required) {
        case FILTER_USER_ID -> {
          String variable = v.envPrefix() + "_USER_ID";
          String u = user != null ? user : blankToNull(opened.envs().get(v).get(variable));
          if (u == null) {
            return v.id() + " lists one user's tasks: give --user ID or set " + variable;
          }
          q.userId(u);
        }
        case FILTER_CALL_SID -> {
          String c =
              call != null
                  ? call
                  : opened.modes().get(v) == Mode.SANDBOX ? CliContext.SAMPLE_AMIGO_CALL_SID : null;
          if (c == null) {
            return v.id() + " lists the tasks of one call: give --call SID";
          }
          q.callSid(c);
        }
        default -> {
          return v.id() + " lists tasks only with the " + required.label() + " filter set";
        }
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private TaskQuery baseQuery() {
    TaskQuery.Builder q = TaskQuery.builder();
    statuses.forEach(q::status);
    assignees.forEach(q::assignee);
    if (type != null) {
      q.type(type);
    }
    if (from != null) {
      q.dueFrom(from);
    }
    if (to != null) {
      q.dueTo(to);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new UsageException("--to (" + to + ") is before --from (" + from + ")");
    }
    if (search != null) {
      q.text(search);
    }
    if (max != null) {
      q.maxResults(max);
    }
    return q.build();
  }
}
