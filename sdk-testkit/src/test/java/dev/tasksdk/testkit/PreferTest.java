package dev.tasksdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreferTest {
  @Test
  void code_whenRendered_isCodeEquals() {
    assertEquals("code=404", Prefer.code(404).toString());
  }

  @Test
  void example_whenRendered_isExampleEquals() {
    assertEquals("example=name", Prefer.example("name").toString());
  }

  @Test
  void dynamic_whenRendered_isDynamicTrue() {
    assertEquals("dynamic=true", Prefer.dynamic().toString());
  }

  @Test
  void chain_whenCodeThenExample_rendersBothInOrder() {
    assertEquals("code=422, example=x", Prefer.code(422).example("x").toString());
    assertEquals("code=422, example=x", Prefer.example("x").code(422).toString());
    assertEquals(
        "code=200, example=a, dynamic=true", Prefer.dynamic().example("a").code(200).toString());
  }

  @Test
  void chain_whenSameKeyTwice_lastWins() {
    assertEquals("code=500", Prefer.code(404).code(500).toString());
  }

  @Test
  void equals_whenSameRendering_equal() {
    assertEquals(Prefer.code(404).example("e"), Prefer.example("e").code(404));
  }

  @Test
  void code_whenNotHttpStatus_throwsNamingCode() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Prefer.code(99));
    assertTrue(e.getMessage().contains("code"), e.getMessage());
  }

  @Test
  void example_whenNullOrMalformed_throwsNamingExample() {
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Prefer.example(null));
    assertEquals("example == null", npe.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Prefer.example("a,b"));
    assertThrows(IllegalArgumentException.class, () -> Prefer.example(" "));
    assertThrows(IllegalArgumentException.class, () -> Prefer.code(200).example("a=b"));
  }
}
