package io.contractcheck.sample;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles websocket-core's sources in-process with the ContractCheck processor, as its POM does:
 * no {@code -parameters}, {@code -g:lines,source}, and the options the test adds (the lock file).
 */
final class ModuleCompiler {

  private ModuleCompiler() {}

  /** This module's main sources, as the build passes them to the tests. */
  static Path mainSources() {
    return property("sample.mainSources");
  }

  /** This module's class output ({@code target/classes}), filled by the build before the tests. */
  static Path classes() {
    return property("sample.classes");
  }

  /** The committed contract lock, {@code websocket-core/contracts.lock}. */
  static Path committedLock() {
    return property("sample.lockFile");
  }

  static List<Path> javaFilesUnder(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles {@code sources} into {@code output} against this module's dependencies (not its own
   * classes), with the processor from the test class path.
   */
  static Compilation compile(List<Path> sources, Path output, String... extraOptions)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = dependencyClassPath();
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release", "17",
                "-g:lines,source",
                "-Xlint:all,-processing",
                "-classpath", classPath,
                "-processorpath", classPath,
                "-d", output.toString()));
    options.addAll(Arrays.asList(extraOptions));
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

  /** The test class path without this module's own classes and test classes. */
  static String dependencyClassPath() {
    List<Path> skip =
        Stream.of(classes(), property("sample.testClasses")).map(ModuleCompiler::normalized).toList();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !skip.contains(normalized(Path.of(entry))))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path normalized(Path path) {
    return path.toAbsolutePath().normalize();
  }

  static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set; run the tests through Maven (surefire sets it)");
    }
    return Path.of(value);
  }

  record Compilation(boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .collect(Collectors.toList());
    }

    String report() {
      return diagnostics.stream()
          .map(
              d ->
                  d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " "
                      + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n", "javac reported:\n", ""));
    }
  }
}
