package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.compile;
import static io.contractcheck.processor.Compilations.diagnostics;
import static io.contractcheck.processor.Compilations.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final JavaFileObject FIRST = source("demo.First", """
      package demo;

      class First {
        String call(String threadId, String runId) {
          return Factories.runId(/* b= */ threadId, /* a= */ runId);
        }

        String other(String threadId, String runId) {
          return Factories.runId(runId, threadId);
        }
      }
      """);

  private static final JavaFileObject SECOND = source("demo.Second", """
      package demo;

      class Second {
        String call(String threadId, String runId) {
          return Factories.message(/* x= */ threadId, runId, /* y= */ runId);
        }
      }
      """);

  @Test
  void diagnosticsComeInSourceOrderAndRepeatExactly() {
    List<String> first = diagnostics(compile(FACTORIES, USER_CONTEXT, FIRST, SECOND));
    List<String> second = diagnostics(compile(FACTORIES, USER_CONTEXT, FIRST, SECOND));
    assertThat(second).containsExactlyElementsIn(first).inOrder();
    assertThat(first).hasSize(5);
    assertThat(first.get(0)).startsWith("ERROR First.java:5 [LabelMismatch] label /* b= */");
    assertThat(first.get(1)).startsWith("ERROR First.java:5 [LabelMismatch] label /* a= */");
    assertThat(first.get(2)).startsWith("ERROR First.java:9 [SwappedArguments] argument 1 'runId'");
    assertThat(first.get(3)).startsWith("ERROR Second.java:5 [LabelMismatch] label /* x= */");
    assertThat(first.get(4)).startsWith("ERROR Second.java:5 [LabelMismatch] label /* y= */");
  }
}
