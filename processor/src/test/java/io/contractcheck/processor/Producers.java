package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.contractcheck.Contract;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Builds a producer module the way a separate Maven module would be: a class folder, or a jar. */
final class Producers {
  private Producers() {}

  /** Compiles {@code sources} with the processor and copies every output file into {@code dir}. */
  static Path compileToDirectory(Path dir, List<String> options, JavaFileObject... sources)
      throws IOException {
    Compilation compilation = Compilations.javac(options.toArray(String[]::new)).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject output : compilation.generatedFiles()) {
      String path = output.toUri().getPath().replaceFirst(".*/CLASS_OUTPUT/", "");
      if (path.equals(output.toUri().getPath())) {
        continue; // not class output
      }
      Path target = dir.resolve(path);
      Files.createDirectories(target.getParent());
      try (InputStream in = output.openInputStream()) {
        Files.copy(in, target);
      }
    }
    return dir;
  }

  /** Packs a class folder into a jar, as {@code mvn package} would. */
  static Path jar(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        if (Files.isRegularFile(p)) {
          out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
          Files.copy(p, out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  /** The annotations on a consumer's class path: {@code withClasspath} replaces the default. */
  static File annotations() throws URISyntaxException {
    return new File(Contract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
