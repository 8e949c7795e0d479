package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class SwappedArgumentRuleTest {

  private static Compilation callerWith(String members) {
    return compile(FACTORIES, USER_CONTEXT, source("demo.Caller", """
        package demo;

        class Caller {
          String threadId = "t";
          String runId = "r";
          UserExecutionContext ctx = new UserExecutionContext("u", "t");

        %s
        }
        """.formatted(members)));
  }

  @Test
  void exchangedIdentifiersAreOneErrorNamingBothParametersAndPositions() {
    Compilation c = callerWith("""
          String call(String threadId, String runId) {
            return Factories.runId(runId, threadId);
          }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[SwappedArguments] argument 1 'runId' of runId(...) is passed to"
            + " parameter 'threadId' but is named like parameter 2 'runId' in"
            + " Factories.runId(String threadId, String runId); arguments 1 and 2 look swapped;"
            + " exchange them, or label them /* threadId= */ and /* runId= */ if this is intended")
        .inFile(file(c, "Caller.java"))
        .onLineContaining("Factories.runId(runId, threadId)");
  }

  @Test
  void fieldAccessesGettersAndRecordAccessorsCarryNames() {
    Compilation c = callerWith("""
          String getThreadId() { return threadId; }

          String fieldAccess() {
            return Factories.runId(this.runId, this.threadId);
          }

          String getter(String id) {
            return Factories.runId(id, getThreadId());
          }

          String accessor(String run_id) {
            return Factories.runId(ctx.threadId(), run_id);
          }
        """);
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("argument 1 'this.runId' of runId(...)")
        .inFile(file(c, "Caller.java")).onLineContaining("this.runId, this.threadId");
    assertThat(c).hadErrorContaining("argument 2 'getThreadId()' of runId(...) is passed to"
            + " parameter 'runId' but is named like parameter 1 'threadId'")
        .inFile(file(c, "Caller.java")).onLineContaining("runId(id, getThreadId())");
  }

  @Test
  void namesCompareIgnoringCaseAndUnderscores() {
    Compilation c = callerWith("""
          String call(String RUN_ID, String thread_id) {
            return Factories.runId(RUN_ID, thread_id);
          }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[SwappedArguments] argument 1 'RUN_ID'");
  }

  @Test
  void oneMisplacedArgumentIsReportedEvenWithoutAPartner() {
    Compilation c = callerWith("""
          String call(String runId, String other) {
            return Factories.runId(runId, other);
          }
        """);
    assertThat(c).hadErrorCount(1);
    // The class has a field named threadId: the message points at it.
    assertThat(c).hadErrorContaining("did you mean to pass 'threadId'? If this is intended, label"
        + " it /* threadId= */");
  }

  @Test
  void inAContractCallAOneSidedSwapIsReportedEvenWithoutTheRightNameInScope() {
    Compilation c = compile(FACTORIES, USER_CONTEXT, source("demo.Other", """
        package demo;

        class Other {
          String call(String runId) {
            return Factories.runId(runId, "r");
          }
        }
        """));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("argument 1 'runId' of runId(...) is passed to parameter"
        + " 'threadId' but is named like parameter 2 'runId' in Factories.runId(String threadId,"
        + " String runId); pass the right value, or label it /* threadId= */ if this is intended");
  }

  @Test
  void anExchangeThatCouldNotCompileIsNotASwap() {
    Compilation c = compile(FACTORIES, USER_CONTEXT, source("demo.Typed", """
        package demo;

        import io.contractcheck.Contract;

        class Typed {
          @Contract
          static String describe(String name, int size) { return name + size; }

          String call(int name, String label) {
            return describe(label, name);
          }
        }
        """));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void aCommentOrTheReceivingVariableCanAnnounceTheReversal() {
    Compilation c = callerWith("""
          String commented(String threadId, String runId) {
            // the ids are passed the other way round on purpose: the opposite order
            return Factories.runId(runId, threadId);
          }

          String assigned(String threadId, String runId) {
            String swapped = Factories.runId(runId, threadId);
            return swapped;
          }

          String negatedIsNotForStrings(String threadId, String runId) {
            return Factories.runId(runId, threadId); // reporting expected here
          }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[SwappedArguments]")
        .inFile(file(c, "Caller.java")).onLineContaining("// reporting expected here");
  }

  @Test
  void aMatchingLabelSaysTheOrderIsIntended() {
    assertThat(callerWith("""
          String call(String threadId, String runId) {
            return Factories.runId(/* threadId= */ runId, /* runId= */ threadId);
          }
        """)).succeededWithoutWarnings();
  }

  @Test
  void similarButNotEqualNamesAreNotSwaps() {
    assertThat(callerWith("""
          String call(String runIdentifier, String threadIds, String parentThreadId) {
            Factories.runId(runIdentifier, threadIds);
            return Factories.runId(parentThreadId, runIdentifier);
          }
        """)).succeededWithoutWarnings();
  }

  @Test
  void aMethodWhoseNameSaysItReversesIsExempt() {
    assertThat(callerWith("""
          String reversed(String threadId, String runId) {
            return Factories.runId(runId, threadId);
          }

          String swapIds(String threadId, String runId) {
            return Factories.runId(runId, threadId);
          }
        """)).succeededWithoutWarnings();
  }

  @Test
  void bothOrdersInOneMethodAreDeliberate() {
    assertThat(callerWith("""
          boolean symmetric(String threadId, String runId) {
            return Factories.runId(threadId, runId).length() == Factories.runId(runId, threadId).length();
          }
        """)).succeededWithoutWarnings();
  }

  @Test
  void bothOrdersInDifferentMethodsAreStillAnError() {
    Compilation c = callerWith("""
          String right(String threadId, String runId) {
            return Factories.runId(threadId, runId);
          }

          String wrong(String threadId, String runId) {
            return Factories.runId(runId, threadId);
          }
        """);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[SwappedArguments]")
        .inFile(file(c, "Caller.java")).onLineContaining("Factories.runId(runId, threadId)");
  }

  @Test
  void varargsElementsAreNotSwapCandidates() {
    assertThat(callerWith("""
          String call(String separator, String parts) {
            return Factories.join(separator, parts, separator);
          }
        """)).succeededWithoutWarnings();
  }
}
