package dev.tasksdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.tasksdk.cli.Fakes.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The CLI on the sandbox: every vendor on a Prism mock started through the testkit (Docker or a
 * local node process; see sdk-testkit). Fails, never skips, when Prism cannot run.
 */
class TasksSandboxIT {
  private static final Set<String> ALL =
      new TreeSet<>(List.of("amplemarket", "amigo", "agenttasks", "stuut", "vambe"));

  private static Set<String> vendorsIn(String json) {
    JsonArray arr = JsonParser.parseString(json).getAsJsonArray();
    Set<String> vendors = new TreeSet<>();
    for (JsonElement e : arr) {
      vendors.add(e.getAsJsonObject().get("vendor").getAsString());
    }
    return vendors;
  }

  @Test
  void list_onTheSandbox_showsTasksOfAllFiveVendors() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    TasksCommand cmd =
        new TasksCommand(
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int exit = TasksCommand.commandLine(cmd).execute("list", "--format", "json");
    Run r =
        new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertEquals(0, r.exit(), r.err() + r.out());
    assertEquals(ALL, vendorsIn(r.out()), r.out());
    assertTrue(r.err().contains("sandbox"), r.err());

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    TasksCommand.commandLine(
            new TasksCommand(
                Map.of(),
                new PrintStream(table, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0])))
        .execute("list");
    System.out.println("tasks list on the sandbox:\n" + table.toString(StandardCharsets.UTF_8));
  }

  private static Run runJar(String... args) throws Exception {
    String jar = System.getProperty("tasks.jar", "target/tasks.jar");
    assertTrue(new File(jar).isFile(), "the shaded jar is missing: " + jar);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String p : List.of("tasksdk.prism.backend", "tasksdk.prism.image", "tasksdk.prism.url")) {
      if (System.getProperty(p) != null) {
        cmd.add("-D" + p + "=" + System.getProperty(p));
      }
    }
    cmd.add("-jar");
    cmd.add(jar);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().keySet().removeIf(k -> k.endsWith("_API_KEY"));
    Path outFile = Files.createTempFile("tasks-out", ".txt");
    Path errFile = Files.createTempFile("tasks-err", ".txt");
    pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "tasks " + String.join(" ", args) + " hung");
    Run r = new Run(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
    Files.deleteIfExists(outFile);
    Files.deleteIfExists(errFile);
    return r;
  }

  @Test
  void jar_vendors_printsMatrixWithSandboxModes() throws Exception {
    Run r = runJar("vendors");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("\\s+amplemarket\\s+amigo\\s+agenttasks\\s+stuut\\s+vambe"));
    assertTrue(
        lines.get(1).matches("mode\\s+sandbox\\s+sandbox\\s+sandbox\\s+sandbox\\s+sandbox"),
        lines.get(1));
    System.out.println("tasks vendors:\n" + r.out());
  }

  @Test
  void jar_listJson_printsTasksOfAllVendors() throws Exception {
    Run r = runJar("list", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(ALL, vendorsIn(r.out()), r.out());
    assertEquals(1, r.err().lines().count(), "only the sandbox note on stderr:\n" + r.err());
  }
}
