package dev.tasksdk.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.core.Vendor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {
  @Test
  void read_whenAnyVendor_jarCarriesItsOpenApiSpec() {
    for (Vendor v : Vendor.values()) {
      String spec = new String(SpecFiles.read(v), StandardCharsets.UTF_8);
      assertTrue(spec.startsWith("openapi: 3."), v + " spec starts with " + spec.substring(0, 20));
    }
  }

  @Test
  void extract_whenCalledTwice_samePathSameBytes(@TempDir Path cache) throws Exception {
    Path a = SpecFiles.extract(Vendor.AMIGO, cache);
    Path b = SpecFiles.extract(Vendor.AMIGO, cache);
    assertEquals(a, b);
    assertArrayEquals(SpecFiles.read(Vendor.AMIGO), Files.readAllBytes(a));
    assertTrue(a.getFileName().toString().startsWith("amigo-"));
  }
}
