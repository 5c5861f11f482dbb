package dev.tasksdk.agenttasks.internal;

import dev.tasksdk.agenttasks.generated.model.Task;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.PATCH;
import retrofit2.http.Path;

/**
 * Operations whose body the generated interface cannot express: {@code updateTask} with an explicit
 * {@code "assignedAgentId": null} (unassign), which the generated model's Gson drops.
 */
public interface RawTasksApi {
  /** {@code PATCH /api/tasks/{taskId}} with a JSON body written by the caller. */
  @PATCH("api/tasks/{taskId}")
  Call<Task> updateTask(@Path("taskId") String taskId, @Body RequestBody body);
}
