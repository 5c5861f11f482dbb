package dev.tasksdk.examples.springboot;

import dev.tasksdk.facade.HubListResult;
import dev.tasksdk.facade.Task;
import dev.tasksdk.facade.TaskHub;
import dev.tasksdk.facade.TaskQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /tasks}: the merged task list of every configured vendor. */
@RestController
public class TasksController {
  private final TaskHub hub;

  /** Uses the starter's hub. */
  public TasksController(TaskHub hub) {
    this.hub = hub;
  }

  /** Tasks as {@code ref} and {@code title}, and the vendors that failed, by name. */
  @GetMapping("/tasks")
  public Map<String, Object> tasks() {
    HubListResult result = hub.list(TaskQuery.builder().build());
    List<Map<String, String>> tasks =
        result.tasks().stream().map(TasksController::summary).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tasks", tasks);
    Map<String, String> failures = new LinkedHashMap<>();
    result
        .failures()
        .forEach((vendor, e) -> failures.put(vendor.id(), e.getClass().getSimpleName()));
    body.put("failures", failures);
    return body;
  }

  private static Map<String, String> summary(Task t) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ref", t.ref());
    m.put("title", t.title());
    return m;
  }
}
