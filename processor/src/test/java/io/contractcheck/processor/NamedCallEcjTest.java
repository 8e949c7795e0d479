package io.contractcheck.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.Contract;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named calls under the Eclipse compiler (ECJ, the compiler of Eclipse and VS Code's Java
 * tooling), run in-process through its {@code javax.tools} implementation on real files: ECJ runs
 * the processor, which cannot check call sites there (one warning) but generates the named calls;
 * a caller compiles and reaches the contract, and a caller left behind by a rename fails with
 * ECJ's own error.
 */
class NamedCallEcjTest {
  private static final String CALLS_NOT_CHECKED = "[CallSitesNotChecked]";

  private static final String FACTORY = """
      package demo;

      import io.contractcheck.Contract;

      /** Makes managers. */
      public final class Factory {
        private Factory() {}

        /**
         * Describes a manager.
         *
         * @param userContext whose manager it is
         * @param host where it connects
         * @param port which port
         * @return every argument, named by the parameter it reached
         */
        @Contract(namedCall = true)
        public static String create(String userContext, String host, int port) {
          return "userContext=" + userContext + ", host=" + host + ", port=" + port;
        }
      }
      """;

  private static final String CALLER = """
      package demo;

      public final class Caller {
        private Caller() {}

        public static String run() {
          return FactoryCalls.create()
              .userContext("alice")
              .host("example.org")
              .port(8080)
              .call();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void ecjRunsTheProcessorAndTheNamedCallPassesEachArgumentToItsParameter() throws Exception {
    Result ecj = compile(new EclipseCompiler(), "ecj", Map.of(
        "demo/Factory.java", FACTORY, "demo/Caller.java", CALLER));

    assertEquals(List.of("WARNING -:0 " + CALLS_NOT_CHECKED + " the compiler's processing"
        + " environment (org.eclipse.jdt.internal.compiler.apt.dispatch.BatchProcessingEnvImpl) is"
        + " not javac's, so calls of contracts are not checked; declarations still are. Build with"
        + " javac (Maven, Gradle or the command line) to check call sites"), ecj.lines());
    assertTrue(ecj.success);
    Path generated = ecj.generated.resolve("demo/FactoryCalls.java");
    assertTrue(Files.isRegularFile(generated), "ECJ's processor run wrote no " + generated);
    String source = Files.readString(generated);
    assertTrue(source.contains("public static Create.UserContext create() {"), source);
    assertTrue(source.contains("@param userContext whose manager it is"), source);
    assertTrue(Files.isRegularFile(ecj.classes.resolve("demo/FactoryCalls$Create$Call.class")));
    assertEquals("userContext=alice, host=example.org, port=8080", run(ecj, "demo.Caller"));
  }

  @Test
  void ecjPrintsCallSitesNotCheckedOnceAndNothingAboutCalls() throws Exception {
    // under javac the mislabelled argument is a LabelMismatch error; ECJ has no call-site trees
    Result ecj = compile(new EclipseCompiler(), "ecj", Map.of(
        "demo/Factory.java", FACTORY,
        "demo/Caller.java", CALLER,
        "other/Rooms.java", """
            package other;

            import io.contractcheck.Contract;

            @Contract(namedCall = true)
            public final class Rooms {
              public static String join(String userId, String roomId) {
                return userId + "@" + roomId;
              }

              public static String leave(String userId, String roomId) {
                return userId + "-" + roomId;
              }
            }
            """,
        "other/Mislabelled.java", """
            package other;

            final class Mislabelled {
              String call() {
                return Rooms.join(/* roomId= */ "alice", /* userId= */ "lobby")
                    + RoomsCalls.leave().userId("alice").roomId("lobby").call();
              }
            }
            """));

    assertTrue(ecj.success, ecj.lines().toString());
    assertEquals(1, ecj.lines().stream().filter(l -> l.contains(CALLS_NOT_CHECKED)).count(),
        ecj.lines().toString());
    assertEquals(1, ecj.diagnostics.size(), ecj.lines().toString());
    assertTrue(Files.isRegularFile(ecj.generated.resolve("other/RoomsCalls.java")));
    assertTrue(Files.isRegularFile(ecj.generated.resolve("demo/FactoryCalls.java")));
  }

  @Test
  void aCallerWhoseStepNameNoLongerMatchesFailsWithEcjsOwnError() throws Exception {
    String renamed = FACTORY.replace("userContext", "context");
    assertFalse(renamed.contains("userContext"));
    Result ecj = compile(new EclipseCompiler(), "ecj", Map.of(
        "demo/Factory.java", renamed, "demo/Caller.java", CALLER));

    assertFalse(ecj.success);
    List<Diagnostic<? extends JavaFileObject>> errors = ecj.diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    assertEquals(1, errors.size(), ecj.lines().toString());
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertTrue(error.getSource().getName().endsWith("demo/Caller.java"), error.getSource().getName());
    assertEquals(8, error.getLineNumber()); // .userContext("alice")
    String message = error.getMessage(Locale.ROOT);
    assertEquals("The method userContext(java.lang.String) is undefined for the type"
        + " demo.FactoryCalls.Create.Context", message);
    // the generated code itself is fine: the new step is there, named after the new parameter
    assertTrue(Files.readString(ecj.generated.resolve("demo/FactoryCalls.java"))
        .contains("public Host context(String context) {"));
  }

  /** Every form of contract: ECJ generates what javac generates, and ECJ finds nothing in it. */
  @Test
  void ecjGeneratesTheSameSourcesAsJavacWithoutWarnings() throws Exception {
    Map<String, String> sources = Map.of("demo/Box.java", resource("Box.java"),
        "demo/BoxUser.java", resource("BoxUser.java"));
    Result ecj = compile(new EclipseCompiler(), "ecj", sources);
    Result javac = compile(ToolProvider.getSystemJavaCompiler(), "javac", sources);

    assertTrue(javac.success, javac.lines().toString());
    assertTrue(ecj.success, ecj.lines().toString());
    Map<String, String> fromJavac = files(javac.generated);
    assertEquals(List.of("demo/BoxCalls.java", "demo/Box_LabelCalls.java",
        "demo/Box_PointCalls.java"), List.copyOf(fromJavac.keySet()));
    assertEquals(fromJavac, files(ecj.generated));
    // One known difference, documented in docs/named-calls.md: the step of a @SafeVarargs contract
    // with a non-reifiable varargs type needs @SuppressWarnings("varargs") for javac -Xlint:all,
    // a token ECJ does not know.
    List<String> boxCalls = fromJavac.get("demo/BoxCalls.java").lines().map(String::strip).toList();
    int line = boxCalls.indexOf("@SuppressWarnings(\"varargs\")") + 1;
    assertEquals(line - 1, boxCalls.lastIndexOf("@SuppressWarnings(\"varargs\")"));
    assertEquals("@SafeVarargs", boxCalls.get(line - 2));
    List<String> inGenerated = ecj.lines().stream().filter(l -> l.contains("Calls.java:")).toList();
    assertEquals(List.of("WARNING BoxCalls.java:" + line + " Unsupported @SuppressWarnings(\"varargs\")"),
        inGenerated);
    assertEquals(1, ecj.lines().stream().filter(l -> l.contains(CALLS_NOT_CHECKED)).count());
    // a step class is never named like its own step method (ECJ: "has a constructor name")
    assertTrue(fromJavac.get("demo/BoxCalls.java").contains("public $count2 URL(@Box.Nullable String URL) {"));
    // type-use annotations reach the steps under ECJ too (the maps above are equal)
    assertTrue(fromJavac.get("demo/BoxCalls.java").contains("public @Box.Nullable String call() {"));
    assertEquals("box=abc, mapped=3, joined=a/b/c, first=[x, y], cells=[[1, 2]]2#true0.5,"
        + " join3=pqr, concat=lr, repeated=abab, label=t7, point=1:2, tagged=[u, w],"
        + " fetched=h3",
        run(ecj, "demo.BoxUser"));
  }

  /** Types that join to one class name: ECJ numbers them as javac does (docs/named-calls.md). */
  @Test
  void ecjNamesTheClassesOfTypesThatJoinToOneNameAsJavacDoes() throws Exception {
    Map<String, String> sources = Map.of(
        "demo/Outer_Inner.java", "package demo;\n\npublic final class Outer_Inner {\n"
            + "  @io.contractcheck.Contract(namedCall = true)\n"
            + "  public static String top(String userId) { return userId; }\n}\n",
        "demo/Outer.java", "package demo;\n\npublic final class Outer {\n"
            + "  public static final class Inner {\n"
            + "    @io.contractcheck.Contract(namedCall = true)\n"
            + "    public static String nested(String threadId) { return threadId; }\n  }\n}\n");
    Result ecj = compile(new EclipseCompiler(), "ecj", sources);
    Result javac = compile(ToolProvider.getSystemJavaCompiler(), "javac", sources);
    assertTrue(javac.success, javac.lines().toString());
    assertTrue(ecj.success, ecj.lines().toString());
    Map<String, String> fromJavac = files(javac.generated);
    assertEquals(List.of("demo/Outer_InnerCalls.java", "demo/Outer_InnerCalls2.java"),
        List.copyOf(fromJavac.keySet()));
    assertTrue(fromJavac.get("demo/Outer_InnerCalls2.java").contains("{@link Outer.Inner}"));
    assertEquals(fromJavac, files(ecj.generated));
  }

  private String resource(String name) throws IOException {
    try (var in = NamedCallEcjTest.class.getResourceAsStream("/ecj/" + name)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  /** What one compile left behind. */
  private static final class Result {
    boolean success;
    final List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();
    Path classes;
    Path generated;

    /** {@code KIND File.java:line message}, as {@link Compilations#lines} writes them. */
    List<String> lines() {
      return Compilations.lines(diagnostics);
    }
  }

  /**
   * Compiles {@code sources} (relative path to text) from real files with a fresh
   * {@link ContractProcessor}, the annotations on the class path, {@code --release 17}.
   */
  private Result compile(JavaCompiler compiler, String name, Map<String, String> sources)
      throws IOException {
    Path root = dir.resolve(name);
    Result result = new Result();
    result.classes = Files.createDirectories(root.resolve("classes"));
    result.generated = Files.createDirectories(root.resolve("generated"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
      Path file = root.resolve("src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      files.add(Files.writeString(file, source.getValue()));
    }
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(collector, Locale.ROOT, UTF_8)) {
      List<String> options = List.of("--release", "17", "-encoding", "UTF-8",
          "-classpath", annotationsPath().toString(),
          "-d", result.classes.toString(), "-s", result.generated.toString());
      // the compiler's own printout (ECJ prints its problems too) stays out of the test log
      JavaCompiler.CompilationTask task = compiler.getTask(new StringWriter(), fileManager,
          collector, options, null, fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new ContractProcessor()));
      result.success = task.call();
    }
    result.diagnostics.addAll(collector.getDiagnostics());
    return result;
  }

  /** Where the test class path has {@code io.contractcheck.Contract}: a jar or a directory. */
  private static Path annotationsPath() {
    try {
      return Path.of(Contract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** Every file under {@code root} by relative path, sorted. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
      }
    }
    return files;
  }

  /** Runs {@code className}'s static {@code run()} from the compile's class output alone. */
  private static String run(Result compiled, String className) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.classes.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Class<?> type = loader.loadClass(className);
      assertEquals(loader, type.getClassLoader());
      return (String) type.getMethod("run").invoke(null);
    }
  }
}
