package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.file;
import static io.contractcheck.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  @Test
  void suppressionsOnClassesMethodsAndLocalVariables() {
    Compilation c = compile(FACTORIES, USER_CONTEXT, source("demo.Caller", """
        package demo;

        class Caller {
          @SuppressWarnings("contractcheck")
          static class Legacy {
            String call(String threadId, String runId) {
              return Factories.runId(/* run= */ runId, threadId);
            }
          }

          @SuppressWarnings({"unchecked", "contractcheck:SwappedArguments"})
          String method(String threadId, String runId) {
            return Factories.runId(runId, threadId);
          }

          String local(String threadId, String runId) {
            @SuppressWarnings("contractcheck:LabelMismatch")
            String id = Factories.runId(/* run= */ threadId, runId);
            return id + Factories.runId(/* thread= */ threadId, runId);
          }

          @SuppressWarnings("contractcheck:LabelMismatch")
          String otherIdStillReported(String thread_id, String run_id) {
            return Factories.runId(run_id, thread_id);
          }
        }
        """));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[LabelMismatch] label /* thread= */")
        .inFile(file(c, "Caller.java")).onLineContaining("/* thread= */");
    assertThat(c).hadErrorContaining("[SwappedArguments]")
        .inFile(file(c, "Caller.java")).onLineContaining("Factories.runId(run_id, thread_id)");
  }
}
