package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class InternalErrorsTest {
  private final List<String> printed = new ArrayList<>();

  private final Messager messager = new Messager() {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
      printed.add(kind + " " + msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a,
        AnnotationValue v) {
      printMessage(kind, msg);
    }
  };

  @Test
  void aFailureBecomesOneWarningAskingForABugReport() {
    InternalErrors.report(new IllegalStateException("boom"), null, messager);
    assertThat(printed).hasSize(1);
    assertThat(printed.get(0)).startsWith("WARNING [InternalError] ContractCheck failed while"
        + " checking this compilation (java.lang.IllegalStateException: boom at ");
    assertThat(printed.get(0)).endsWith("so its call sites were not checked; the build goes on."
        + " Please file a ContractCheck bug report with this message");
  }
}
