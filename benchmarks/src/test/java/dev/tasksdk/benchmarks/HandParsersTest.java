package dev.tasksdk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import dev.tasksdk.core.Vendor;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The decode benchmark compares equal work only if both sides produce the same objects. */
class HandParsersTest {

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void handWritten_whenPageOfVendor_equalsGeneratedModelsDecodedByGson(Vendor vendor)
      throws IOException {
    String page = Payloads.page(vendor, 0, Payloads.PAGE);

    Object byGson = gson(vendor).fromJson(page, type(vendor));
    Object byHand = DecodePageBenchmark.hand(vendor, new JsonReader(new StringReader(page)));

    assertNotNull(byHand);
    assertEquals(byGson, byHand);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void generatedBenchmark_whenRun_decodesHundredTasks(Vendor vendor) throws IOException {
    DecodePageBenchmark b = new DecodePageBenchmark();
    b.vendor = vendor;
    b.setup();

    assertEquals(b.handWritten(), b.generated());
  }

  private static Gson gson(Vendor vendor) {
    return switch (vendor) {
      case AGENTTASKS -> new dev.tasksdk.agenttasks.internal.json.JSON().getGson();
      case AMPLEMARKET -> new dev.tasksdk.amplemarket.internal.json.JSON().getGson();
      case AMIGO -> new dev.tasksdk.amigo.internal.json.JSON().getGson();
      case STUUT -> new dev.tasksdk.stuut.internal.json.JSON().getGson();
      case VAMBE -> new dev.tasksdk.vambe.internal.json.JSON().getGson();
    };
  }

  private static Type type(Vendor vendor) {
    return switch (vendor) {
      case AGENTTASKS -> new TypeToken<List<dev.tasksdk.agenttasks.model.Task>>() {}.getType();
      case AMPLEMARKET -> dev.tasksdk.amplemarket.model.TaskList.class;
      case AMIGO -> dev.tasksdk.amigo.model.TaskListResponse.class;
      case STUUT -> dev.tasksdk.stuut.model.TaskList.class;
      case VAMBE -> new TypeToken<List<dev.tasksdk.vambe.model.Task>>() {}.getType();
    };
  }
}
