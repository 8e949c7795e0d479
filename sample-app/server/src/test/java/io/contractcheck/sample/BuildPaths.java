package io.contractcheck.sample;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The module's folders and class path, as the build passes them to the tests. */
final class BuildPaths {

  private BuildPaths() {}

  static Path mainSources() {
    return property("sample.mainSources");
  }

  static Path incidentSources() {
    return property("sample.incidentSources");
  }

  /** websocket-core's main sources, for tests that build a changed copy of it. */
  static Path coreSources() {
    return property("sample.coreSources");
  }

  /** This module's compiled main classes. */
  static Path classes() {
    return property("sample.classes");
  }

  /** The signatures file of the build's forbidden-API check (the single source of ids). */
  static Path idSignatures() {
    return property("sample.idSignatures");
  }

  /** The annotation that the build's forbidden-API check honours as an exemption. */
  static String idSuppressAnnotation() {
    return property("sample.idSuppressAnnotation").toString();
  }

  /** The test class path without this module's own classes and test classes. */
  static String dependencyClassPath() {
    return classPathWithout(property("sample.classes"), property("sample.testClasses"));
  }

  /** The class path the app runs with: its classes and run-time dependencies, no test classes. */
  static String appClassPath() {
    return classPathWithout(property("sample.testClasses"));
  }

  static List<Path> javaFilesUnder(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String classPathWithout(Path... excluded) {
    List<Path> skip = Arrays.stream(excluded).map(BuildPaths::normalized).toList();
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !skip.contains(normalized(Path.of(entry))))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path normalized(Path path) {
    return path.toAbsolutePath().normalize();
  }

  private static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set; run the tests through Maven (surefire sets it)");
    }
    return Path.of(value);
  }
}
