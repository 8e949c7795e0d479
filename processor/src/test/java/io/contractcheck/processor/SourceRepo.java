package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A git repository of real source files in a temporary folder, compiled with either jar as javac
 * runs it, so that report paths, {@code git apply} and recompiling are all real.
 */
final class SourceRepo {
  /** The two deliveries, and how each spells an option. */
  enum Jar {
    PROCESSOR, PLUGIN;

    String spell(String name, String value) {
      return this == PROCESSOR ? "-Acontractcheck." + name + "=" + value : name + "=" + value;
    }
  }

  /** What javac did: success and every diagnostic as {@link Compilations#lines} writes them. */
  record Result(boolean success, List<String> diagnostics) {
    long count(String kind) {
      return diagnostics.stream().filter(d -> d.startsWith(kind + " ")).count();
    }
  }

  private final Path root;

  SourceRepo(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run("git", "init", "-q");
  }

  Path root() {
    return root;
  }

  SourceRepo write(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String path) {
    try {
      return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits every file, so that {@code git apply} works against a clean tree. */
  SourceRepo commit() {
    run("git", "add", "-A");
    run("git", "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "x");
    return this;
  }

  /** Applies a patch with {@code git apply} from the repository root; fails the test if git refuses. */
  void apply(Path patch) {
    run("git", "apply", "--check", patch.toString());
    run("git", "apply", patch.toString());
  }

  /**
   * Compiles every {@code .java} file under {@code src/} with {@code jar}, its options given as
   * {@code name -> value}.
   */
  Result compile(Jar jar, Map<String, String> options) {
    List<String> spelled = new ArrayList<>();
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      spelled.add(jar.spell(option.getKey(), option.getValue()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, null);
        Stream<Path> walk = Files.walk(root.resolve("src"))) {
      List<File> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted()
          .map(Path::toFile).toList();
      Path out = Files.createTempDirectory(root.getParent(), "classes");
      List<String> all = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
          Producers.annotations().toString(), "-parameters"));
      if (jar == Jar.PROCESSOR) {
        all.addAll(spelled);
      } else {
        all.add("-proc:none");
      }
      JavacTask task = (JavacTask) javac.getTask(
          null, files, collector, all, null, files.getJavaFileObjectsFromFiles(sources));
      if (jar == Jar.PROCESSOR) {
        task.setProcessors(List.of(new ContractProcessor()));
      } else {
        new ContractPlugin().init(task, spelled.toArray(String[]::new));
      }
      boolean success = task.call();
      return new Result(success, Compilations.lines(collector.getDiagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  Result compile(Jar jar) {
    return compile(jar, Map.of());
  }

  private void run(String... command) {
    try {
      Process process = new ProcessBuilder(command).directory(root.toFile())
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      assertWithMessage("%s failed: %s", String.join(" ", command), output).that(exit).isEqualTo(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
