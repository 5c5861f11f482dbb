package dev.tasksdk.core.spi;

import dev.tasksdk.core.event.Outcome;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reports each attempt to the call's {@link CallRecorder}: placed right after the retry
 * interceptor, so it sees every request the retry loop sends; lets listeners add headers (trace
 * propagation) to the attempt's request.
 */
final class EventInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    CallRecorder recorder = CallRecorder.active(chain.call());
    Request request = chain.request();
    if (recorder == null) {
      return chain.proceed(request);
    }
    Tags.Attempt tag = request.tag(Tags.Attempt.class);
    int attempt = tag == null ? 1 : tag.number();
    Request.Builder[] edited = new Request.Builder[1];
    recorder.listeners.attemptStarted(
        recorder.context,
        attempt,
        (name, value) -> {
          if (edited[0] == null) {
            edited[0] = request.newBuilder();
          }
          edited[0].header(name, value);
        });
    Request sent = edited[0] == null ? request : edited[0].build();
    long reqBytes = requestBytes(sent.body());
    long start = recorder.attemptStarted();
    Response response;
    try {
      response = chain.proceed(sent);
    } catch (IOException | RuntimeException e) {
      Outcome outcome = e instanceof IOException io ? Outcome.ofIo(io) : Outcome.UNKNOWN;
      recorder.attemptFinished(attempt, start, 0, outcome, e, reqBytes, -1);
      throw e;
    }
    ResponseBody body = response.body();
    recorder.attemptFinished(
        attempt,
        start,
        response.code(),
        Outcome.ofStatus(response.code()),
        null,
        reqBytes,
        body == null ? 0 : body.contentLength());
    return response;
  }

  private static long requestBytes(RequestBody body) {
    if (body == null) {
      return 0;
    }
    try {
      return body.contentLength();
    } catch (IOException e) {
      return -1;
    }
  }
}
