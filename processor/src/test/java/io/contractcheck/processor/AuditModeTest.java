package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

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
}
