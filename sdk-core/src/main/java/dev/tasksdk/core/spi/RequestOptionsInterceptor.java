package dev.tasksdk.core.spi;

import dev.tasksdk.core.RequestOptions;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Applies one request's {@link RequestOptions}: tags the request with its headers and idempotency
 * key (sent by {@link CredentialInterceptor} to the base URL's origin only) and its retry limit.
 */
final class RequestOptionsInterceptor implements Interceptor {
  private final RequestOptions options;

  RequestOptionsInterceptor(RequestOptions options) {
    this.options = options;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder b = chain.request().newBuilder();
    // attached at the network level, to the base URL's origin only (redirects elsewhere lose them)
    b.tag(
        Tags.PerRequest.class,
        new Tags.PerRequest(options.headers(), options.idempotencyKey().orElse(null)));
    options.maxRetries().ifPresent(n -> b.tag(Tags.Overrides.class, new Tags.Overrides(n)));
    return chain.proceed(b.build());
  }
}
