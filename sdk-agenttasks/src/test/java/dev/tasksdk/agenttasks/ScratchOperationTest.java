package dev.tasksdk.agenttasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tasksdk.agenttasks.model.Task;
import dev.tasksdk.codegen.ClientGenerator;
import dev.tasksdk.codegen.SpecModel;
import dev.tasksdk.core.ApiResponse;
import dev.tasksdk.core.AutoPager;
import dev.tasksdk.core.Page;
import dev.tasksdk.core.PageToken;
import dev.tasksdk.core.RequestOptions;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's first "done when": adding an operation to the spec and rebuilding gives its whole
 * method family on {@link AgentTasksClient} with no hand-written Java.
 *
 * <p>The test does what a build does with a new endpoint: it adds the two scratch operations of
 * {@code src/test/resources/scratch/operations.yaml} to specs/agenttasks.yaml, runs the generator
 * into a temporary folder, compiles the generated sources together with this module's hand-written
 * {@code src/main/java} (the models come from the module's classes), loads the new client and
 * checks by reflection that every overload exists with its exact signature, then calls the new
 * methods against a MockWebServer and checks the exact request. The paged scratch operation also
 * gets its paging policy ({@code ListArchivedTasksPaging.java.txt}), the one piece of Java a paged
 * operation needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScratchOperationTest {
  private static final String KEY = "sk-SENTINEL-123";
  private static final String TASK =
      "{\"id\":\"cmabc123\",\"title\":\"T\",\"status\":\"todo\",\"priority\":\"normal\"}";
  private static final String PKG = "dev.tasksdk.agenttasks";
  private static final Path MAIN_SOURCES = Path.of("src/main/java");
  private static final Path PAGING_SOURCE =
      MAIN_SOURCES.resolve("dev/tasksdk/agenttasks/internal/AgentTasksPaging.java");

  private URLClassLoader loader;
  private Class<?> client;
  private Class<?> raw;
  private Class<?> addNoteParams;
  private Class<?> listArchivedParams;
  private MockWebServer server;
  private AutoCloseable instance;

  @BeforeAll
  void generateCompileAndLoad(@TempDir Path work) throws Exception {
    Path spec = work.resolve("agenttasks.yaml");
    Files.writeString(spec, specWithScratchOperations(), StandardCharsets.UTF_8);
    Path generated = work.resolve("generated");
    new ClientGenerator(SpecModel.read(spec), "agenttasks", PKG).writeTo(generated);

    Path sources = work.resolve("policy");
    Path paging = sources.resolve("AgentTasksPaging.java");
    Files.createDirectories(sources);
    Files.writeString(paging, pagingWithScratchPolicy(), StandardCharsets.UTF_8);
    List<Path> files = new ArrayList<>(javaFiles(generated));
    for (Path p : javaFiles(MAIN_SOURCES)) {
      if (!p.endsWith(PAGING_SOURCE) && !p.getFileName().toString().equals("module-info.java")) {
        files.add(p);
      }
    }
    files.add(paging);
    Path classes = work.resolve("classes");
    compile(files, classes);
    loader = new GeneratedFirst(classes, getClass().getClassLoader());
    client = loader.loadClass(PKG + ".AgentTasksClient");
    raw = loader.loadClass(PKG + ".AgentTasksClient$WithRawResponse");
    addNoteParams = loader.loadClass(PKG + ".AddNoteParams");
    listArchivedParams = loader.loadClass(PKG + ".ListArchivedTasksParams");

    server = new MockWebServer();
    server.start();
    Object builder = client.getMethod("builder").invoke(null);
    Class<?> b = builder.getClass();
    b.getMethod("baseUrl", String.class).invoke(builder, server.url("/").toString());
    b.getMethod("apiKey", String.class).invoke(builder, KEY);
    b.getMethod("teamId", String.class).invoke(builder, "team_1");
    b.getMethod("maxRetries", int.class).invoke(builder, 0);
    instance = (AutoCloseable) b.getMethod("build").invoke(builder);
  }

  @AfterAll
  void tearDown() throws Exception {
    if (instance != null) {
      instance.close();
    }
    if (server != null) {
      server.close();
    }
    if (loader != null) {
      loader.close();
    }
  }

  @Test
  void addNote_hasTheWholeFamily_withoutAParamslessOverload() throws Exception {
    Class<?> p = addNoteParams;
    assertSignature(client, "addNote", "dev.tasksdk.agenttasks.model.Task", String.class, p);
    assertSignature(
        client,
        "addNote",
        "dev.tasksdk.agenttasks.model.Task",
        String.class,
        p,
        RequestOptions.class);
    String future = "java.util.concurrent.CompletableFuture<dev.tasksdk.agenttasks.model.Task>";
    assertSignature(client, "addNoteAsync", future, String.class, p);
    assertSignature(client, "addNoteAsync", future, String.class, p, RequestOptions.class);
    String response = "dev.tasksdk.core.ApiResponse<dev.tasksdk.agenttasks.model.Task>";
    assertSignature(raw, "addNote", response, String.class, p);
    assertSignature(raw, "addNote", response, String.class, p, RequestOptions.class);
    String rawFuture = "java.util.concurrent.CompletableFuture<" + response + ">";
    assertSignature(raw, "addNoteAsync", rawFuture, String.class, p);
    assertSignature(raw, "addNoteAsync", rawFuture, String.class, p, RequestOptions.class);
    // the body has a required field, so there is no overload without Params
    assertThrows(NoSuchMethodException.class, () -> client.getMethod("addNote", String.class));
    assertSignature(client, "withRawResponse", raw.getName());
  }

  @Test
  void addNoteParams_isAnImmutableBuilderOfTheQueryAndBodyFields() throws Exception {
    Class<?> p = addNoteParams;
    assertTrue(Modifier.isFinal(p.getModifiers()));
    Class<?> builder = p.getMethod("builder").getReturnType();
    assertEquals(builder, p.getMethod("toBuilder").getReturnType());
    assertEquals(builder, builder.getMethod("notifyAssignee", Boolean.class).getReturnType());
    assertEquals(builder, builder.getMethod("text", String.class).getReturnType());
    assertEquals(builder, builder.getMethod("pinned", Boolean.class).getReturnType());
    assertEquals(p, builder.getMethod("build").getReturnType());
    assertSignature(p, "text", "java.lang.String");
    assertSignature(p, "pinned", "java.util.Optional<java.lang.Boolean>");
    assertSignature(p, "notifyAssignee", "java.util.Optional<java.lang.Boolean>");
    for (java.lang.reflect.Field f : p.getDeclaredFields()) {
      assertTrue(Modifier.isFinal(f.getModifiers()), f + " is not final");
    }

    Object a = addNote("Looks good", true, true);
    assertEquals(a, addNote("Looks good", true, true));
    assertEquals(a.hashCode(), addNote("Looks good", true, true).hashCode());
    assertFalse(a.equals(addNote("Looks good", false, true)));
    Object copy = builder.getMethod("build").invoke(p.getMethod("toBuilder").invoke(a));
    assertEquals(a, copy);
    assertTrue(a.toString().contains("Looks good"), a.toString());

    // validated at build() from the spec: required, minLength, maxLength, naming the field
    Throwable missing = buildFailure(p.getMethod("builder").invoke(null));
    assertEquals(IllegalArgumentException.class, missing.getClass());
    assertEquals("text is required", missing.getMessage());
    Object blank = p.getMethod("builder").invoke(null);
    builder.getMethod("text", String.class).invoke(blank, "");
    Throwable empty = buildFailure(blank);
    assertEquals(IllegalArgumentException.class, empty.getClass());
    assertTrue(empty.getMessage().contains("text"), empty.getMessage());
    Object tooLong = p.getMethod("builder").invoke(null);
    builder.getMethod("text", String.class).invoke(tooLong, "x".repeat(501));
    assertEquals(IllegalArgumentException.class, buildFailure(tooLong).getClass());
  }

  @Test
  void addNote_everyVariant_sendsTheRequestTheSpecDescribes() throws Exception {
    Object params = addNote("Looks good", true, true);
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").build();
    Object rawClient = client.getMethod("withRawResponse").invoke(instance);
    Class<?> p = addNoteParams;
    Class<?> ro = RequestOptions.class;

    enqueue(201, TASK);
    Task task =
        (Task) call(instance, "addNote", new Class<?>[] {String.class, p}, "cmabc123", params);
    assertEquals("cmabc123", task.getId());
    assertAddNoteRequest(take(), null);

    enqueue(201, TASK);
    call(instance, "addNote", new Class<?>[] {String.class, p, ro}, "cmabc123", params, options);
    assertAddNoteRequest(take(), "t-1");

    enqueue(201, TASK);
    CompletableFuture<?> async =
        (CompletableFuture<?>)
            call(instance, "addNoteAsync", new Class<?>[] {String.class, p}, "cmabc123", params);
    assertEquals("cmabc123", ((Task) async.get(5, TimeUnit.SECONDS)).getId());
    assertAddNoteRequest(take(), null);

    enqueue(201, TASK);
    ApiResponse<?> response =
        (ApiResponse<?>)
            call(rawClient, "addNote", new Class<?>[] {String.class, p, ro}, "x1", params, options);
    assertEquals(201, response.statusCode());
    assertEquals("cmabc123", ((Task) response.body()).getId());
    assertEquals("/api/tasks/x1/notes?notify_assignee=true", take().getTarget());

    enqueue(201, TASK);
    CompletableFuture<?> rawAsync =
        (CompletableFuture<?>)
            call(rawClient, "addNoteAsync", new Class<?>[] {String.class, p}, "cmabc123", params);
    assertEquals(201, ((ApiResponse<?>) rawAsync.get(5, TimeUnit.SECONDS)).statusCode());
    assertAddNoteRequest(take(), null);

    // an unset optional query parameter is not sent; a path id is escaped
    enqueue(201, TASK);
    call(instance, "addNote", new Class<?>[] {String.class, p}, "a b", addNote("n", null, null));
    RecordedRequest minimal = take();
    assertEquals("/api/tasks/a%20b/notes", minimal.getTarget());
    assertEquals("{\"text\":\"n\"}", minimal.getBody().utf8());
  }

  @Test
  void listArchivedTasks_hasTheFamilyAndTheUniformPagingNames() throws Exception {
    Class<?> p = listArchivedParams;
    Class<?> ro = RequestOptions.class;
    String list = "java.util.List<dev.tasksdk.agenttasks.model.Task>";
    // every field is optional, so the operation also has overloads without Params
    for (Class<?>[] args : new Class<?>[][] {{p}, {p, ro}, {}, {ro}}) {
      assertSignature(client, "listArchivedTasks", list, args);
      assertSignature(
          client,
          "listArchivedTasksAsync",
          "java.util.concurrent.CompletableFuture<" + list + ">",
          args);
      assertSignature(raw, "listArchivedTasks", "dev.tasksdk.core.ApiResponse<" + list + ">", args);
      assertSignature(
          raw,
          "listArchivedTasksAsync",
          "java.util.concurrent.CompletableFuture<dev.tasksdk.core.ApiResponse<" + list + ">>",
          args);
    }
    String page = "dev.tasksdk.core.Page<dev.tasksdk.agenttasks.model.Task>";
    assertSignature(client, "listArchivedTasksPage", page, p, PageToken.class);
    assertSignature(client, "listArchivedTasksPage", page, p, PageToken.class, ro);
    String pager = "dev.tasksdk.core.AutoPager<dev.tasksdk.agenttasks.model.Task>";
    for (Class<?>[] args :
        new Class<?>[][] {{p}, {p, PageToken.class}, {p, ro}, {p, PageToken.class, ro}}) {
      assertSignature(client, "listArchivedTasksAutoPaging", pager, args);
    }
    // teamId comes from the builder, never from an argument
    for (Method m : client.getMethods()) {
      if (m.getName().startsWith("listArchivedTasks")) {
        assertFalse(List.of(m.getParameterTypes()).contains(String.class), m.toString());
      }
    }
  }

  @Test
  void listArchivedTasksAutoPaging_walksThePagesWithTheCursor() throws Exception {
    Object builder = listArchivedParams.getMethod("builder").invoke(null);
    builder.getClass().getMethod("limit", Integer.class).invoke(builder, 2);
    Object params = builder.getClass().getMethod("build").invoke(builder);
    enqueue(200, "[" + TASK.replace("cmabc123", "t1") + "," + TASK.replace("cmabc123", "t2") + "]");
    enqueue(200, "[" + TASK.replace("cmabc123", "t3") + "]");

    AutoPager<?> pager =
        (AutoPager<?>)
            call(
                instance,
                "listArchivedTasksAutoPaging",
                new Class<?>[] {listArchivedParams},
                params);
    List<String> ids = pager.stream().map(t -> ((Task) t).getId()).collect(Collectors.toList());

    assertEquals(List.of("t1", "t2", "t3"), ids);
    RecordedRequest first = take();
    assertEquals("GET", first.getMethod());
    assertEquals("/api/teams/team_1/archived-tasks?limit=2", first.getTarget());
    assertEquals("Bearer " + KEY, first.getHeaders().get("Authorization"));
    assertEquals("/api/teams/team_1/archived-tasks?limit=2&cursor=t2", take().getTarget());

    enqueue(200, "[" + TASK.replace("cmabc123", "t3") + "]");
    Page<?> resumed =
        (Page<?>)
            call(
                instance,
                "listArchivedTasksPage",
                new Class<?>[] {listArchivedParams, PageToken.class},
                params,
                PageToken.of("t2"));
    assertEquals(1, resumed.items().size());
    assertFalse(resumed.hasNext());
    assertEquals("/api/teams/team_1/archived-tasks?limit=2&cursor=t2", take().getTarget());
  }

  // ------------------------------------------------------------------------------ helpers

  private static String specWithScratchOperations() throws IOException {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPIV3Parser parser = new OpenAPIV3Parser();
    Path specs = Path.of(System.getProperty("tasksdk.specs", "../specs"));
    OpenAPI api =
        parser
            .readLocation(specs.resolve("agenttasks.yaml").toString(), null, options)
            .getOpenAPI();
    String overlayPath =
        Path.of("src/test/resources/scratch/operations.yaml").toAbsolutePath().toString();
    OpenAPI overlay = parser.readLocation(overlayPath, null, options).getOpenAPI();
    assertNotNull(api, "specs/agenttasks.yaml");
    assertNotNull(overlay, overlayPath);
    overlay
        .getPaths()
        .forEach(
            (path, item) -> {
              assertFalse(api.getPaths().containsKey(path), path + " is already in the spec");
              api.getPaths().addPathItem(path, item);
            });
    api.getComponents().getSchemas().putAll(overlay.getComponents().getSchemas());
    return Yaml.pretty().writeValueAsString(api);
  }

  private static String pagingWithScratchPolicy() throws IOException {
    String source = Files.readString(PAGING_SOURCE, StandardCharsets.UTF_8).stripTrailing();
    assertTrue(source.endsWith("}"), PAGING_SOURCE.toString());
    String policy =
        Files.readString(
            Path.of("src/test/resources/scratch/ListArchivedTasksPaging.java.txt"),
            StandardCharsets.UTF_8);
    return source.substring(0, source.length() - 1) + "\n" + policy;
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private static void compile(List<Path> files, Path out) throws IOException {
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests run on a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d",
              out.toString(),
              "-classpath",
              classPath(),
              "--release",
              "17",
              "-proc:none",
              "-implicit:none",
              "-nowarn");
      boolean ok =
          javac
              .getTask(
                  new StringWriter(),
                  fm,
                  diagnostics,
                  options,
                  null,
                  fm.getJavaFileObjectsFromPaths(files))
              .call();
      assertTrue(
          ok,
          () ->
              "the generated client does not compile:\n"
                  + diagnostics.getDiagnostics().stream()
                      .map(Object::toString)
                      .collect(Collectors.joining("\n")));
    }
  }

  /** Asserts that {@code type} has the public method with exactly this generic return type. */
  private static void assertSignature(
      Class<?> type, String name, String returnType, Class<?>... parameters) {
    Method m;
    try {
      m = type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getSimpleName() + " has no " + name + List.of(parameters), e);
    }
    assertTrue(Modifier.isPublic(m.getModifiers()), m.toString());
    assertEquals(returnType, m.getGenericReturnType().getTypeName(), m.toString());
  }

  private Object addNote(String text, Boolean pinned, Boolean notify) throws Exception {
    Object b = addNoteParams.getMethod("builder").invoke(null);
    Class<?> t = b.getClass();
    t.getMethod("text", String.class).invoke(b, text);
    if (pinned != null) {
      t.getMethod("pinned", Boolean.class).invoke(b, pinned);
    }
    if (notify != null) {
      t.getMethod("notifyAssignee", Boolean.class).invoke(b, notify);
    }
    return t.getMethod("build").invoke(b);
  }

  private static Throwable buildFailure(Object builder) throws Exception {
    try {
      builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
    throw new AssertionError("build() accepted invalid parameters");
  }

  private static Object call(Object target, String name, Class<?>[] types, Object... args)
      throws Exception {
    try {
      return target.getClass().getMethod(name, types).invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
  }

  private void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(r, "no request was sent");
    return r;
  }

  private static void assertAddNoteRequest(RecordedRequest r, String trace) {
    assertEquals("POST", r.getMethod());
    assertEquals("/api/tasks/cmabc123/notes?notify_assignee=true", r.getTarget());
    assertEquals("{\"text\":\"Looks good\",\"pinned\":true}", r.getBody().utf8());
    assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
    assertTrue(
        r.getHeaders().get("Content-Type").startsWith("application/json"),
        r.getHeaders().get("Content-Type"));
    assertEquals(trace, r.getHeaders().get("X-Trace"));
  }

  /**
   * Loads the freshly compiled classes (the new client, Params, Retrofit interface and the module's
   * hand-written policy) before the module's own build of them; models, core and libraries come
   * from the test classpath.
   */
  private static final class GeneratedFirst extends URLClassLoader {
    GeneratedFirst(Path classes, ClassLoader parent) throws MalformedURLException {
      super(new URL[] {classes.toUri().toURL()}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null && findResource(name.replace('.', '/') + ".class") != null) {
          c = findClass(name);
        }
        if (c == null) {
          return super.loadClass(name, resolve);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }

  /** What the tests run with: the class path, and the module path when Surefire uses one. */
  private static String classPath() {
    String modules = System.getProperty("jdk.module.path");
    String cp = System.getProperty("java.class.path");
    return modules == null || modules.isBlank() ? cp : cp + java.io.File.pathSeparator + modules;
  }
}
