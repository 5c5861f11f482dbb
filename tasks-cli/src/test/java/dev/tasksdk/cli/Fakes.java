package dev.tasksdk.cli;

import dev.tasksdk.cli.internal.ClientFactory;
import dev.tasksdk.cli.internal.SandboxLauncher;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.Capability;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskUpdate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A fake client factory, fake clients and a way to run the CLI in process. */
final class Fakes {
  private Fakes() {}

  /** The outcome of one run. */
  record Run(int exit, String out, String err) {}

  /** Runs {@code tasks args} in process. */
  static Run run(Map<String, String> env, Factory factory, Sandbox sandbox, String... args) {
    return runWithStdin(env, factory, sandbox, "", args);
  }

  static Run runWithStdin(
      Map<String, String> env, Factory factory, Sandbox sandbox, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    TasksCommand cmd =
        new TasksCommand(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            factory,
            sandbox,
            false);
    int exit = TasksCommand.commandLine(cmd).execute(args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Capabilities caps(Vendor v) {
    Capabilities.Builder b =
        Capabilities.builder(v)
            .nativeSupport(Capability.LIST, Capability.GET, Capability.FILTER_STATUS)
            .clientSide(Capability.FILTER_TEXT);
    if (v == Vendor.AMPLEMARKET) {
      b.nativeSupport(Capability.SKIP, Capability.COMPLETE, Capability.FILTER_USER_ID)
          .requiredForList(Capability.FILTER_USER_ID);
    }
    if (v == Vendor.AMIGO) {
      b.nativeSupport(Capability.FILTER_CALL_SID).requiredForList(Capability.FILTER_CALL_SID);
    }
    if (v == Vendor.AGENTTASKS) {
      for (Capability c : Capability.values()) {
        if (c.isOperation()) {
          b.nativeSupport(c);
        }
      }
      b.nativeSupport(Capability.FILTER_PROJECT);
    }
    if (v == Vendor.VAMBE) {
      b.nativeSupport(Capability.CREATE, Capability.UPDATE, Capability.DELETE);
    }
    return b.build();
  }

  /** Records the clients it makes; each vendor's client answers with its tasks or throws. */
  static final class Factory implements ClientFactory {
    final Map<Vendor, List<Task>> tasks = new EnumMap<>(Vendor.class);
    final Map<Vendor, Supplier<RuntimeException>> failures = new EnumMap<>(Vendor.class);
    final Map<Vendor, Map<String, String>> envs = new ConcurrentHashMap<>();
    final Map<Vendor, FakeClient> clients = new ConcurrentHashMap<>();
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    int pageSize = 100;

    Factory tasks(Vendor v, Task... ts) {
      tasks.put(v, List.of(ts));
      return this;
    }

    Factory failing(Vendor v, Supplier<RuntimeException> e) {
      failures.put(v, e);
      return this;
    }

    @Override
    public Capabilities capabilities(Vendor vendor) {
      return caps(vendor);
    }

    @Override
    public TaskClient create(Vendor vendor, Map<String, String> env, Duration timeout) {
      envs.put(vendor, env);
      FakeClient c = new FakeClient(vendor, this);
      clients.put(vendor, c);
      return c;
    }

    @Override
    public String verifyAgentTasksWebhook(byte[] body, String signature, String secret) {
      if (!("sha256=" + secret).equals(signature)) {
        throw new IllegalStateException("signature does not match");
      }
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Records calls; answers from the factory's tasks. */
  static final class FakeClient implements TaskClient {
    final Vendor vendor;
    final Factory factory;
    final List<String> calls;
    volatile TaskQuery lastQuery;
    volatile NewTask lastNew;
    volatile TaskUpdate lastUpdate;

    FakeClient(Vendor vendor, Factory factory) {
      this.vendor = vendor;
      this.factory = factory;
      this.calls = factory.calls;
    }

    private void maybeFail() {
      Supplier<RuntimeException> f = factory.failures.get(vendor);
      if (f != null) {
        throw f.get();
      }
    }

    private Task one(String id) {
      return Task.builder(vendor, id).title("task " + id).build();
    }

    @Override
    public Vendor vendor() {
      return vendor;
    }

    @Override
    public Capabilities capabilities() {
      return caps(vendor);
    }

    @Override
    public AutoPager<Task> list(TaskQuery query) {
      return list(query, null);
    }

    @Override
    public AutoPager<Task> list(TaskQuery query, dev.tasksdk.core.PageToken resumeFrom) {
      calls.add("list");
      lastQuery = query;
      List<Task> all = factory.tasks.getOrDefault(vendor, List.of());
      return AutoPager.of(
          token -> {
            maybeFail();
            int from = token == null ? 0 : Integer.parseInt(token.value());
            int to = Math.min(all.size(), from + factory.pageSize);
            return Page.of(
                all.subList(from, to),
                to < all.size() ? dev.tasksdk.core.PageToken.of(String.valueOf(to)) : null);
          },
          resumeFrom);
    }

    @Override
    public Task get(String id) {
      calls.add("get " + id);
      maybeFail();
      return one(id);
    }

    @Override
    public Task create(NewTask task) {
      calls.add("create");
      lastNew = task;
      maybeFail();
      return Task.builder(vendor, "new-1").title(task.title()).build();
    }

    @Override
    public Task update(String id, TaskUpdate update) {
      calls.add("update " + id);
      lastUpdate = update;
      maybeFail();
      return one(id);
    }

    @Override
    public Optional<Task> complete(String id, String result) {
      calls.add("complete " + id + " " + result);
      maybeFail();
      return Optional.of(one(id));
    }

    @Override
    public Optional<Task> skip(String id) {
      calls.add("skip " + id);
      maybeFail();
      return Optional.empty();
    }

    @Override
    public Optional<Task> cancel(String id) {
      calls.add("cancel " + id);
      maybeFail();
      return Optional.empty();
    }

    @Override
    public Optional<Task> claim(String id) {
      calls.add("claim " + id);
      maybeFail();
      return Optional.of(one(id));
    }

    @Override
    public Optional<Task> move(String id, String status) {
      calls.add("move " + id + " " + status);
      maybeFail();
      return Optional.of(one(id));
    }

    @Override
    public Optional<Task> assign(String id, List<String> assignees) {
      calls.add("assign " + id + " " + assignees);
      maybeFail();
      return Optional.of(one(id));
    }

    @Override
    public void delete(String id) {
      calls.add("delete " + id);
      maybeFail();
    }

    @Override
    public void close() {}
  }

  /** A sandbox that hands out a fixed URL, or fails. */
  static final class Sandbox implements SandboxLauncher {
    final List<Vendor> started = Collections.synchronizedList(new ArrayList<>());
    RuntimeException failure;
    String url = "http://127.0.0.1:9";

    @Override
    public String start(Vendor vendor) {
      started.add(vendor);
      if (failure != null) {
        throw failure;
      }
      return url;
    }
  }
}
