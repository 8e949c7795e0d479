package io.contractcheck.bench.profile;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import com.sun.source.util.JavacTask;

/**
 * What the processor's table of JDK parameter names costs when audit mode first needs it: in a
 * fresh JVM, the first lookup of a class (its package's file read, the class's lines split) and
 * the lookups after it, for the JDK classes a server-side codebase calls most. javac runs with
 * {@code --release 17}. Public and protected methods with parameters are looked up; "named" counts
 * those the table has names for.
 *
 * <pre>java -cp bench/target/classes io.contractcheck.bench.profile.JdkNamesLoadCost PROCESSOR_JAR</pre>
 */
public final class JdkNamesLoadCost {
  private static final List<String> CLASSES = List.of(
      "java.lang.String", "java.lang.StringBuilder", "java.lang.Math", "java.util.List",
      "java.util.Map", "java.util.Arrays", "java.util.Collections", "java.util.HashMap",
      "java.util.Locale", "java.util.concurrent.ConcurrentHashMap", "java.util.regex.Pattern",
      "java.io.InputStream", "java.nio.file.Files", "java.time.LocalDate", "java.sql.Connection",
      "java.net.URI", "java.util.stream.Collectors");

  private JdkNamesLoadCost() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavacTask task = (JavacTask) javac.getTask(null, null, d -> { },
        List.of("--release", "17", "-proc:none"), null, List.of());
    Elements elements = task.getElements();
    Types types = task.getTypes();
    List<ExecutableElement> warm = new ArrayList<>();
    for (String name : CLASSES) {
      for (Element e : elements.getTypeElement(name).getEnclosedElements()) {
        if (e instanceof ExecutableElement) {
          warm.add((ExecutableElement) e);
          types.erasure(e.asType());
        }
      }
    }
    long javacReady = System.nanoTime();
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {new File(args[0]).toURI().toURL()}, JdkNamesLoadCost.class.getClassLoader())) {
      Class<?> table = loader.loadClass("io.contractcheck.processor.jdk.JdkParameterNames");
      Object shipped = table.getMethod("shipped").invoke(null);
      Method of = table.getMethod("of", ExecutableElement.class, Types.class);
      System.out.printf(Locale.ROOT, "table of Java %s, %s; javac ready in %.0f ms%n",
          table.getMethod("version").invoke(shipped), Path.of(args[0]).getFileName(),
          (javacReady - start) / 1e6);
      System.out.println("| class | public methods | named | first lookup (ms) | later lookups (µs each) |");
      System.out.println("|---|---:|---:|---:|---:|");
      long total = 0;
      for (String name : CLASSES) {
        TypeElement type = elements.getTypeElement(name);
        List<ExecutableElement> methods = new ArrayList<>();
        for (Element e : type.getEnclosedElements()) {
          if (e instanceof ExecutableElement && !((ExecutableElement) e).getParameters().isEmpty()
              && (e.getModifiers().contains(Modifier.PUBLIC)
                  || e.getModifiers().contains(Modifier.PROTECTED))) {
            methods.add((ExecutableElement) e);
          }
        }
        long t0 = System.nanoTime();
        int named = of.invoke(shipped, methods.get(0), types) != null ? 1 : 0;
        long t1 = System.nanoTime();
        for (int i = 1; i < methods.size(); i++) {
          named += of.invoke(shipped, methods.get(i), types) != null ? 1 : 0;
        }
        long t2 = System.nanoTime();
        total += t2 - t0;
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.1f |%n", name, methods.size(),
            named, (t1 - t0) / 1e6, methods.size() > 1 ? (t2 - t1) / 1e3 / (methods.size() - 1) : 0);
      }
      System.out.printf(Locale.ROOT, "all %d classes: %.1f ms%n", CLASSES.size(), total / 1e6);
    }
  }
}
