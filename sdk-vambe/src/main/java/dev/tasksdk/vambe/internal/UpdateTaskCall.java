package dev.tasksdk.vambe.internal;

import dev.tasksdk.vambe.generated.model.Task;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * {@code PUT /api/public/tasks/{id}} with a body the SDK serialises itself.
 *
 * <p>The generated {@code TasksApi.updateTask} takes the generated {@code UpdateTaskRequest}, which
 * cannot say {@code "dueDate": null} (the generated Gson drops nulls) and whose {@code
 * responsibleIds} starts as an empty list, so every update would also remove all assignees. This
 * interface takes the JSON as built by {@link UpdateBodies}.
 */
public interface UpdateTaskCall {
  /** Updates a task; the method name is the spec's operationId (used for retry decisions). */
  @PUT("api/public/tasks/{id}")
  Call<Task> updateTask(@Path("id") String id, @Body RequestBody body);
}
