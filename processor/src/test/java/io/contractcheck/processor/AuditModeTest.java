package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Acontractcheck.scope=all}: labels and swaps at calls of every method with names. */
class AuditModeTest {
  private static final JavaFileObject PLAIN = source("demo.Plain", """
      package demo;

      class Plain {
        static int area(int width, int height) { return width * height; }
        static int max(int a, int b) { return Math.max(a, b); }

        int total(int width, int height, int a, int b) {
          return area(height, width) + max(b, a);
        }

        int labelled(int width, int height, int a, int b) {
          return area(/* w= */ width, height) + Math.max(/* anything= */ a, b);
        }

        int reverseArea(int width, int height) {
          return area(height, width);
        }
      }
      """);

  @Test
  void defaultScopeChecksOnlyContracts() {
    assertThat(javac().compile(PLAIN)).succeededWithoutWarnings();
  }

  @Test
  void scopeAllChecksEveryMethodWithKnownNames() {
    Compilation c = javac("-Acontractcheck.scope=all").compile(PLAIN);
    // max(b, a) passes: one- and two-letter names carry too little meaning to call an order wrong.
    // Math.max's names come from the JDK's class files, so its label is checked too.
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'height' of area(...) is passed"
            + " to parameter 'width' but is named like parameter 2 'height' in Plain.area(int width,"
            + " int height); arguments 1 and 2 look swapped")
        .inFile(file(c, "Plain.java")).onLineContaining("return area(height, width) + max(b, a);");
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* w= */ on argument 1 'width' of"
            + " area(...) does not match its parameter 'width'")
        .inFile(file(c, "Plain.java")).onLineContaining("/* w= */");
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* anything= */ on argument 1 'a' of"
            + " max(...) does not match its parameter 'a' in Math.max(int a, int b)")
        .inFile(file(c, "Plain.java")).onLineContaining("/* anything= */");
  }

  /** Calls of JDK interface methods: no class file has their names; the shipped table does. */
  private static final JavaFileObject JDK_CALLS = source("demo.JdkCalls", """
      package demo;

      import java.util.List;
      import java.util.Map;

      class JdkCalls {
        List<String> head(List<String> list, int fromIndex, int toIndex) {
          return list.subList(toIndex, fromIndex);
        }

        CharSequence part(CharSequence text, int start, int end) {
          return text.subSequence(start, end);
        }

        String put(Map<String, String> map, String key, String value) {
          return map.put(value, key);
        }
      }
      """);

  @Test
  void jdkInterfaceMethodsAreCheckedWithTheShippedNames() {
    Compilation c = javac("-Acontractcheck.scope=all").compile(JDK_CALLS);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'toIndex' of subList(...) is"
            + " passed to parameter 'fromIndex' but is named like parameter 2 'toIndex' in"
            + " List.subList(int fromIndex, int toIndex)")
        .inFile(file(c, "JdkCalls.java")).onLineContaining("list.subList(toIndex, fromIndex)");
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'value' of put(...) is passed"
            + " to parameter 'key' but is named like parameter 2 'value' in Map.put(K key, V value)")
        .inFile(file(c, "JdkCalls.java")).onLineContaining("map.put(value, key)");
  }

  @Test
  void contractModeDoesNotUseTheJdkNames() {
    assertThat(javac().compile(JDK_CALLS)).succeededWithoutWarnings();
  }

  @Test
  void auditSeverityWarningTurnsAuditFindingsIntoWarnings() {
    Compilation c = javac("-Acontractcheck.scope=all", "-Acontractcheck.auditSeverity=warning")
        .compile(PLAIN, Compilations.FACTORIES, Compilations.USER_CONTEXT, CONTRACT_CALL);
    // The call of a contract stays an error; the plain calls are warnings.
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'runId' of runId(...)")
        .inFile(file(c, "ContractCall.java")).onLineContaining("Factories.runId(runId, threadId)");
    assertThat(c).hadWarningCount(3);
    assertThat(c).hadWarningContaining("[SwappedArguments] argument 1 'height' of area(...)")
        .inFile(file(c, "Plain.java")).onLineContaining("return area(height, width) + max(b, a);");
    assertThat(c).hadWarningContaining("[LabelMismatch] label /* w= */ on argument 1 'width'")
        .inFile(file(c, "Plain.java")).onLineContaining("/* w= */");
  }

  @Test
  void auditSeverityErrorIsTheDefault() {
    Compilation c = javac("-Acontractcheck.scope=all", "-Acontractcheck.auditSeverity=error")
        .compile(PLAIN);
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadWarningCount(0);
  }

  private static final JavaFileObject CONTRACT_CALL = source("demo.ContractCall", """
      package demo;

      final class ContractCall {
        String start(String threadId, String runId) {
          return Factories.runId(runId, threadId);
        }
      }
      """);

  @TempDir Path temp;

  @Test
  void thePluginTakesAuditSeverityAsAnArgument() {
    PluginCompilations.Result warned = PluginCompilations.compile(temp.resolve("a"), List.of(),
        List.of(), List.of("scope=all", "auditSeverity=warning"), PLAIN);
    assertWithMessage("%s", warned.diagnostics()).that(warned.errors()).isEqualTo(0);
    assertThat(warned.diagnostics()).contains("WARNING Plain.java:8 [SwappedArguments] argument 1"
        + " 'height' of area(...) is passed to parameter 'width' but is named like parameter 2"
        + " 'height' in Plain.area(int width, int height); arguments 1 and 2 look swapped;"
        + " exchange them, or label them /* width= */ and /* height= */ if this is intended");
    assertThat(warned.diagnostics()).hasSize(3);

    PluginCompilations.Result failed = PluginCompilations.compile(temp.resolve("b"), List.of(),
        List.of(), List.of("scope=all"), PLAIN);
    assertWithMessage("%s", failed.diagnostics()).that(failed.errors()).isEqualTo(3);
  }

  /**
   * R23 compares the calls of overloads with the same parameter names, a varargs one among them:
   * one table slot per parameter (a first version sized it by the first call's fixed parameters
   * and failed with an InternalError here).
   */
  private static final JavaFileObject OVERLOADS = source("demo.Overloads", """
      package demo;

      class Overloads {
        static void f(String name, String label, String... rest) {}
        static void f(String name, String label, Object rest) {}

        void a(String m) {
          f(m, "z");
        }

        void b(String n) {
          f(n, "x");
        }

        void c(String n) {
          f(n, "x", "z");
        }

        void d(String n) {
          f("x", n);
        }
      }
      """);

  private static final String OVERLOADS_FINDING = "[SwappedArguments] arguments 1 '\"x\"' and 2"
      + " 'n' of f(...) look swapped: 2 other calls of f(...) in this class pass a string starting"
      + " \"x\" to parameter 'label', and 2 pass 'n' to parameter 'name' in"
      + " Overloads.f(String name, String label, String... rest); exchange them, or label them /*"
      + " name= */ and /* label= */ if this is intended";

  @Test
  void theClassPlacesValuesAcrossOverloadsWithAVarargsOne() {
    Compilation c = javac("-Acontractcheck.scope=all").compile(OVERLOADS);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadWarningCount(0);
    assertThat(c).hadErrorContaining(OVERLOADS_FINDING)
        .inFile(file(c, "Overloads.java")).onLineContaining("f(\"x\", n);");

    PluginCompilations.Result plugin = PluginCompilations.compile(temp.resolve("overloads"),
        List.of(), List.of(), List.of("scope=all"), OVERLOADS);
    assertThat(plugin.diagnostics())
        .containsExactly("ERROR Overloads.java:20 " + OVERLOADS_FINDING);
  }
}
