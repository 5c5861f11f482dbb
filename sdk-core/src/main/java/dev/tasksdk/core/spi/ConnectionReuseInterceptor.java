package dev.tasksdk.core.spi;

import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The first network interceptor: notes on the attempt's {@link Tags.Exchange} whether its
 * connection carried a response before. A server may close a keep-alive connection while it is idle
 * in the pool (Node's default is after 5 s, OkHttp checks an idle connection only after 10 s); the
 * next request on it then fails before any byte of a response. The retry interceptor sends such a
 * request again when it is safe to repeat.
 */
final class ConnectionReuseInterceptor implements Interceptor {
  /** Connections that delivered response headers; weak, so the pool alone decides their life. */
  private final Set<Connection> answered =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    Tags.Exchange exchange = chain.request().tag(Tags.Exchange.class);
    if (connection != null && exchange != null) {
      exchange.reusedConnection = answered.contains(connection);
    }
    Response response = chain.proceed(chain.request());
    if (connection != null) {
      answered.add(connection);
    }
    return response;
  }
}
