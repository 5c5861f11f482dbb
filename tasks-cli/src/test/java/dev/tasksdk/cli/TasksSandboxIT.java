package dev.tasksdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The CLI on the sandbox: every vendor on its stateful simulator in the CLI's own process (no
 * Docker, no node), the state kept in a temporary {@code TASKS_SANDBOX_DIR} between commands.
 */
class TasksSandboxIT {
  private static final Path SANDBOX_DIR = tempDir();

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("tasks-sandbox-it");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

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
            Map.of("TASKS_SANDBOX_DIR", SANDBOX_DIR.toString()),
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
                Map.of("TASKS_SANDBOX_DIR", SANDBOX_DIR.toString()),
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
    cmd.add("-jar");
    cmd.add(jar);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().keySet().removeIf(k -> k.endsWith("_API_KEY"));
    pb.environment().put("TASKS_SANDBOX_DIR", SANDBOX_DIR.resolve("jar").toString());
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

  @Test
  void jar_workflowAcrossCommands_keepsStateUntilReset() throws Exception {
    assertEquals(0, runJar("sandbox", "reset").exit());
    Run created =
        runJar(
            "create",
            "--vendor",
            "agenttasks",
            "--title",
            "Write the Q4 summary",
            "--project",
            "cmproject_abc",
            "--format",
            "json");
    assertEquals(0, created.exit(), created.err());
    String id =
        JsonParser.parseString(created.out())
            .getAsJsonArray()
            .get(0)
            .getAsJsonObject()
            .get("id")
            .getAsString();
    assertTrue(runJar("list", "--vendor", "agenttasks").out().contains(id));

    Run early = runJar("complete", "agenttasks:" + id);
    assertEquals(3, early.exit(), early.err());
    assertTrue(early.err().contains("TASK_NOT_IN_PROGRESS"), early.err());
    assertEquals(0, runJar("claim", "agenttasks:" + id).exit());
    Run twice = runJar("claim", "agenttasks:" + id);
    assertEquals(3, twice.exit(), twice.err());
    assertTrue(twice.err().contains("TASK_ALREADY_CLAIMED"), twice.err());
    assertEquals(0, runJar("complete", "agenttasks:" + id).exit());

    String vambe = "vambe:123e4567-e89b-12d3-a456-426614174000";
    assertEquals(0, runJar("delete", vambe).exit());
    assertEquals(3, runJar("delete", vambe).exit());

    assertEquals(0, runJar("sandbox", "reset").exit());
    Run after = runJar("list", "--vendor", "agenttasks");
    assertFalse(after.out().contains(id), after.out());
    assertTrue(after.out().contains("cmabc123"), after.out());
  }
}
