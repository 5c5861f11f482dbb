package dev.tasksdk.cli.internal;

import dev.tasksdk.cli.TasksCommand;
import dev.tasksdk.cli.internal.CliContext.Mode;
import dev.tasksdk.cli.internal.CliContext.Opened;
import dev.tasksdk.cli.internal.Converters.DueArg;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.DueSpec;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Support;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskHub;
import dev.tasksdk.facade.TaskPriority;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskRef;
import dev.tasksdk.facade.TaskStatus;
import dev.tasksdk.facade.TaskUpdate;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The subcommands of {@code tasks}. */
public final class Commands {
  private Commands() {}

  /** Runs a command, mapping any failure to its exit code without a stack trace. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    abstract TasksCommand root();

    abstract int run(CliContext ctx) throws Exception;

    @Override
    public final Integer call() {
      CliContext ctx = root().context();
      try {
        return run(ctx);
      } catch (Exception e) {
        Failures.print(ctx.err(), "", e, ctx.verbose());
        int code = Failures.exitCode(e);
        if (code == ExitCodes.USAGE) {
          ctx.err().println("Try '" + spec.qualifiedName() + " --help'.");
        }
        return code;
      }
    }
  }

  /** A direct subcommand of {@code tasks}. */
  abstract static class Sub extends Base {
    @ParentCommand TasksCommand parent;

    @Override
    TasksCommand root() {
      return parent;
    }
  }

  /** {@code --format}. */
  static final class FormatOption {
    @Option(
        names = "--format",
        defaultValue = "table",
        paramLabel = "FORMAT",
        description = "table, json, ndjson or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.table;
  }

  /** A command on one task given as {@code vendor:id}. */
  abstract static class RefCommand extends Sub {
    @Parameters(
        index = "0",
        paramLabel = "REF",
        converter = Converters.RefConverter.class,
        description = "The task as vendor:id, e.g. vambe:123e4567-e89b-12d3-a456-426614174000.")
    TaskRef ref;

    @Mixin FormatOption format;

    abstract Optional<Task> apply(TaskClient client) throws Exception;

    abstract String done();

    abstract Capability operation();

    @Override
    int run(CliContext ctx) throws Exception {
      TaskClient client = ctx.client(ref.vendor(), operation());
      Optional<Task> task = apply(client);
      if (task.isPresent()) {
        TaskWriter.write(List.of(task.get()), format.format, ctx.out());
      } else if (format.format == OutputFormat.table) {
        ctx.out().println(done() + " " + ref);
      } else if (format.format == OutputFormat.json) {
        ctx.out().println("[]");
      } else if (format.format == OutputFormat.csv) {
        TaskWriter.write(List.of(), format.format, ctx.out());
      }
      ctx.out().flush();
      return ExitCodes.OK;
    }
  }

  // ------------------------------------------------------------------------------------- vendors

  /** {@code tasks vendors}. */
  @Command(
      name = "vendors",
      mixinStandardHelpOptions = true,
      description = "The capability matrix, and whether each vendor runs live or on the sandbox.")
  public static final class VendorsCommand extends Sub {
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
          caps.get(v)
              .asMap()
              .forEach((k, s) -> c.put(k.label(), s.name().toLowerCase(Locale.ROOT)));
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
                  + " - = not possible. live = <VENDOR>_API_KEY is set; sandbox = Prism mock.");
      ctx.out().flush();
      return ExitCodes.OK;
    }
  }

  // ---------------------------------------------------------------------------------------- list

  /** {@code tasks list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists tasks of all vendors (or those given), merged, ordered by due date.")
  public static final class ListCommand extends Sub {
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
        Map<String, String> venv = opened.envs().get(v);
        TaskQuery.Builder q = base.toBuilder();
        if (v == Vendor.AMPLEMARKET) {
          String u = user != null ? user : blankToNull(venv.get("AMPLEMARKET_USER_ID"));
          if (u == null) {
            skipped.add(
                "amplemarket lists one user's tasks: give --user ID or set AMPLEMARKET_USER_ID");
            continue;
          }
          q.userId(u);
        }
        if (v == Vendor.AMIGO) {
          String c =
              call != null
                  ? call
                  : opened.modes().get(v) == Mode.SANDBOX ? CliContext.SAMPLE_AMIGO_CALL_SID : null;
          if (c == null) {
            skipped.add("amigo lists the tasks of one call: give --call SID");
            continue;
          }
          q.callSid(c);
        }
        if (project != null) {
          q.projectId(project);
        }
        queries.put(v, q.build());
      }
      if (queries.isEmpty() && failures.isEmpty() && !skipped.isEmpty()) {
        throw new UsageException(String.join("; ", skipped));
      }
      for (String s : skipped) {
        ctx.err().println("note: skipped " + s);
      }
      List<Task> all = new ArrayList<>();
      Progress progress = new Progress(ctx, queries.keySet());
      Map<Vendor, CompletableFuture<List<Task>>> running = new LinkedHashMap<>();
      for (Map.Entry<Vendor, TaskQuery> e : queries.entrySet()) {
        TaskClient client = opened.clients().get(e.getKey());
        boolean firstPageOnly = opened.modes().get(e.getKey()) == Mode.SANDBOX;
        running.put(
            e.getKey(),
            CompletableFuture.supplyAsync(
                () -> fetch(client, e.getValue(), progress, firstPageOnly), Daemons.EXECUTOR));
      }
      try {
        for (Map.Entry<Vendor, CompletableFuture<List<Task>>> e : running.entrySet()) {
          try {
            all.addAll(e.getValue().join());
          } catch (CompletionException ex) {
            Throwable cause = Failures.unwrap(ex);
            failures.put(
                e.getKey(),
                cause instanceof RuntimeException re ? re : new RuntimeException(cause));
          }
        }
      } finally {
        progress.close();
      }
      all.sort(TaskHub.ORDER);
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
      long succeeded = running.keySet().stream().filter(v -> !failures.containsKey(v)).count();
      return succeeded > 0 ? ExitCodes.PARTIAL : Failures.exitCode(failures.values());
    }

    /**
     * Lists one vendor. On the sandbox only the first page is read: Prism answers every page with
     * the same canned example, whose next link would lead back to itself.
     */
    private List<Task> fetch(
        TaskClient client, TaskQuery query, Progress progress, boolean firstPageOnly) {
      List<Task> out = new ArrayList<>();
      int pages = 0;
      for (Page<Task> page : client.list(query).pages()) {
        pages++;
        for (Task t : page.items()) {
          if (max != null && out.size() >= max) {
            progress.update(client.vendor(), out.size(), pages);
            return out;
          }
          out.add(t);
        }
        progress.update(client.vendor(), out.size(), pages);
        if (firstPageOnly) {
          break;
        }
      }
      return out;
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

  /** A progress line on stderr while a listing spans several pages, only on a terminal. */
  static final class Progress implements AutoCloseable {
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

  // ----------------------------------------------------------------------------- single tasks

  /** {@code tasks get REF}. */
  @Command(name = "get", mixinStandardHelpOptions = true, description = "Shows one task.")
  public static final class GetCommand extends RefCommand {
    @Override
    Capability operation() {
      return Capability.GET;
    }

    @Override
    Optional<Task> apply(TaskClient client) {
      return Optional.of(client.get(ref.id()));
    }

    @Override
    String done() {
      return "got";
    }
  }

  /** The due-date options of create and update. */
  static final class DueOptions {
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

  /** {@code tasks create}. */
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a task.")
  public static final class CreateCommand extends Sub {
    @Option(
        names = "--vendor",
        required = true,
        paramLabel = "V",
        converter = Converters.VendorConverter.class,
        description = "The vendor to create the task at.")
    Vendor vendor;

    @Option(names = "--title", required = true, paramLabel = "T", description = "The title.")
    String title;

    @Option(names = "--description", paramLabel = "D", description = "The description.")
    String description;

    @Option(
        names = "--priority",
        paramLabel = "P",
        converter = Converters.PriorityConverter.class,
        description = "low, normal, high or urgent.")
    TaskPriority priority;

    @Mixin DueOptions due;

    @Option(names = "--assignee", paramLabel = "A", description = "Assignee id (repeatable).")
    List<String> assignees = new ArrayList<>();

    @Option(names = "--project", paramLabel = "ID", description = "AgentTasks: the project.")
    String project;

    @Mixin FormatOption format;

    @Override
    int run(CliContext ctx) {
      NewTask.Builder b = NewTask.builder(title);
      if (description != null) {
        b.description(description);
      }
      if (priority != null) {
        b.priority(priority);
      }
      DueSpec d = due.spec();
      if (d != null) {
        b.due(d);
      }
      assignees.forEach(b::assignee);
      if (project != null) {
        b.projectId(project);
      }
      NewTask task = b.build();
      Task created = ctx.client(vendor, Capability.CREATE).create(task);
      TaskWriter.write(List.of(created), format.format, ctx.out());
      return ExitCodes.OK;
    }
  }

  /** {@code tasks update REF}. */
  @Command(name = "update", mixinStandardHelpOptions = true, description = "Changes a task.")
  public static final class UpdateCommand extends RefCommand {
    @Override
    Capability operation() {
      return Capability.UPDATE;
    }

    @Option(names = "--title", paramLabel = "T", description = "New title.")
    String title;

    @Option(names = "--description", paramLabel = "D", description = "New description.")
    String description;

    @Option(
        names = "--priority",
        paramLabel = "P",
        converter = Converters.PriorityConverter.class,
        description = "low, normal, high or urgent.")
    TaskPriority priority;

    @Mixin DueOptions due;

    @Option(names = "--clear-due", description = "Removes the due date.")
    boolean clearDue;

    @Option(
        names = "--assignee",
        paramLabel = "A",
        description = "Replaces the assignees (repeatable).")
    List<String> assignees = new ArrayList<>();

    @Override
    Optional<Task> apply(TaskClient client) {
      throw new IllegalStateException("not used");
    }

    @Override
    int run(CliContext ctx) throws Exception {
      TaskUpdate.Builder b = TaskUpdate.builder();
      if (title != null) {
        b.title(title);
      }
      if (description != null) {
        b.description(description);
      }
      if (priority != null) {
        b.priority(priority);
      }
      DueSpec d = due.spec();
      if (d != null && clearDue) {
        throw new UsageException("--due and --clear-due exclude each other");
      }
      if (d != null) {
        b.due(d);
      }
      if (clearDue) {
        b.clearDue();
      }
      if (!assignees.isEmpty()) {
        b.assignees(assignees);
      }
      TaskUpdate update;
      try {
        update = b.build();
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "nothing to change: give --title, --description, --priority, --due, --clear-due or"
                + " --assignee");
      }
      Task t = ctx.client(ref.vendor(), Capability.UPDATE).update(ref.id(), update);
      TaskWriter.write(List.of(t), format.format, ctx.out());
      return ExitCodes.OK;
    }

    @Override
    String done() {
      return "updated";
    }
  }

  /** {@code tasks complete REF}. */
  @Command(name = "complete", mixinStandardHelpOptions = true, description = "Completes a task.")
  public static final class CompleteCommand extends RefCommand {
    @Override
    Capability operation() {
      return Capability.COMPLETE;
    }

    @Option(names = "--result", paramLabel = "R", description = "The result text (AgentTasks).")
    String result;

    @Override
    Optional<Task> apply(TaskClient client) {
      return client.complete(ref.id(), result);
    }

    @Override
    String done() {
      return "completed";
    }
  }

  /** {@code tasks skip REF}. */
  @Command(
      name = "skip",
      mixinStandardHelpOptions = true,
      description = "Skips a task (Amplemarket).")
  public static final class SkipCommand extends RefCommand {
    @Override
    Capability operation() {
      return Capability.SKIP;
    }

    @Override
    Optional<Task> apply(TaskClient client) {
      return client.skip(ref.id());
    }

    @Override
    String done() {
      return "skipped";
    }
  }

  /** {@code tasks cancel REF}. */
  @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancels a task.")
  public static final class CancelCommand extends RefCommand {
    @Override
    Capability operation() {
      return Capability.CANCEL;
    }

    @Override
    Optional<Task> apply(TaskClient client) {
      return client.cancel(ref.id());
    }

    @Override
    String done() {
      return "cancelled";
    }
  }

  /** {@code tasks claim REF}. */
  @Command(
      name = "claim",
      mixinStandardHelpOptions = true,
      description = "Claims a task for the caller (AgentTasks agents).")
  public static final class ClaimCommand extends RefCommand {
    @Override
    Capability operation() {
      return Capability.CLAIM;
    }

    @Override
    Optional<Task> apply(TaskClient client) {
      return client.claim(ref.id());
    }

    @Override
    String done() {
      return "claimed";
    }
  }

  /** {@code tasks move REF --status S}. */
  @Command(
      name = "move",
      mixinStandardHelpOptions = true,
      description = "Moves a task to a status (the vendor's word or a normalised status).")
  public static final class MoveCommand extends RefCommand {
    @Override
    Capability operation() {
      return Capability.MOVE;
    }

    @Option(
        names = "--status",
        required = true,
        paramLabel = "S",
        description = "e.g. in_progress (AgentTasks) or a Vambe status name.")
    String status;

    @Override
    Optional<Task> apply(TaskClient client) {
      if (status.isBlank()) {
        throw new UsageException("--status is blank");
      }
      return client.move(ref.id(), status);
    }

    @Override
    String done() {
      return "moved";
    }
  }

  /** {@code tasks assign REF --assignee A...}. */
  @Command(
      name = "assign",
      mixinStandardHelpOptions = true,
      description = "Replaces a task's assignees.")
  public static final class AssignCommand extends RefCommand {
    @Override
    Capability operation() {
      return Capability.ASSIGN;
    }

    @Option(
        names = "--assignee",
        required = true,
        arity = "1..*",
        paramLabel = "A",
        description = "Assignee ids.")
    List<String> assignees = new ArrayList<>();

    @Override
    Optional<Task> apply(TaskClient client) {
      for (String a : assignees) {
        if (a.isBlank()) {
          throw new UsageException("--assignee is blank");
        }
      }
      return client.assign(ref.id(), List.copyOf(assignees));
    }

    @Override
    String done() {
      return "assigned";
    }
  }

  /** {@code tasks delete REF}. */
  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a task.")
  public static final class DeleteCommand extends Sub {
    @Parameters(
        index = "0",
        paramLabel = "REF",
        converter = Converters.RefConverter.class,
        description = "The task as vendor:id.")
    TaskRef ref;

    @Override
    int run(CliContext ctx) {
      ctx.client(ref.vendor(), Capability.DELETE).delete(ref.id());
      ctx.out().println("deleted " + ref);
      ctx.out().flush();
      return ExitCodes.OK;
    }
  }

  // ------------------------------------------------------------------------------------- webhook

  /** {@code tasks webhook}. */
  @Command(
      name = "webhook",
      mixinStandardHelpOptions = true,
      description = "AgentTasks webhook deliveries.",
      subcommands = VerifyCommand.class)
  public static final class WebhookCommand implements Callable<Integer> {
    @ParentCommand TasksCommand parent;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      CliContext ctx = parent.context();
      ctx.err().println("error: a subcommand is required");
      spec.commandLine().usage(ctx.err());
      return ExitCodes.USAGE;
    }
  }

  /** {@code tasks webhook verify --secret-env NAME --signature SIG < body.json}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Checks an AgentTasks webhook body (stdin) against its X-AgentTasks-Signature and prints the"
            + " event.",
        "Exit 2 when the signature does not match."
      })
  public static final class VerifyCommand extends Base {
    @ParentCommand WebhookCommand webhook;

    @Option(
        names = "--secret-env",
        required = true,
        paramLabel = "NAME",
        description = "The environment variable holding the webhook secret.")
    String secretEnv;

    @Option(
        names = "--signature",
        required = true,
        paramLabel = "SIG",
        description = "The X-AgentTasks-Signature header, sha256=<hex>.")
    String signature;

    @Override
    TasksCommand root() {
      return webhook.parent;
    }

    @Override
    int run(CliContext ctx) throws IOException {
      String secret = ctx.env().get(secretEnv);
      if (secret == null || secret.isEmpty()) {
        throw new UsageException("--secret-env: the variable " + secretEnv + " is not set");
      }
      byte[] body = ctx.in().readAllBytes();
      String event;
      try {
        event = ctx.factory().verifyAgentTasksWebhook(body, signature, secret);
      } catch (RuntimeException e) {
        throw new UsageException(Failures.message(e));
      }
      ctx.out().println(event);
      ctx.out().flush();
      return ExitCodes.OK;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
