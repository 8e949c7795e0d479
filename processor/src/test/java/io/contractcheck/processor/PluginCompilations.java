package io.contractcheck.processor;

import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles test sources with a fresh {@link ContractPlugin} started on the task, as javac starts
 * it from the plugin jar; no annotation processor runs. Diagnostics read like
 * {@link Compilations#diagnostics}.
 */
final class PluginCompilations {
  private PluginCompilations() {}

  /** The outcome: whether javac succeeded and what it printed, in order. */
  record Result(boolean success, List<String> diagnostics) {
    long errors() {
      return diagnostics.stream().filter(d -> d.startsWith("ERROR ")).count();
    }
  }

  /**
   * @param classPath the consumer's class path (the annotations are always on it)
   * @param pluginArguments what {@code -Xplugin:"ContractCheck ..."} would pass
   */
  static Result compile(Path output, List<String> classPath, List<String> options,
      List<String> pluginArguments, JavaFileObject... sources) {
    return compile(output, classPath, options, pluginArguments, List.of(), sources);
  }

  /** @param processors annotation processors to run beside the plugin, as javac would */
  static Result compile(Path output, List<String> classPath, List<String> options,
      List<String> pluginArguments, List<javax.annotation.processing.Processor> processors,
      JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, null)) {
      Files.createDirectories(output);
      List<String> path = new ArrayList<>(classPath);
      path.add(Producers.annotations().toString());
      List<String> all = new ArrayList<>(List.of("-d", output.toString(),
          "-classpath", String.join(File.pathSeparator, path)));
      if (processors.isEmpty()) {
        all.add("-proc:none");
      }
      all.addAll(options);
      JavacTask task = (JavacTask) javac.getTask(null, files, collector, all, null, List.of(sources));
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      new ContractPlugin().init(task, pluginArguments.toArray(String[]::new));
      boolean success = task.call();
      return new Result(success, Compilations.lines(collector.getDiagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Result compile(Path output, JavaFileObject... sources) {
    return compile(output, List.of(), List.of(), List.of(), sources);
  }
}
