package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class NamedArgumentRuleTest {

  private static Compilation callerWith(String members) {
    return compile(FACTORIES, USER_CONTEXT, source("demo.Caller", """
        package demo;

        import io.contractcheck.CallsContract;

        class Caller {
          record User(String id) {
            String getId() { return id; }
          }

        %s
        }
        """.formatted(members)));
  }

  @Test
  void namedByLabelsBareNamesAndNameWords() {
    assertThat(callerWith("""
          String call(User currentUser, String userId, int port, boolean secure, String s) {
            Factories.connect(userId, port, secure);
            Factories.connect(currentUser.getId(), /* port */ 8080, /* secure= */ true);
            Factories.connect(/* userId= */ s, port, /* secure */ false);
            return Factories.connect(currentUser.id(), port, secure);
          }
        """)).succeededWithoutWarnings();
  }

  @Test
  void anUnnamedVariableIsAnErrorWithTheLabelToAdd() {
    Compilation c = callerWith("""
          String call(String name, int port, boolean secure) {
            return Factories.connect(name, port, secure);
          }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[UnnamedArgument] argument 1 'name' of connect(...) is not named, but"
            + " contract 'demo.Factories#connect' (requireNamedArguments = true) requires named"
            + " arguments for Factories.connect(String userId, int port, boolean secure) (its name"
            + " does not contain the words of 'userId'); write /* userId= */ name, or pass a"
            + " variable named like 'userId'")
        .inFile(file(c, "Caller.java"))
        .onLineContaining("Factories.connect(name, port, secure)");
  }

  @Test
  void nullAndBooleanLiteralsAlwaysNeedALabel() {
    Compilation c = callerWith("""
          String call(int port) {
            return Factories.connect(null, port, true);
          }
        """);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("argument 1 'null' of connect(...) is not named")
        .inFile(file(c, "Caller.java")).onLineContaining("connect(null, port, true)");
    assertThat(c).hadErrorContaining("argument 3 'true' of connect(...) is not named");
    assertThat(c).hadErrorContaining("(null and boolean literals always need a label);"
        + " write /* secure= */ true");
  }

  @Test
  void aLiteralPassesUnnamedOnlyWhenItsTypeIsUnique() {
    assertThat(callerWith("""
          String call(String userId, boolean secure) {
            return Factories.connect(userId, 8080, secure);
          }
        """)).succeededWithoutWarnings();
    Compilation c = callerWith("""
          @CallsContract("demo.Factories#runId")
          String call(String threadId) {
            return Factories.runId(threadId, "r-1");
          }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("argument 2 '\"r-1\"' of runId(...) is not named, but"
        + " @CallsContract on call requires named arguments for Factories.runId(String threadId,"
        + " String runId) (parameter 1 'threadId' has the same type, so the value alone does not"
        + " say which one it is); write /* runId= */ \"r-1\"");
  }

  @Test
  void callsContractRequiresNamesOnlyForTheListedContractsInsideTheElement() {
    Compilation c = callerWith("""
          @CallsContract("demo.Factories#runId")
          String inside(String a, String b) {
            Factories.message(a, b, b);
            return Factories.runId(a, b);
          }

          String outside(String x, String y) {
            return Factories.runId(x, y);
          }
        """);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("argument 1 'a' of runId(...) is not named, but @CallsContract"
            + " on inside requires named arguments")
        .inFile(file(c, "Caller.java")).onLineContaining("return Factories.runId(a, b);");
    assertThat(c).hadErrorContaining("argument 2 'b' of runId(...) is not named");
  }

  @Test
  void callsContractOnATypeCoversNestedCode() {
    Compilation c = compile(FACTORIES, USER_CONTEXT, source("demo.Caller", """
        package demo;

        import io.contractcheck.CallsContract;
        import java.util.function.Supplier;

        @CallsContract("demo.Factories#runId")
        class Caller {
          Supplier<String> later(String x, String runId) {
            return () -> Factories.runId(x, runId);
          }
        }
        """));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("argument 1 'x' of runId(...) is not named, but"
        + " @CallsContract on Caller requires named arguments");
  }

  @Test
  void aWrongLabelIsReportedOnceAsALabelError() {
    Compilation c = callerWith("""
          String call(String userId, int port) {
            return Factories.connect(userId, port, /* tls= */ true);
          }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* tls= */");
  }

  @Test
  void lambdasMethodReferencesAndNewArePassedWhenTheirTypeIsUnique() {
    Compilation c = compile(source("demo.Tasks", """
        package demo;

        import io.contractcheck.Contract;
        import java.util.function.Function;
        import java.util.function.Supplier;

        class Tasks {
          @Contract(requireNamedArguments = true)
          static String run(Supplier<String> task, Function<String, String> mapper, StringBuilder log) {
            return mapper.apply(task.get()) + log;
          }

          String call() {
            return run(() -> "x", String::trim, new StringBuilder());
          }
        }
        """));
    assertThat(c).succeededWithoutWarnings();
  }
}
