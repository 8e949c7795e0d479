package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incident's migration, done by the tool: the server's sources as they were before it (their
 * AgentHandler still called the replaced createUserExecutionContext), compiled with the processor
 * and {@code -Acontractcheck.fix}, as the README's command does; the patch applied with
 * {@code git apply} from the repository root; the result compiles clean, calls
 * getRequestScopedUserContext with the right arguments, and is exactly the committed AgentHandler.
 */
class MigrationPatchTest {
  private static final String HANDLER = "src/main/java/io/contractcheck/sample/chat/AgentHandler.java";

  @TempDir Path temp;

  @Test
  void theMigrationPatchMovesAgentHandlerToTheReplacement() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("repo"));
    copyTree(BuildPaths.mainSources(), repo.resolve("src/main/java"));
    try (InputStream before = getClass().getResourceAsStream("/migration/AgentHandler.java.before")) {
      Files.write(repo.resolve(HANDLER), before.readAllBytes());
    }
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "before");
    Path patch = temp.resolve("contractcheck.patch");

    List<Diagnostic<? extends JavaFileObject>> first =
        compile(repo, "-Acontractcheck.fix=" + patch);

    List<String> replaced = messages(first, "[ReplacedContract]");
    assertEquals(1, replaced.size(), () -> report(first));
    assertTrue(replaced.get(0).contains("createUserExecutionContext(...)"), replaced::toString);
    assertFalse(replaced.get(0).contains("no automatic fix"), replaced::toString);
    String diff = Files.readString(patch);
    assertTrue(diff.startsWith("diff --git a/" + HANDLER + " b/" + HANDLER + "\n"), diff);

    git(repo, "apply", patch.toString());
    List<Diagnostic<? extends JavaFileObject>> second = compile(repo);

    assertEquals(List.of(), messages(second, ""), () -> report(second)); // clean: no diagnostics
    String migrated = Files.readString(repo.resolve(HANDLER));
    assertFalse(migrated.contains("createUserExecutionContext"), migrated);
    assertTrue(migrated.contains("        UserContextFactory.getRequestScopedUserContext(\n"
        + "            connection.userId(),\n"
        + "            stop.threadId(),\n"
        + "            stop.runId(),\n"
        + "            connection.connectionId());\n"), migrated);
    assertEquals(Files.readString(BuildPaths.mainSources().resolve(
        "io/contractcheck/sample/chat/AgentHandler.java")), migrated,
        "the committed AgentHandler is the tool's migration");
  }

  private List<Diagnostic<? extends JavaFileObject>> compile(Path repo, String... extra)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createTempDirectory(temp, "classes");
    String classPath = BuildPaths.dependencyClassPath();
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-Xlint:all,-processing",
        "-classpath", classPath,
        "-processorpath", classPath,
        "-d", classes.toString()));
    options.addAll(List.of(extra));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean succeeded = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(BuildPaths.javaFilesUnder(repo.resolve("src"))))
          .call();
      assertTrue(succeeded, () -> report(diagnostics.getDiagnostics()));
      return diagnostics.getDiagnostics();
    }
  }

  /** The messages that contain {@code text}, but not the report stage's own summary. */
  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> all, String text) {
    return all.stream().map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains(text) && !m.contains("[ReportSummary]"))
        .collect(Collectors.toList());
  }

  private static String report(List<Diagnostic<? extends JavaFileObject>> all) {
    return all.stream().map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " "
        + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n", "javac reported:\n", ""));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    for (Path file : BuildPaths.javaFilesUnder(from)) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
  }

  private static void git(Path repo, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(repo.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), () -> String.join(" ", command) + ": " + output);
  }
}
