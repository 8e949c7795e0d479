package io.contractcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.contractcheck.processor.Compilations.FACTORIES;
import static io.contractcheck.processor.Compilations.USER_CONTEXT;
import static io.contractcheck.processor.Compilations.javac;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void anUnknownKeyWarnsWithTheValidKeys() {
    Compilation c = javac("-Acontractcheck.scop=all").compile(FACTORIES, USER_CONTEXT);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[InvalidOption] unknown option -Acontractcheck.scop; valid"
        + " options are contractcheck.auditSeverity, contractcheck.baseline, contractcheck.fix,"
        + " contractcheck.lockFile,"
        + " contractcheck.replacedCalls, contractcheck.reportRoot, contractcheck.sarif,"
        + " contractcheck.scope, contractcheck.updateBaseline, contractcheck.updateLock");
  }

  @Test
  void anInvalidValueWarnsAndFallsBackToTheDefault() {
    Compilation c = javac("-Acontractcheck.scope=everything").compile(FACTORIES, USER_CONTEXT);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[InvalidOption] -Acontractcheck.scope=everything is not a"
        + " valid value; use one of contracts, all (using contracts)");
  }

  @Test
  void anInvalidAuditSeverityWarnsAndKeepsErrors() {
    Compilation c = javac("-Acontractcheck.auditSeverity=info").compile(FACTORIES, USER_CONTEXT);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[InvalidOption] -Acontractcheck.auditSeverity=info is not"
        + " a valid value; use one of error, warning (using error)");
  }

  @Test
  void validOptionsAreQuiet() {
    assertThat(javac("-Acontractcheck.scope=contracts", "-Acontractcheck.replacedCalls=warning")
            .compile(FACTORIES, USER_CONTEXT))
        .succeededWithoutWarnings();
  }
}
