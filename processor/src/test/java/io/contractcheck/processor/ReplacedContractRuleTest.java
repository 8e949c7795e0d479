package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.javac;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ReplacedContractRuleTest {
  private static final JavaFileObject CONTEXTS = source("demo.Contexts", """
      package demo;

      import io.contractcheck.Contract;

      public final class Contexts {
        @Contract(replacedBy = "demo.Contexts#getRequestScopedUserContext")
        public static String createUserExecutionContext(String userId) {
          return userId;
        }

        @Contract
        public static String getRequestScopedUserContext(String userId, String requestId) {
          return userId + requestId;
        }
      }
      """);

  private static final JavaFileObject CALLER = source("demo.Caller", """
      package demo;

      class Caller {
        String call(String userId) {
          return Contexts.createUserExecutionContext(userId);
        }

        String current(String userId, String requestId) {
          return Contexts.getRequestScopedUserContext(userId, requestId);
        }
      }
      """);

  @Test
  void aCallOfAReplacedContractWarnsWithTheReplacementSignature() {
    Compilation c = compile(CONTEXTS, CALLER);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[ReplacedContract] createUserExecutionContext(...) calls contract"
            + " 'demo.Contexts#createUserExecutionContext' (Contexts.createUserExecutionContext("
            + "String userId)), which is replaced by 'demo.Contexts#getRequestScopedUserContext':"
            + " Contexts.getRequestScopedUserContext(String userId, String requestId); move this"
            + " call to the replacement")
        .inFile(file(c, "Caller.java"))
        .onLineContaining("Contexts.createUserExecutionContext(userId)");
  }

  @Test
  void theOptionMakesItAnError() {
    Compilation c = javac("-Acontractcheck.replacedCalls=error").compile(CONTEXTS, CALLER);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[ReplacedContract] createUserExecutionContext(...)")
        .inFile(file(c, "Caller.java"))
        .onLineContaining("Contexts.createUserExecutionContext(userId)");
  }

  @Test
  void suppressedForOneId() {
    Compilation c = compile(CONTEXTS, source("demo.Caller", """
        package demo;

        class Caller {
          @SuppressWarnings("contractcheck:ReplacedContract")
          String call(String userId) {
            return Contexts.createUserExecutionContext(userId);
          }
        }
        """));
    assertThat(c).succeededWithoutWarnings();
  }
}
