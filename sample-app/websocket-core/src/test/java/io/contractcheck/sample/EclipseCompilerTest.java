package io.contractcheck.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This module under the Eclipse compiler (Eclipse, VS Code), with the processor jar the build
 * ships found on {@code -processorpath} as a user's build would put it there: ECJ generates the
 * same named calls as javac, ContractCheck says once that it cannot check call sites there, and a
 * caller left behind by a parameter rename fails with ECJ's own error.
 */
class EclipseCompilerTest {
  private static final String FACTORY = "io/contractcheck/sample/chat/WebSocketManagerFactory.java";

  private static final String CALLER = """
      package app;

      import io.contractcheck.sample.chat.WebSocketManager;
      import io.contractcheck.sample.chat.WebSocketManagerFactory;
      import io.contractcheck.sample.chat.WebSocketManagerFactoryCalls;
      import io.contractcheck.sample.context.UserExecutionContext;

      final class Caller {
        static WebSocketManager manager(WebSocketManagerFactory managers, UserExecutionContext context) {
          return WebSocketManagerFactoryCalls.createWebSocketManager(managers)
              .userContext(context)
              .call();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void theProcessorJarGeneratesWhatJavacGeneratesAndSaysOnceThatCallsAreNotChecked()
      throws IOException {
    Ecj ecj = compile("module", copyOfMainSources("module"));

    assertTrue(ecj.succeeded, ecj.lines().toString());
    Map<String, String> generated = files(ecj.generated);
    assertEquals(
        List.of(
            "io/contractcheck/sample/chat/WebSocketManagerFactoryCalls.java",
            "io/contractcheck/sample/context/UserContextFactoryCalls.java"),
        List.copyOf(generated.keySet()));
    Map<String, String> fromJavac = files(ModuleCompiler.property("sample.generatedSources"));
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertEquals(fromJavac.get(file.getKey()), file.getValue(), file.getKey());
    }
    List<String> contractCheck = ecj.lines().stream().filter(l -> l.contains("ContractCheck") || l.contains("[Call")).toList();
    assertEquals(1, contractCheck.size(), ecj.lines().toString());
    assertTrue(contractCheck.get(0).startsWith("WARNING"), contractCheck.get(0));
    assertTrue(contractCheck.get(0).contains("[CallSitesNotChecked]"), contractCheck.get(0));
    assertEquals(List.of(), ecj.lines().stream().filter(l -> l.startsWith("ERROR")).toList());
  }

  @Test
  void aCallerLeftBehindByARenameFailsWithEcjsOwnError() throws IOException {
    Path before = copyOfMainSources("before");
    Files.writeString(Files.createDirectories(before.resolve("app")).resolve("Caller.java"), CALLER);
    Ecj compiles = compile("before", before);
    assertTrue(compiles.succeeded, compiles.lines().toString());

    Path after = copyOfMainSources("after");
    Files.writeString(Files.createDirectories(after.resolve("app")).resolve("Caller.java"), CALLER);
    Path factory = after.resolve(FACTORY);
    // the parameter, its javadoc and its uses: the factory's only mentions of userContext
    String renamed = Files.readString(factory).replace("userContext", "context");
    Files.writeString(factory, renamed);

    Ecj broken = compile("after", after);
    assertFalse(broken.succeeded);
    List<String> errors = broken.lines().stream().filter(l -> l.startsWith("ERROR")).toList();
    assertEquals(
        List.of("ERROR Caller.java:11 The method"
            + " userContext(io.contractcheck.sample.context.UserExecutionContext) is undefined for"
            + " the type"
            + " io.contractcheck.sample.chat.WebSocketManagerFactoryCalls.CreateWebSocketManager.Context"),
        errors);
  }

  private Path copyOfMainSources(String name) throws IOException {
    Path root = ModuleCompiler.mainSources();
    Path copy = dir.resolve(name).resolve("src");
    for (Path source : ModuleCompiler.javaFilesUnder(root)) {
      Path target = copy.resolve(root.relativize(source).toString());
      Files.createDirectories(target.getParent());
      Files.copy(source, target);
    }
    return copy;
  }

  /** What one ECJ compile left behind. */
  private record Ecj(boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Path generated) {
    /** {@code KIND File.java:line message}. */
    List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber();
        lines.add(d.getKind() + " " + file + " " + d.getMessage(Locale.ROOT));
      }
      return lines;
    }
  }

  /**
   * Compiles every source under {@code sources} with ECJ, {@code --release 17}, this module's
   * dependencies as class path and processor path: the processor comes from the shipped jar.
   */
  private Ecj compile(String name, Path sources) throws IOException {
    String dependencies = ModuleCompiler.dependencyClassPath();
    assertTrue(
        Arrays.stream(dependencies.split(File.pathSeparator))
            .anyMatch(e -> e.contains("contractcheck-processor") && e.endsWith(".jar")),
        "the processor jar is not on the test class path (run the tests with mvn verify): "
            + dependencies);
    Path classes = Files.createDirectories(dir.resolve(name).resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve(name).resolve("generated"));
    EclipseCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> options = List.of("--release", "17", "-encoding", "UTF-8",
          "-classpath", dependencies, "-d", classes.toString(), "-s", generated.toString());
      // ECJ's javax.tools front end takes its paths from the file manager (and, without a class
      // path there, the test JVM's own, which holds this module's classes): the processor is
      // found on the processor path by its service file, as a user's build finds it
      List<Path> paths = Arrays.stream(dependencies.split(File.pathSeparator)).map(Path::of).toList();
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, paths);
      files.setLocationFromPaths(StandardLocation.ANNOTATION_PROCESSOR_PATH, paths);
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      boolean succeeded = ecj.getTask(new StringWriter(), files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(ModuleCompiler.javaFilesUnder(sources))).call();
      return new Ecj(succeeded, diagnostics.getDiagnostics(), generated);
    }
  }

  /** The generated sources under {@code root} by relative path (sorted), to their text. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (Path source : ModuleCompiler.javaFilesUnder(root)) {
      texts.put(root.relativize(source).toString().replace(File.separatorChar, '/'),
          Files.readString(source));
    }
    return texts;
  }
}
