package dev.tasksdk.testkit;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp interceptor that adds Prism's {@code Prefer} header to requests, for tests that go
 * through a vendor client built on a shared {@code OkHttpClient}.
 *
 * <p>The value comes from the innermost {@link #withPrefer(Prefer.Value)} scope of the calling
 * thread, else from {@link #setDefault(Prefer.Value)}. A request that already carries a {@code
 * Prefer} header keeps it. Scopes are per thread: they cover synchronous calls ({@code execute()});
 * for asynchronous calls use the default.
 *
 * <pre>{@code
 * PreferInterceptor prefer = PreferInterceptor.create();
 * OkHttpClient http = new OkHttpClient.Builder().addInterceptor(prefer).build();
 * try (PreferInterceptor.Scope s = prefer.withPrefer(Prefer.code(404))) {
 *   assertThrows(NotFoundException.class, () -> client.getTask("missing"));
 * }
 * }</pre>
 */
public final class PreferInterceptor implements Interceptor {
  private final ThreadLocal<Prefer.Value> current = new ThreadLocal<>();
  private volatile Prefer.Value defaultValue;

  private PreferInterceptor() {}

  /** A new interceptor with no default value. */
  public static PreferInterceptor create() {
    return new PreferInterceptor();
  }

  /**
   * Sends {@code value} on this thread's requests until the returned scope is closed, which
   * restores the previous value.
   *
   * @throws NullPointerException if value is null
   */
  public Scope withPrefer(Prefer.Value value) {
    if (value == null) {
      throw new NullPointerException("value == null");
    }
    Prefer.Value previous = current.get();
    current.set(value);
    return new Scope(this, previous);
  }

  /** Sends {@code value} (null: nothing) on requests outside any {@link #withPrefer} scope. */
  public void setDefault(Prefer.Value value) {
    this.defaultValue = value;
  }

  /** The value this thread's next request would get, or null. */
  public Prefer.Value effective() {
    Prefer.Value v = current.get();
    return v != null ? v : defaultValue;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Prefer.Value value = effective();
    if (value == null || request.header(Prefer.HEADER) != null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header(Prefer.HEADER, value.toString()).build());
  }

  /** Restores the previous {@code Prefer} value of the thread when closed. */
  public static final class Scope implements AutoCloseable {
    private final PreferInterceptor owner;
    private final Prefer.Value previous;

    private Scope(PreferInterceptor owner, Prefer.Value previous) {
      this.owner = owner;
      this.previous = previous;
    }

    /** Restores the value that was in effect when the scope was opened. */
    @Override
    public void close() {
      if (previous == null) {
        owner.current.remove();
      } else {
        owner.current.set(previous);
      }
    }
  }
}
