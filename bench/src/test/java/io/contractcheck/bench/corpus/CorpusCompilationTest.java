package io.contractcheck.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus compiles with plain javac, with every lint on and not one diagnostic, against the
 * real annotation sources; and its statistics say what the sources contain.
 */
class CorpusCompilationTest {

  private static final int TINY = 30;

  @TempDir
  static Path corpus;

  private static CorpusStats stats;

  @BeforeAll
  static void generate() throws IOException {
    stats = CorpusGenerator.generate(TINY, CorpusGenerator.DEFAULT_SEED, corpus);
  }

  @Test
  void compilesWithPlainJavacWithoutAnyDiagnostic(@TempDir Path classes) throws IOException {
    compilesWithoutAnyDiagnostic(corpus, classes);
  }

  /** The corpus option {@code --named-calls}: the annotation member exists and takes the value. */
  @Test
  void theNamedCallsCorpusCompilesWithPlainJavacWithoutAnyDiagnostic(@TempDir Path named, @TempDir Path classes)
      throws IOException {
    CorpusGenerator.generate(TINY, CorpusGenerator.DEFAULT_SEED, named, true);
    compilesWithoutAnyDiagnostic(named, classes);
  }

  private static void compilesWithoutAnyDiagnostic(Path corpus, Path classes) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    boolean success;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("--release", "17", "-Xlint:all", "-parameters", "-g", "-proc:none",
          "-d", classes.toString());
      success = compiler.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(allSources(corpus))).call();
    }

    assertEquals(List.of(), render(diagnostics.getDiagnostics()));
    assertTrue(success);
    try (Stream<Path> walk = Files.walk(classes)) {
      assertTrue(walk.anyMatch(path -> path.toString().endsWith(".class")));
    }
  }

  @Test
  void countsCallSitesAndCallsOfContractsAsJavacResolvesThem() throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    long[] counts = new long[2];
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, null)) {
      JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null,
          files.getJavaFileObjectsFromPaths(allSources(corpus)));
      Trees trees = Trees.instance(task);
      var units = task.parse();
      task.analyze();
      for (var unit : units) {
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            // Attribution adds an implicit super() to each constructor: not a call in the source.
            if (!node.getMethodSelect().toString().equals("super")) {
              count();
            }
            return super.visitMethodInvocation(node, unused);
          }

          @Override
          public Void visitNewClass(NewClassTree node, Void unused) {
            count();
            return super.visitNewClass(node, unused);
          }

          private void count() {
            counts[0]++;
            if (isContract(trees.getElement(getCurrentPath()))) {
              counts[1]++;
            }
          }
        }.scan(unit, null);
      }
    }

    assertEquals(stats.callSites(), counts[0], "call sites");
    assertEquals(stats.contractCallSites(), counts[1], "calls of contracts");
  }

  @Test
  void hasTheIntendedShape() throws IOException {
    List<String> sources = Files.readAllLines(corpus.resolve(CorpusGenerator.SOURCE_LIST));
    long lines = 0;
    long contracts = 0;
    for (String source : sources) {
      String text = Files.readString(corpus.resolve(source));
      lines += text.lines().count();
      contracts += text.lines().filter(line -> line.trim().startsWith("@Contract")).count();
    }

    assertEquals(TINY, sources.size());
    assertEquals(lines, stats.sourceLines());
    assertEquals(contracts, stats.contractMembers());
    double linesPerClass = (double) lines / TINY;
    assertTrue(linesPerClass >= 100 && linesPerClass <= 200, "lines per class: " + linesPerClass);
    double contractShare = (double) contracts / stats.methods();
    assertTrue(contractShare >= 0.10 && contractShare <= 0.20, "share of @Contract methods: " + contractShare);
    assertTrue(stats.packages() >= 3, "packages: " + stats.packages());
  }

  private static boolean isContract(Element element) {
    if (element == null) {
      return false;
    }
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().toString().equals("io.contractcheck.Contract")) {
        return true;
      }
    }
    return false;
  }

  /** The corpus plus the real io.contractcheck annotation sources it is written against. */
  private static List<Path> allSources(Path corpus) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String source : Files.readAllLines(corpus.resolve(CorpusGenerator.SOURCE_LIST))) {
      sources.add(corpus.resolve(source));
    }
    Path annotations = Path.of(System.getProperty("contractcheck.annotations.sources", "../annotations/src/main/java"));
    try (Stream<Path> walk = Files.walk(annotations)) {
      walk.filter(path -> path.toString().endsWith(".java")).sorted().forEach(sources::add);
    }
    return sources;
  }

  private static List<String> render(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
      lines.add(diagnostic.getKind() + " " + diagnostic.getSource() + ":" + diagnostic.getLineNumber() + " "
          + diagnostic.getMessage(Locale.ROOT));
    }
    return lines;
  }
}
