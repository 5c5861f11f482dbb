package dev.tasksdk.core.spi;

import dev.tasksdk.core.ClientOptions;
import dev.tasksdk.core.RequestOptions;
import dev.tasksdk.core.Secret;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that sets the User-Agent and the vendor's default headers on every request,
 * and the credential, the client's extra headers, the request's own headers and its idempotency key
 * only when the request goes to the base URL's scheme, host and port: a redirect elsewhere never
 * carries them, and a redirect of a request that is not idempotent (POST, PATCH) to another origin
 * is refused rather than followed.
 */
final class CredentialInterceptor implements Interceptor {
  private final VendorProfile profile;
  private final ClientOptions options;
  private final HttpUrl baseUrl;
  private final Secret apiKey;
  private final String userAgent;
  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

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
    Tags.PerRequest perRequest = request.tag(Tags.PerRequest.class);
    if (UrlPolicy.sameOrigin(request.url(), baseUrl)) {
      if (perRequest != null) {
        for (Map.Entry<String, String> h : perRequest.headers().entrySet()) {
          b.header(h.getKey(), h.getValue());
        }
        if (perRequest.idempotencyKey() != null) {
          b.header(RequestOptions.IDEMPOTENCY_KEY_HEADER, perRequest.idempotencyKey());
        }
      }
      for (Map.Entry<String, String> h : options.headers().entrySet()) {
        if (request.header(h.getKey()) == null && !overridden(perRequest, h.getKey())) {
          b.header(h.getKey(), h.getValue());
        }
      }
      b.header(profile.authHeaderName(), profile.authHeaderValue(apiKey.reveal()));
    } else {
      // only a redirect gets here (RetryInterceptor refuses a call that starts elsewhere)
      if (!IDEMPOTENT_METHODS.contains(request.method())) {
        throw new Tags.RedirectRefusedException(
            "the server redirected a "
                + request.method()
                + " to another origin ("
                + request.url().scheme()
                + "://"
                + request.url().host()
                + ":"
                + request.url().port()
                + "); not followed, as the request is not safe to send twice");
      }
      b.removeHeader(profile.authHeaderName());
      b.removeHeader(RequestOptions.IDEMPOTENCY_KEY_HEADER);
      options.headers().keySet().forEach(b::removeHeader);
      if (perRequest != null) {
        perRequest.headers().keySet().forEach(b::removeHeader);
      }
    }
    return RetryHints.clampRetryAfter(chain.proceed(b.build()));
  }

  private static boolean overridden(Tags.PerRequest perRequest, String name) {
    if (perRequest == null) {
      return false;
    }
    for (String n : perRequest.headers().keySet()) {
      if (n.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
