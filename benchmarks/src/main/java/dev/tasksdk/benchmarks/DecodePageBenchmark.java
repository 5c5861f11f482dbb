package dev.tasksdk.benchmarks;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import dev.tasksdk.core.Vendor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measurement 2: decoding a page of 100 tasks in each vendor's shape, with the generated models and
 * the SDK's configured Gson (as Retrofit's converter does it) versus a hand-written streaming
 * parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodePageBenchmark {

  /** The vendor whose page shape is decoded. */
  @Param({"AMPLEMARKET", "AMIGO", "AGENTTASKS", "STUUT", "VAMBE"})
  public Vendor vendor;

  private byte[] body;
  private Gson gson;
  private TypeAdapter<?> adapter;

  /** Encodes the page and picks the vendor's Gson and page type. */
  @Setup
  public void setup() {
    body = Payloads.pageBytes(vendor, Payloads.PAGE);
    Type type;
    switch (vendor) {
      case AGENTTASKS -> {
        gson = new dev.tasksdk.agenttasks.internal.json.JSON().getGson();
        type = new TypeToken<List<dev.tasksdk.agenttasks.model.Task>>() {}.getType();
      }
      case AMPLEMARKET -> {
        gson = new dev.tasksdk.amplemarket.internal.json.JSON().getGson();
        type = dev.tasksdk.amplemarket.model.TaskList.class;
      }
      case AMIGO -> {
        gson = new dev.tasksdk.amigo.internal.json.JSON().getGson();
        type = dev.tasksdk.amigo.model.TaskListResponse.class;
      }
      case STUUT -> {
        gson = new dev.tasksdk.stuut.internal.json.JSON().getGson();
        type = dev.tasksdk.stuut.model.TaskList.class;
      }
      case VAMBE -> {
        gson = new dev.tasksdk.vambe.internal.json.JSON().getGson();
        type = new TypeToken<List<dev.tasksdk.vambe.model.Task>>() {}.getType();
      }
      default -> throw new IllegalStateException("vendor " + vendor);
    }
    adapter = gson.getAdapter(TypeToken.get(type));
  }

  /** Generated models, configured Gson: what the SDK's Retrofit converter does per response. */
  @Benchmark
  public Object generated() throws IOException {
    try (JsonReader r = gson.newJsonReader(reader())) {
      return adapter.read(r);
    }
  }

  /** Baseline: the page read field by field with {@link JsonReader}. */
  @Benchmark
  public Object handWritten() throws IOException {
    try (JsonReader r = new JsonReader(reader())) {
      return hand(vendor, r);
    }
  }

  static Object hand(Vendor vendor, JsonReader r) throws IOException {
    return switch (vendor) {
      case AGENTTASKS -> HandParsers.agentTasksPage(r);
      case AMPLEMARKET -> HandParsers.amplemarketPage(r);
      case AMIGO -> HandParsers.amigoPage(r);
      case STUUT -> HandParsers.stuutPage(r);
      case VAMBE -> HandParsers.vambePage(r);
    };
  }

  private Reader reader() {
    return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
  }
}
