package dev.tasksdk.core.spi;

import dev.tasksdk.core.RequestOptions;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Applies one request's {@link RequestOptions}: headers, idempotency key and retry limit. */
final class RequestOptionsInterceptor implements Interceptor {
  private final RequestOptions options;

  RequestOptionsInterceptor(RequestOptions options) {
    this.options = options;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder b = chain.request().newBuilder();
    for (Map.Entry<String, String> h : options.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    options.idempotencyKey().ifPresent(k -> b.header(RequestOptions.IDEMPOTENCY_KEY_HEADER, k));
    options.maxRetries().ifPresent(n -> b.tag(Tags.Overrides.class, new Tags.Overrides(n)));
    return chain.proceed(b.build());
  }
}
