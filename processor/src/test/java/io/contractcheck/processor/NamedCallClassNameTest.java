package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.NamedCallFixtures.classLoader;
import static io.contractcheck.processor.NamedCallFixtures.generated;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Types whose names join to the same {@code <Type>Calls} name ({@code Outer_Inner} and
 * {@code Outer.Inner}; {@code A.B_C} and {@code A_B.C}) get their classes by a fixed rule, fewer
 * enclosing types first, then by qualified name, whatever order javac compiles them in.
 */
class NamedCallClassNameTest {
  private static final List<JavaFileObject> SOURCES = List.of(
      Compilations.source("demo.Outer_Inner", """
          package demo;

          import io.contractcheck.Contract;

          public final class Outer_Inner {
            private Outer_Inner() {}

            @Contract(namedCall = true)
            public static String top(String userId) { return "top:" + userId; }
          }
          """),
      Compilations.source("demo.Outer", """
          package demo;

          import io.contractcheck.Contract;

          public final class Outer {
            private Outer() {}

            public static final class Inner {
              private Inner() {}

              @Contract(namedCall = true)
              public static String nested(String threadId) { return "nested:" + threadId; }
            }
          }
          """),
      Compilations.source("demo.A", """
          package demo;

          import io.contractcheck.Contract;

          public final class A {
            private A() {}

            public static final class B_C {
              private B_C() {}

              @Contract(namedCall = true)
              public static String first(String runId) { return "first:" + runId; }
            }
          }
          """),
      Compilations.source("demo.A_B", """
          package demo;

          import io.contractcheck.Contract;

          public final class A_B {
            private A_B() {}

            public static final class C {
              private C() {}

              @Contract(namedCall = true)
              public static String second(String roomId) { return "second:" + roomId; }
            }
          }
          """),
      Compilations.source("demo.Caller", """
          package demo;

          public final class Caller {
            private Caller() {}

            public static String run() {
              return Outer_InnerCalls.top().userId("u").call() + " "
                  + Outer_InnerCalls2.nested().threadId("t").call() + " "
                  + A_B_CCalls.first().runId("r").call() + " "
                  + A_B_CCalls2.second().roomId("m").call();
            }
          }
          """));

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theClassNamesDoNotDependOnTheCompileOrder(boolean reversed) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(SOURCES);
    if (reversed) {
      Collections.reverse(sources);
    }
    Compilation c = Compilations.javac("-Xlint:all,-processing", "-Werror").compile(sources);
    assertThat(c).succeededWithoutWarnings();
    assertThat(generated(c, "Outer_InnerCalls")).contains("{@link Outer_Inner}");
    assertThat(generated(c, "Outer_InnerCalls2")).contains("{@link Outer.Inner}");
    assertThat(generated(c, "A_B_CCalls")).contains("{@link A.B_C}");
    assertThat(generated(c, "A_B_CCalls2")).contains("{@link A_B.C}");
    Object result = classLoader(c).loadClass("demo.Caller").getMethod("run").invoke(null);
    assertThat(result).isEqualTo("top:u nested:t first:r second:m");
  }
}
