package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class LabelRuleTest {

  private static Compilation callerWith(String body) {
    return compile(FACTORIES, USER_CONTEXT, source("demo.Caller", """
        package demo;

        class Caller {
          Object call(UserExecutionContext context, String a, String b, String c) {
        %s
          }
        }
        """.formatted(body)));
  }

  @Test
  void wrongLabelIsAnErrorNamingLabelParameterAndSignature() {
    Compilation c = callerWith("    return Factories.createWebSocketManager(/* context= */ context);");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[LabelMismatch] label /* context= */ on argument 1 'context' of"
            + " createWebSocketManager(...) does not match its parameter 'userContext' in"
            + " Factories.createWebSocketManager(UserExecutionContext userContext);"
            + " did you mean /* userContext= */?")
        .inFile(file(c, "Caller.java"))
        .onLineContaining("/* context= */");
  }

  @Test
  void matchingLabelsCompileCleanInEverySpelling() {
    assertThat(callerWith("""
            Factories.createWebSocketManager(/* userContext= */ context);
            Factories.createWebSocketManager(/*userContext=*/ context);
            Factories.createWebSocketManager(/**  userContext =  */ context);
            Factories.createWebSocketManager(
                /*
                   userContext=
                 */
                context);
            return Factories.runId(/* threadId= */ a, /* runId= */ b);
        """)).succeededWithoutWarnings();
  }

  @Test
  void labelNamingAnotherParameterAsksWhetherArgumentsAreSwapped() {
    Compilation c = callerWith("    return Factories.runId(/* runId= */ a, b);");
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("label /* runId= */ on argument 1 'a' of runId(...) does not match its"
            + " parameter 'threadId'")
        .inFile(file(c, "Caller.java"))
        .onLineContaining("/* runId= */ a");
    assertThat(c).hadErrorContaining("'runId' is parameter 2: are the arguments swapped?"
        + " If not, label it /* threadId= */");
  }

  @Test
  void suggestionByWordsPrefersAnotherParameterWhenOnlyItContainsTheLabel() {
    Compilation c = callerWith("    return Factories.message(/* room= */ a, b, c);");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(
        "'room' looks like parameter 2 'roomId': is the argument in the wrong place?"
            + " If not, label it /* userId= */");
  }

  @Test
  void suggestionByEditDistance() {
    Compilation c = callerWith("    return Factories.message(/* usrId= */ a, b, c);");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("did you mean /* userId= */?");
  }

  @Test
  void commentsThatAreNotLabelsAreIgnored() {
    assertThat(callerWith("""
            Factories.runId(a /* runId= */, b); // a comment after an argument is not its label
            Factories.runId( // runId=
                a, b);
            Factories.runId(/* the thread */ a, /* TODO: check b */ b);
            return Factories.runId(/* threadId= */ "/* runId= */", b);
        """)).succeededWithoutWarnings();
  }

  @Test
  void anyOneOfSeveralLabelsMayMatchDuringARename() {
    assertThat(callerWith(
            "    return Factories.createWebSocketManager(/* context= */ /* userContext= */ context);"))
        .succeededWithoutWarnings();
  }

  @Test
  void everyWrongLabelInACallIsReportedOnItsOwnLine() {
    Compilation c = callerWith("""
            return Factories.message(
                /* userId= */ a,
                /* room= */ b,
                /* body= */ c);
        """);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("label /* room= */ on argument 2")
        .inFile(file(c, "Caller.java")).onLineContaining("/* room= */");
    assertThat(c).hadErrorContaining("label /* body= */ on argument 3")
        .inFile(file(c, "Caller.java")).onLineContaining("/* body= */");
  }

  @Test
  void labelCaseMustMatchExactly() {
    Compilation c = callerWith("    return Factories.runId(/* threadid= */ a, b);");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("did you mean /* threadId= */?");
  }

  @Test
  void callsOfMethodsThatAreNotContractsAreNotChecked() {
    assertThat(callerWith("    return Factories.plain(/* nonsense= */ a, /* more= */ b);"))
        .succeededWithoutWarnings();
  }
}
