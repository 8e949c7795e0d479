package io.contractcheck.bench.corpus;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Counts method declarations and call sites (method invocations and constructor calls) by parsing
 * the generated sources with javac: an exact count, independent of how the renderer wrote them.
 */
final class SourceCensus {

  /** Files parsed per javac task, to bound memory. */
  private static final int CHUNK = 500;

  private long methods;
  private long callSites;

  static SourceCensus of(List<Path> files) {
    SourceCensus census = new SourceCensus();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
      for (int from = 0; from < files.size(); from += CHUNK) {
        List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
        Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(chunk);
        JavacTask task = (JavacTask) compiler.getTask(null, fileManager, null, List.of("-proc:none"), null, units);
        for (CompilationUnitTree unit : task.parse()) {
          census.scan(unit);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return census;
  }

  long methods() {
    return methods;
  }

  long callSites() {
    return callSites;
  }

  private void scan(CompilationUnitTree unit) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        methods++;
        return super.visitMethod(node, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        callSites++;
        return super.visitMethodInvocation(node, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        callSites++;
        return super.visitNewClass(node, unused);
      }
    }.scan(unit, null);
  }
}
