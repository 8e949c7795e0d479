package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.chat.WebSocketManagerFactory;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The point of named calls: websocket-core's factories opt in, the server calls them through the
 * generated {@code *Calls} classes, and a renamed factory parameter then breaks the server's build
 * with the compiler's own error, even with ContractCheck turned off on the server
 * ({@code -proc:none}, no plugin).
 */
class NamedCallBuildTest {
  private static final String FACTORY = "io/contractcheck/sample/chat/WebSocketManagerFactory.java";

  @TempDir Path temp;

  @Test
  void theServerBuildsWithoutContractCheckAgainstTheGeneratedNamedCalls() throws Exception {
    Path core = buildCore(copyOfCoreSources());
    List<Diagnostic<? extends JavaFileObject>> errors = compileServerWithoutContractCheck(core);
    assertEquals(List.of(), errors);
  }

  @Test
  void aRenamedFactoryParameterFailsTheServerBuildWithTheCompilersOwnError() throws Exception {
    Path sources = copyOfCoreSources();
    Path factory = sources.resolve(FACTORY);
    String text = Files.readString(factory);
    assertTrue(text.contains("createWebSocketManager(UserExecutionContext userContext)"));
    Files.writeString(factory, text.replace("userContext", "context"));
    Path core = buildCore(sources);

    List<Diagnostic<? extends JavaFileObject>> errors = compileServerWithoutContractCheck(core);

    List<String> agentHandlerLines = new ArrayList<>();
    List<String> lines = Files.readAllLines(BuildPaths.mainSources()
        .resolve("io/contractcheck/sample/chat/AgentHandler.java"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(".userContext(userContext)")) {
        agentHandlerLines.add("AgentHandler.java:" + (i + 1));
      }
    }
    assertFalse(agentHandlerLines.isEmpty(), "the server no longer calls the named call");
    List<String> where = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : errors) {
      String message = error.getMessage(Locale.ROOT);
      assertTrue(message.contains("cannot find symbol"), message);
      assertTrue(message.contains("method userContext(io.contractcheck.sample.context"
          + ".UserExecutionContext)"), message);
      assertTrue(message.contains("WebSocketManagerFactoryCalls.CreateWebSocketManager.Context"),
          message);
      String file = error.getSource().getName();
      where.add(file.substring(file.lastIndexOf(File.separatorChar) + 1) + ":"
          + error.getLineNumber());
    }
    assertEquals(agentHandlerLines, where);
  }

  private Path copyOfCoreSources() throws IOException {
    Path copy = temp.resolve("core-src");
    for (Path file : BuildPaths.javaFilesUnder(BuildPaths.coreSources())) {
      Path target = copy.resolve(BuildPaths.coreSources().relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    return copy;
  }

  /** websocket-core compiled from {@code sources} with the ContractCheck processor, as its POM does. */
  private Path buildCore(Path sources) throws Exception {
    Path classes = Files.createDirectories(temp.resolve("core-classes"));
    Path generated = Files.createDirectories(temp.resolve("core-generated"));
    String classPath = classPathWithoutCore();
    List<Diagnostic<? extends JavaFileObject>> errors = compile(BuildPaths.javaFilesUnder(sources),
        List.of("--release", "17", "-classpath", classPath, "-processorpath", classPath,
            "-s", generated.toString(), "-d", classes.toString()));
    assertEquals(List.of(), errors);
    assertTrue(Files.isRegularFile(
        generated.resolve("io/contractcheck/sample/chat/WebSocketManagerFactoryCalls.java")));
    return classes;
  }

  /** The server's main sources against {@code core}, with no annotation processing, no plugin. */
  private List<Diagnostic<? extends JavaFileObject>> compileServerWithoutContractCheck(Path core)
      throws Exception {
    Path classes = Files.createDirectories(temp.resolve("server-classes"));
    return compile(BuildPaths.javaFilesUnder(BuildPaths.mainSources()), List.of(
        "--release", "17", "-proc:none",
        "-classpath", core + File.pathSeparator + classPathWithoutCore(),
        "-sourcepath", Files.createDirectories(temp.resolve("no-sources")).toString(),
        "-d", classes.toString()));
  }

  /** This module's dependency class path without websocket-core. */
  private static String classPathWithoutCore() throws URISyntaxException {
    Path core = Path.of(WebSocketManagerFactory.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()).toAbsolutePath().normalize();
    List<String> entries = new ArrayList<>();
    for (String entry : BuildPaths.dependencyClassPath().split(File.pathSeparator)) {
      if (!Path.of(entry).toAbsolutePath().normalize().equals(core)) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** @return the errors */
  private static List<Diagnostic<? extends JavaFileObject>> compile(
      List<Path> sources, List<String> options) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .toList();
  }
}
