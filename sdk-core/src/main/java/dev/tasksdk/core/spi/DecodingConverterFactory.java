package dev.tasksdk.core.spi;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps a JSON converter so that a body that cannot be decoded becomes a {@link DecodeFailure}
 * (turned into {@code InvalidResponseException} by the runtime), while an I/O error reading the
 * body stays an I/O error.
 */
final class DecodingConverterFactory extends Converter.Factory {
  private static final int EXCERPT_BYTES = 1024;

  /**
   * The largest success body decoded (32 MiB): a bigger one is refused before it is read further,
   * so that a broken or hostile server cannot exhaust the heap.
   */
  static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

  private final Converter.Factory delegate;

  DecodingConverterFactory(Converter.Factory delegate) {
    this.delegate = delegate;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> inner = delegate.responseBodyConverter(type, annotations, retrofit);
    if (inner == null) {
      return null;
    }
    return body -> {
      MediaType contentType = body.contentType();
      byte[] bytes;
      try {
        BufferedSource source = body.source();
        if (source.request(MAX_BODY_BYTES + 1)) {
          Buffer buffer = source.getBuffer();
          String head = buffer.readUtf8(Math.min(buffer.size(), EXCERPT_BYTES));
          throw new DecodeFailure(
              Tags.LastStatus.take(),
              contentType == null ? null : contentType.toString(),
              head,
              new IOException(
                  "the body is larger than " + (MAX_BODY_BYTES >> 20) + " MiB; not read further"));
        }
        bytes = source.readByteArray();
      } finally {
        body.close();
      }
      try {
        return inner.convert(ResponseBody.create(bytes, contentType));
      } catch (IOException | RuntimeException e) {
        String head =
            new String(bytes, 0, Math.min(bytes.length, EXCERPT_BYTES), StandardCharsets.UTF_8);
        throw new DecodeFailure(
            Tags.LastStatus.take(), contentType == null ? null : contentType.toString(), head, e);
      }
    };
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }

  /** A 2xx body that could not be decoded. */
  static final class DecodeFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int statusCode;
    final String contentType;
    final String bodyStart;

    DecodeFailure(int statusCode, String contentType, String bodyStart, Throwable cause) {
      super("could not decode the response body", cause);
      this.statusCode = statusCode;
      this.contentType = contentType;
      this.bodyStart = bodyStart;
    }
  }
}
