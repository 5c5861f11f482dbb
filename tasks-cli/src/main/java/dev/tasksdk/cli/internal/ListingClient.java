package dev.tasksdk.cli.internal;

import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.facade.Capabilities;
import dev.tasksdk.facade.NewTask;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskClient;
import dev.tasksdk.facade.TaskQuery;
import dev.tasksdk.facade.TaskUpdate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's client as {@code tasks list} lists it through the hub: reports each page to the
 * progress line, stops after {@code --max} tasks, and on the sandbox after the first page. Every
 * other call goes to the client as is; closing closes it.
 */
final class ListingClient implements TaskClient {
  private final TaskClient client;
  private final Progress progress;
  private final Long max;
  private final boolean firstPageOnly;

  ListingClient(TaskClient client, Progress progress, Long max, boolean firstPageOnly) {
    this.client = client;
    this.progress = progress;
    this.max = max;
    this.firstPageOnly = firstPageOnly;
  }

  @Override
  public AutoPager<Task> list(TaskQuery query) {
    return list(query, null);
  }

  @Override
  public AutoPager<Task> list(TaskQuery query, PageToken resumeFrom) {
    Iterator<Page<Task>> pages = client.list(query, resumeFrom).pages().iterator();
    long[] seen = {0, 0}; // tasks, pages
    return AutoPager.of(
        token -> {
          Page<Task> page = pages.next();
          seen[1]++;
          List<Task> kept = new ArrayList<>(page.items().size());
          boolean full = false;
          for (Task t : page.items()) {
            if (max != null && seen[0] >= max) {
              full = true;
              break;
            }
            kept.add(t);
            seen[0]++;
          }
          progress.update(vendor(), seen[0], (int) seen[1]);
          PageToken next = full || firstPageOnly ? null : page.nextToken().orElse(null);
          return Page.of(kept, next, token);
        },
        resumeFrom);
  }

  @Override
  public Vendor vendor() {
    return client.vendor();
  }

  @Override
  public Capabilities capabilities() {
    return client.capabilities();
  }

  @Override
  public Task get(String id) {
    return client.get(id);
  }

  @Override
  public Task create(NewTask task) {
    return client.create(task);
  }

  @Override
  public Task update(String id, TaskUpdate update) {
    return client.update(id, update);
  }

  @Override
  public Optional<Task> complete(String id, String result) {
    return client.complete(id, result);
  }

  @Override
  public Optional<Task> skip(String id) {
    return client.skip(id);
  }

  @Override
  public Optional<Task> cancel(String id) {
    return client.cancel(id);
  }

  @Override
  public Optional<Task> claim(String id) {
    return client.claim(id);
  }

  @Override
  public Optional<Task> move(String id, String status) {
    return client.move(id, status);
  }

  @Override
  public Optional<Task> assign(String id, List<String> assignees) {
    return client.assign(id, assignees);
  }

  @Override
  public void delete(String id) {
    client.delete(id);
  }

  @Override
  public void close() {
    client.close();
  }
}
