package dev.tasksdk.facade.shape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.codegen.SpecModel;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.RequestOptions;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * All five clients have the same shape: for every operation of a vendor's spec, its client (from
 * the vendor's jar) has the whole family: sync, with options, async, raw and raw async, taking the
 * operation's Params when it has query or body fields.
 */
class ClientShapeTest {
  @ParameterizedTest
  @ValueSource(strings = {"agenttasks", "amigo", "amplemarket", "stuut", "vambe"})
  void everyOperation_whenClientLoaded_hasItsWholeFamily(String vendor) throws Exception {
    Path specs = Path.of(System.getProperty("tasksdk.specs", "../specs"));
    SpecModel spec = SpecModel.read(specs.resolve(vendor + ".yaml"));
    String pkg = "dev.tasksdk." + vendor;
    Class<?> client = Class.forName(pkg + "." + spec.clientName);
    Class<?> raw = Class.forName(pkg + "." + spec.clientName + "$WithRawResponse");
    for (SpecModel.Op op : spec.operations) {
      List<Class<?>> args = new ArrayList<>();
      op.pathParams.forEach(p -> args.add(String.class));
      if (op.paramsClass() != null) {
        args.add(Class.forName(pkg + "." + op.paramsClass()));
      }
      Class<?>[] plain = args.toArray(new Class<?>[0]);
      args.add(RequestOptions.class);
      Class<?>[] withOptions = args.toArray(new Class<?>[0]);
      for (Class<?>[] sig : List.of(plain, withOptions)) {
        client.getMethod(op.id, sig);
        assertReturns(client.getMethod(op.id + "Async", sig), CompletableFuture.class);
        assertReturns(raw.getMethod(op.id, sig), ApiResponse.class);
        assertReturns(raw.getMethod(op.id + "Async", sig), CompletableFuture.class);
      }
      if (op.paging != null) {
        client.getMethod(op.id + "AutoPaging", plain);
        Class<?>[] page = new Class<?>[plain.length + 1];
        System.arraycopy(plain, 0, page, 0, plain.length);
        page[plain.length] = dev.tasksdk.core.PageToken.class;
        client.getMethod(op.id + "Page", page);
      }
    }
    for (String accessor : List.of("vendor", "baseUrl", "options", "retryCount", "isClosed")) {
      client.getMethod(accessor);
    }
    client.getMethod("builder");
    client.getMethod("fromEnv");
    assertTrue(AutoCloseable.class.isAssignableFrom(client), spec.clientName);
  }

  private static void assertReturns(Method m, Class<?> type) {
    assertTrue(type.isAssignableFrom(m.getReturnType()), m + " returns " + m.getReturnType());
  }
}
