package dev.tasksdk.core.spi;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.Secret;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that sets the User-Agent and the vendor's default headers on every request,
 * and the credential and the caller's extra headers only when the request goes to the base URL's
 * scheme, host and port: a redirect elsewhere never carries the key.
 */
final class CredentialInterceptor implements Interceptor {
  private final VendorProfile profile;
  private final ClientOptions options;
  private final HttpUrl baseUrl;
  private final Secret apiKey;
  private final String userAgent;

  CredentialInterceptor(
      VendorProfile profile, ClientOptions options, HttpUrl baseUrl, Secret apiKey, String ua) {
    this.profile = profile;
    this.options = options;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.userAgent = ua;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder().header("User-Agent", userAgent);
    for (Map.Entry<String, String> h : profile.defaultHeaders().entrySet()) {
      if (request.header(h.getKey()) == null) {
        b.header(h.getKey(), h.getValue());
      }
    }
    if (UrlPolicy.sameOrigin(request.url(), baseUrl)) {
      for (Map.Entry<String, String> h : options.headers().entrySet()) {
        if (request.header(h.getKey()) == null) {
          b.header(h.getKey(), h.getValue());
        }
      }
      b.header(profile.authHeaderName(), profile.authHeaderValue(apiKey.reveal()));
    } else {
      b.removeHeader(profile.authHeaderName());
    }
    return chain.proceed(b.build());
  }
}
