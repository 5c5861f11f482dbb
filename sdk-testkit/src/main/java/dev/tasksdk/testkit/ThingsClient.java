package dev.tasksdk.testkit;

import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.ClientBuilder;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.Vendor;
import dev.tasksdk.core.spi.ClientRuntime;
import dev.tasksdk.core.spi.ErrorParser;
import dev.tasksdk.core.spi.VendorProfile;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * A tiny client on sdk-core's {@link ClientRuntime} and {@link ClientBuilder}, standing in for a
 * vendor client when testing what is built on the runtime (listeners, metrics, traces) without
 * depending on a real vendor's generated code.
 *
 * <p>It speaks a minimal JSON API under its base URL: {@code GET things/{id}}, {@code POST things}
 * and {@code GET things?cursor=} answering {@code {"items":[...],"next":"..."}}. It reports as
 * vendor {@link Vendor#AGENTTASKS} with bearer auth.
 *
 * <pre>{@code
 * ThingsClient client = ThingsClient.builder().apiKey("k").baseUrl(server.url("/v1/").toString())
 *     .addListener(listener).build();
 * client.get("t1");
 * }</pre>
 */
public final class ThingsClient implements AutoCloseable {
  private final ClientRuntime runtime;
  private final Api api;

  private ThingsClient(ClientRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.service(Api.class);
  }

  /** Returns a builder with the common client settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code GET things/{id}}. */
  public Thing get(String id) {
    return runtime.execute("getThing", api.get(id)).body();
  }

  /** {@code GET things/{id}}, asynchronously. */
  public CompletableFuture<Thing> getAsync(String id) {
    return runtime.executeAsync("getThing", api.get(id)).thenApply(ApiResponse::body);
  }

  /** {@code POST things}. */
  public Thing create(String name) {
    return runtime.execute("createThing", api.create(new Thing(null, name))).body();
  }

  /** Every thing, page by page, reporting a listing event to the listeners. */
  public AutoPager<Thing> list() {
    return AutoPager.of(
        runtime.listeners().observeListing("client", runtime.vendor(), "listThings", this::page));
  }

  private Page<Thing> page(PageToken token) {
    ThingPage p =
        runtime.execute("listThings", api.list(token == null ? null : token.value())).body();
    return Page.of(
        p.items == null ? List.of() : p.items, p.next == null ? null : PageToken.of(p.next));
  }

  /** How many retries this client made so far. */
  public long retryCount() {
    return runtime.retryCount();
  }

  @Override
  public void close() {
    runtime.close();
  }

  /** A thing: an id and a name. */
  public static final class Thing {
    private final String id;
    private final String name;

    /** Creates a thing. */
    public Thing(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /** The id. */
    public String id() {
      return id;
    }

    /** The name. */
    public String name() {
      return name;
    }
  }

  static final class ThingPage {
    List<Thing> items;
    String next;
  }

  static final class ThingError {
    String code;
    String message;
  }

  interface Api {
    @GET("things/{id}")
    Call<Thing> get(@Path("id") String id);

    @POST("things")
    Call<Thing> create(@Body Thing thing);

    @GET("things")
    Call<ThingPage> list(@Query("cursor") String cursor);
  }

  /** Builds a {@link ThingsClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder() {
      super(Vendor.AGENTTASKS, "any value works for the test client");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Builds the client. */
    public ThingsClient build() {
      VendorProfile profile =
          VendorProfile.builder()
              .vendor(Vendor.AGENTTASKS)
              .defaultBaseUrl("https://things.invalid/v1/")
              .bearerAuth()
              .errorParser(ErrorParser.json(ThingError.class, e -> e.code, e -> e.message))
              .defaultHeader("Accept", "application/json")
              .sdkVersion("0.0.0-test")
              .build();
      return new ThingsClient(ClientRuntime.create(profile, clientOptions()));
    }
  }
}
