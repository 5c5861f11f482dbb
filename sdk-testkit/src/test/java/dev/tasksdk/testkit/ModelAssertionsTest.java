package dev.tasksdk.testkit;

import static dev.tasksdk.testkit.ModelAssertions.assertDecodesCompletely;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The self-check of {@link ModelAssertions}: it passes what is kept and fails what is lost. */
class ModelAssertionsTest {

  private final Gson gson = new Gson();

  @Test
  void assertDecodesCompletely_whenEveryMemberIsDeclared_returnsTheModel() {
    Order order =
        assertDecodesCompletely(
            gson,
            "{\"name\":\"a\",\"count\":1.0,\"items\":[{\"name\":\"b\",\"alias\":\"x\"}],"
                + "\"attributes\":{\"free\":{\"form\":[1,null]}},\"note\":null}",
            Order.class);

    assertEquals("a", order.name);
    assertEquals(1, order.count);
    assertEquals("x", order.items.get(0).alias);
  }

  @Test
  void assertDecodesCompletely_whenPayloadHasUndeclaredNullMember_failsNamingIt() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> assertDecodesCompletely(gson, "{\"name\":\"a\",\"surprise\":null}", Order.class));

    assertTrue(e.getMessage().contains("$.surprise is not a declared field of Order"));
  }

  @Test
  void assertDecodesCompletely_whenNestedListItemHasUndeclaredMember_failsNamingItsPath() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                assertDecodesCompletely(
                    gson, "{\"items\":[{\"name\":\"b\"},{\"extra\":1}]}", Order.class));

    assertTrue(e.getMessage().contains("$.items[1].extra"), e.getMessage());
  }

  @Test
  void assertDecodesCompletely_whenTopLevelListHasUndeclaredMember_fails() {
    Type items = new TypeToken<List<Item>>() {}.getType();

    assertThrows(
        AssertionError.class,
        () -> assertDecodesCompletely(gson, "[{\"name\":\"b\",\"extra\":true}]", items));
  }

  @Test
  void assertDecodesCompletely_whenModelChangesAValue_failsNamingIt() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> assertDecodesCompletely(gson, "{\"code\":\"abc\"}", Shouted.class));

    assertTrue(e.getMessage().contains("$.code"), e.getMessage());
  }

  @Test
  void assertDecodesCompletely_whenDateTimeIsRewrittenAsTheSameInstant_passes() {
    Stamped stamped =
        assertDecodesCompletely(gson, "{\"at\":\"2025-10-25T14:00:00.000Z\"}", Stamped.class);

    assertEquals("2025-10-25T14:00Z", stamped.at);
  }

  @Test
  void assertDecodesCompletely_whenDateTimeMovesToAnotherInstant_fails() {
    assertThrows(
        AssertionError.class,
        () -> assertDecodesCompletely(gson, "{\"at\":\"2025-10-25T14:00:00+02:00\"}", Late.class));
  }

  @Test
  void readResource_whenPresent_returnsTheText() {
    Order order =
        assertDecodesCompletely(
            gson, ModelAssertions.readResource("model-assertions/order-ok.json"), Order.class);

    assertEquals(2, order.items.get(0).count);
  }

  @Test
  void readResource_whenMissing_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ModelAssertions.readResource("nope/x.json"));

    assertEquals("missing test resource nope/x.json", e.getMessage());
  }

  @Test
  void listJsonResources_whenFolderHoldsJson_listsMatchingNamesOnly() {
    assertEquals(
        List.of("order-ok.json"), ModelAssertions.listJsonResources("model-assertions", "order-"));
    assertEquals(
        List.of("order-ok.json"), ModelAssertions.listJsonResources("model-assertions", ""));
  }

  @Test
  void listJsonResources_whenNothingMatches_fails() {
    assertThrows(
        AssertionError.class, () -> ModelAssertions.listJsonResources("model-assertions", "x-"));
    assertThrows(AssertionError.class, () -> ModelAssertions.listJsonResources("nope", ""));
  }

  static final class Order {
    @SerializedName("name")
    String name;

    @SerializedName("count")
    Integer count;

    @SerializedName("items")
    List<Item> items;

    @SerializedName("attributes")
    Map<String, Object> attributes;

    @SerializedName("note")
    String note;
  }

  static final class Item {
    @SerializedName("name")
    String name;

    @SerializedName("count")
    Integer count;

    @SerializedName(value = "alias", alternate = "nickname")
    String alias;
  }

  static final class Shouted {
    @SerializedName("code")
    @JsonAdapter(Upper.class)
    String code;
  }

  static final class Stamped {
    @SerializedName("at")
    @JsonAdapter(IsoDateTime.class)
    String at;
  }

  static final class Late {
    @SerializedName("at")
    @JsonAdapter(PlusOneHour.class)
    String at;
  }

  static final class Upper extends TypeAdapter<String> {
    @Override
    public void write(JsonWriter out, String value) throws IOException {
      out.value(value);
    }

    @Override
    public String read(JsonReader in) throws IOException {
      return in.nextString().toUpperCase(Locale.ROOT);
    }
  }

  /** Re-writes a date-time in java.time's shortest form, as generated date adapters may. */
  static final class IsoDateTime extends TypeAdapter<String> {
    @Override
    public void write(JsonWriter out, String value) throws IOException {
      out.value(value);
    }

    @Override
    public String read(JsonReader in) throws IOException {
      return OffsetDateTime.parse(in.nextString()).toString();
    }
  }

  static final class PlusOneHour extends TypeAdapter<String> {
    @Override
    public void write(JsonWriter out, String value) throws IOException {
      out.value(value);
    }

    @Override
    public String read(JsonReader in) throws IOException {
      return OffsetDateTime.parse(in.nextString()).plusHours(1).toString();
    }
  }
}
