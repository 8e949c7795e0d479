package io.contractcheck.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contractcheck.sample.chat.WebSocketManagerFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The incident across the module boundary, as {@code mvn -Pincident compile} builds it: the
 * incident's call form, compiled with the ContractCheck processor against websocket-core's compiled
 * classes (never its sources), must fail with exactly one {@code [LabelMismatch]} error. The
 * factory's class file has no parameter names, so the names in the error can only come from the
 * contract manifest websocket-core ships. The server alone must build with one ReplacedContract
 * warning per remaining caller of the deprecated API: none since the migration patch moved the
 * last one (MigrationPatchTest).
 */
class IncidentBuildTest {

  private static final String INCIDENT_FILE = "IncidentReplay.java";
  private static final String INCIDENT_CALL = "createWebSocketManager(/* context= */ context)";
  private static final String DEPRECATED_CALL = "UserContextFactory.createUserExecutionContext(";
  private static final String FACTORY_CLASS =
      "io/contractcheck/sample/chat/WebSocketManagerFactory.class";
  private static final String FACTORY_MANIFEST =
      "io/contractcheck/sample/chat/WebSocketManagerFactory.contracts";

  /** How websocket-core reaches the consumer's class path. */
  enum CoreForm {
    JAR,
    CLASSES_DIRECTORY
  }

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(CoreForm.class)
  void theIncidentsCallIntoWebSocketCoreFailsWithLabelMismatch(CoreForm form) throws Exception {
    Path core = websocketCore(form);
    assertFalse(
        new String(read(core, FACTORY_CLASS), StandardCharsets.ISO_8859_1).contains("userContext"),
        "websocket-core's factory class file names its parameter; the test would not prove that"
            + " the name comes from the manifest");
    assertTrue(
        new String(read(core, FACTORY_MANIFEST), StandardCharsets.UTF_8)
            .contains("parameter userContext\t"),
        "websocket-core does not ship the factory's contract manifest");
    List<Path> sources = BuildPaths.javaFilesUnder(BuildPaths.incidentSources());
    Path incident = only(sources, INCIDENT_FILE);

    Compilation compilation = compile(sources, classPathWithCoreAs(core));

    assertFalse(compilation.succeeded(), compilation::report);
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertEquals(1, errors.size(), compilation::report);
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertEquals(incident, Path.of(error.getSource().toUri()));
    assertEquals(lineContaining(incident, INCIDENT_CALL), error.getLineNumber());
    String message = error.getMessage(Locale.ROOT);
    for (String expected :
        List.of(
            "[LabelMismatch]",
            "/* context= */",
            "'context'",
            "'userContext'",
            "/* userContext= */")) {
      assertTrue(message.contains(expected), () -> "missing " + expected + " in: " + message);
    }
  }

  @Test
  void theServerBuildsWithOneReplacedContractWarningPerDeprecatedCaller() throws IOException {
    List<Path> sources = BuildPaths.javaFilesUnder(BuildPaths.mainSources());

    Compilation compilation = compile(sources, BuildPaths.dependencyClassPath());

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

  /**
   * websocket-core as the build resolved it for this module (its jar after {@code package}, its
   * {@code target/classes} before), turned into the requested form.
   */
  private Path websocketCore(CoreForm form) throws IOException, URISyntaxException {
    Path resolved = resolvedCore();
    boolean isJar = Files.isRegularFile(resolved);
    assertTrue(isJar || Files.isRegularFile(resolved.resolve(FACTORY_CLASS)), resolved::toString);
    if (form == CoreForm.JAR) {
      return isJar ? resolved : jarOf(resolved, temp.resolve("websocket-core.jar"));
    }
    return isJar ? unpacked(resolved, temp.resolve("websocket-core-classes")) : resolved;
  }

  /** The jar or folder this test loaded websocket-core's classes from. */
  private static Path resolvedCore() throws URISyntaxException {
    return Path.of(
            WebSocketManagerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toAbsolutePath()
        .normalize();
  }

  /** This module's dependency class path, with websocket-core replaced by {@code core}. */
  private static String classPathWithCoreAs(Path core) throws URISyntaxException {
    Path resolved = resolvedCore();
    List<String> entries = new ArrayList<>(List.of(core.toString()));
    for (String entry : BuildPaths.dependencyClassPath().split(File.pathSeparator)) {
      if (!Path.of(entry).toAbsolutePath().normalize().equals(resolved)) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /**
   * Compiles {@code sources} with the processor, as the server's POM does. The source path is an
   * empty folder, so javac cannot pick up any source it was not given.
   */
  private Compilation compile(List<Path> sources, String classPath) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createTempDirectory(temp, "classes");
    List<String> options =
        List.of(
            "--release", "17",
            "-Xlint:all,-processing",
            "-classpath", classPath,
            "-processorpath", classPath,
            "-sourcepath", Files.createTempDirectory(temp, "no-sources").toString(),
            "-d", classes.toString());
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean succeeded =
          javac
              .getTask(
                  null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      return new Compilation(succeeded, diagnostics.getDiagnostics());
    }
  }

  private static byte[] read(Path classPathEntry, String name) throws IOException {
    if (Files.isDirectory(classPathEntry)) {
      return Files.readAllBytes(classPathEntry.resolve(name));
    }
    try (JarFile jar = new JarFile(classPathEntry.toFile())) {
      JarEntry entry = jar.getJarEntry(name);
      assertTrue(entry != null, () -> classPathEntry + " has no " + name);
      try (InputStream in = jar.getInputStream(entry)) {
        return in.readAllBytes();
      }
    }
  }

  private static Path jarOf(Path directory, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = directory.relativize(path).toString().replace(File.separatorChar, '/');
        out.putNextEntry(new JarEntry(name));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Path unpacked(Path jarPath, Path directory) throws IOException {
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        Path target = directory.resolve(entry.getName()).normalize();
        if (!target.startsWith(directory)) {
          throw new IOException("entry outside the jar's root: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, target);
          }
        }
      }
    }
    return directory;
  }

  /** Where the server calls the deprecated factory method, as sorted "File.java:line". */
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
    sites.sort(null);
    return sites;
  }

  private static Path only(List<Path> files, String name) {
    List<Path> named =
        files.stream().filter(file -> file.getFileName().toString().equals(name)).toList();
    assertEquals(1, named.size(), () -> "expected one " + name + " in " + files);
    return named.get(0);
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
          .map(
              d ->
                  d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " "
                      + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n", "javac reported:\n", ""));
    }

    private List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).collect(Collectors.toList());
    }
  }
}
