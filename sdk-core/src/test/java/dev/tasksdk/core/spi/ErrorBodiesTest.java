package dev.tasksdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

  @Test
  void jsonObject_whenBodyIsAnObject_returnsIt() {
    assertEquals("x", ErrorBodies.jsonObject(" {\"detail\":\"x\"} ").get("detail").getAsString());
  }

  @Test
  void jsonObject_whenBodyIsNotAnObject_returnsNull() {
    assertNull(ErrorBodies.jsonObject(null));
    assertNull(ErrorBodies.jsonObject("  "));
    assertNull(ErrorBodies.jsonObject("<html>Bad Gateway</html>"));
    assertNull(ErrorBodies.jsonObject("[1,2]"));
    assertNull(ErrorBodies.jsonObject("{\"detail\":"));
    assertNull(ErrorBodies.jsonObject("[".repeat(100_000)));
  }

  @Test
  void decodeOrNull_whenShapeFits_decodesElseNull() {
    Gson gson = new Gson();

    assertEquals(
        Map.of("a", "b"),
        ErrorBodies.decodeOrNull(gson, JsonParser.parseString("{\"a\":\"b\"}"), Map.class));
    assertNull(ErrorBodies.decodeOrNull(gson, JsonParser.parseString("[1]"), Map.class));
  }

  @Test
  void primitiveText_whenNonBlankPrimitive_returnsTextElseNull() {
    assertEquals("42", ErrorBodies.primitiveText(new JsonPrimitive(42)));
    assertEquals("x", ErrorBodies.primitiveText(new JsonPrimitive("x")));
    assertNull(ErrorBodies.primitiveText(new JsonPrimitive(" ")));
    assertNull(ErrorBodies.primitiveText(JsonParser.parseString("{}")));
    assertNull(ErrorBodies.primitiveText(null));
  }
}
