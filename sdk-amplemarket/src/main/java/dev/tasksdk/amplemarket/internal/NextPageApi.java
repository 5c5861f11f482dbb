package dev.tasksdk.amplemarket.internal;

import dev.tasksdk.amplemarket.generated.model.TaskList;
import okhttp3.HttpUrl;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Url;

/** Follows a {@code _links.next.href} exactly as the vendor wrote it (see {@link NextLinks}). */
public interface NextPageApi {
  /** Fetches the page at {@code url} (already resolved against the base URL). */
  @GET
  Call<TaskList> listTasks(@Url HttpUrl url);
}
