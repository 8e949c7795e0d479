package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * Compiles the app in-process with the ContractCheck processor, as {@code mvn -Pincident} does: the
 * incident's call form must fail the build with exactly one {@code [LabelMismatch]} error, and the
 * app alone must build with only the deprecation reports of its remaining old callers.
 */
class IncidentBuildTest {

  private static final String INCIDENT_FILE = "IncidentReplay.java";
  private static final String INCIDENT_CALL = "createWebSocketManager(/* context= */ context)";
  private static final String DEPRECATED_CALL = "UserContextFactory.createUserExecutionContext(";

  @Test
  void theIncidentsCallFormFailsTheBuildWithLabelMismatch(@TempDir Path classes) throws IOException {
    List<Path> sources = new ArrayList<>(BuildPaths.javaFilesUnder(BuildPaths.mainSources()));
    List<Path> incidentFiles = BuildPaths.javaFilesUnder(BuildPaths.incidentSources());
    sources.addAll(incidentFiles);
    Path incident = incidentFiles.stream()
        .filter(file -> file.getFileName().toString().equals(INCIDENT_FILE))
        .findFirst()
        .orElseThrow();

    Compilation compilation = compile(sources, classes);

    assertFalse(compilation.succeeded(), compilation::report);
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertEquals(1, errors.size(), compilation::report);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertEquals(INCIDENT_FILE, fileName(error));
    assertEquals(lineContaining(incident, INCIDENT_CALL), error.getLineNumber());
    String message = error.getMessage(Locale.ROOT);
    for (String expected :
        List.of("[LabelMismatch]", "/* context= */", "'userContext'", "/* userContext= */")) {
      assertTrue(message.contains(expected), () -> "missing " + expected + " in: " + message);
    }
  }

  @Test
  void theAppBuildsWithOneReplacedContractWarningPerDeprecatedCaller(@TempDir Path classes)
      throws IOException {
    List<Path> sources = BuildPaths.javaFilesUnder(BuildPaths.mainSources());

    Compilation compilation = compile(sources, classes);

    assertTrue(compilation.succeeded(), compilation::report);
    List<String> replaced = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      String message = warning.getMessage(Locale.ROOT);
      if (message.contains("[ReplacedContract]")) {
        assertTrue(message.contains("getRequestScopedUserContext"), message);
        replaced.add(fileName(warning) + ":" + warning.getLineNumber());
      }
    }
    replaced.sort(null);
    assertEquals(deprecatedCallSites(sources), replaced, compilation::report);
  }

  private static Compilation compile(List<Path> sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = BuildPaths.dependencyClassPath();
    List<String> options =
        List.of(
            "--release", "17",
            "-parameters",
            "-Xlint:all,-processing",
            "-classpath", classPath,
            "-processorpath", classPath,
            "-d", classes.toString());
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean succeeded =
          javac
              .getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      return new Compilation(succeeded, diagnostics.getDiagnostics());
    }
  }

  /** Where the app calls the deprecated factory method, as sorted "File.java:line". */
  private static List<String> deprecatedCallSites(List<Path> sources) throws IOException {
    List<String> sites = new ArrayList<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(DEPRECATED_CALL)) {
          sites.add(source.getFileName() + ":" + (i + 1));
        }
      }
    }
    assertFalse(sites.isEmpty(), "the app has no caller of the deprecated API left to report");
    sites.sort(null);
    return sites;
  }

  private static long lineContaining(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " does not contain " + text);
  }

  private static String fileName(Diagnostic<? extends JavaFileObject> diagnostic) {
    return Path.of(diagnostic.getSource().toUri()).getFileName().toString();
  }

  private record Compilation(
      boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    List<Diagnostic<? extends JavaFileObject>> errors() {
      return ofKind(Diagnostic.Kind.ERROR);
    }

    List<Diagnostic<? extends JavaFileObject>> warnings() {
      List<Diagnostic<? extends JavaFileObject>> warnings = ofKind(Diagnostic.Kind.WARNING);
      warnings.addAll(ofKind(Diagnostic.Kind.MANDATORY_WARNING));
      return warnings;
    }

    String report() {
      return diagnostics.stream()
          .map(d -> d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n", "javac reported:\n", ""));
    }

    private List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).collect(Collectors.toList());
    }
  }
}
