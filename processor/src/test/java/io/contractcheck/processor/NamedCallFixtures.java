package io.contractcheck.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The named-call fixtures under {@code src/test/resources/namedcall}, their golden generated
 * sources, and a class loader over what a compilation wrote.
 */
final class NamedCallFixtures {
  static final Path FIXTURES = Path.of("src/test/resources/namedcall/fixtures");
  static final Path GOLDEN = Path.of("src/test/resources/namedcall/golden");
  /** {@code -Dnamedcall.updateGolden=true} rewrites the golden files from the generator. */
  static final boolean UPDATE = Boolean.getBoolean("namedcall.updateGolden");

  private NamedCallFixtures() {}

  static JavaFileObject fixture(String simpleName) {
    try {
      return JavaFileObjects.forSourceString("demo." + simpleName,
          Files.readString(FIXTURES.resolve(simpleName + ".java")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generated source of {@code demo.<simpleName>}; fails if it was not generated. */
  static String generated(Compilation compilation, String simpleName) {
    JavaFileObject file = compilation.generatedSourceFile("demo." + simpleName)
        .orElseThrow(() -> new AssertionError("demo." + simpleName + " was not generated"));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden file of {@code simpleName}, rewritten first when {@link #UPDATE} is on. */
  static String golden(String simpleName, String actual) throws IOException {
    Path file = GOLDEN.resolve(simpleName + ".java.txt");
    if (UPDATE) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Loads the classes a compilation wrote (in memory), parent-first for everything else. */
  static ClassLoader classLoader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
          path.length() - ".class".length()).replace('/', '.');
      try (var in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(NamedCallFixtures.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }

      @Override
      protected URL findResource(String name) {
        return null;
      }
    };
  }

  /** Every fixture type but the driver. */
  static List<JavaFileObject> contracts() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : List.of("Clashes", "Factories", "Generics", "Nullness", "Outer", "Point",
        "Shapes")) {
      sources.add(fixture(name));
    }
    return sources;
  }
}
