package dev.tasksdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the generator honest: the Vambe client generated from specs/vambe.yaml must equal the
 * checked-in golden file. After an intended change, refresh it with {@code ./mvnw -pl codegen test
 * -Dtasksdk.golden.update=true} and review the diff.
 */
class GoldenClientTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/VambeClient.java.txt");

  @Test
  void vambeClient_whenGenerated_equalsTheGoldenFile() throws IOException {
    Path spec = Path.of(System.getProperty("tasksdk.specs", "../specs"), "vambe.yaml");
    String generated = null;
    for (JavaFile f :
        new ClientGenerator(SpecModel.read(spec), "vambe", "dev.tasksdk.vambe").files()) {
      if (f.typeSpec().name().equals("VambeClient")) {
        generated = f.toString();
      }
    }
    if (Boolean.getBoolean("tasksdk.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, generated, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), generated);
  }
}
