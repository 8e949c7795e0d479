package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Turns a failure of ContractCheck itself into one warning that names the file, instead of a
 * javac crash banner. javac's own control-flow exceptions pass through untouched.
 */
final class InternalErrors {
  private InternalErrors() {}

  static void report(Throwable failure, CompilationUnitTree unit, Messager messager) {
    if (failure.getClass().getName().startsWith("com.sun.tools.javac.")) {
      // e.g. javac's Abort: javac is stopping on purpose
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      throw (Error) failure;
    }
    String file = unit == null ? "this compilation" : unit.getSourceFile().getName();
    StackTraceElement[] frames = failure.getStackTrace();
    String where = frames.length == 0 ? "" : " at " + frames[0];
    messager.printMessage(Diagnostic.Kind.WARNING, DiagnosticId.InternalError.tag()
        + "ContractCheck failed while checking " + file + " (" + failure + where
        + "), so its call sites were not checked; the build goes on. Please file a ContractCheck"
        + " bug report with this message");
  }
}
