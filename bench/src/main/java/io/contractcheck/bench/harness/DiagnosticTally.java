package io.contractcheck.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaFileObject;

/** Counts a compile's diagnostics by kind and keeps the first few as one-line samples. */
final class DiagnosticTally implements DiagnosticListener<JavaFileObject> {

  private static final int MAX_SAMPLES = 10;

  private long errors;
  private long warnings;
  private long notes;
  private final List<String> samples = new ArrayList<>();

  @Override
  public void report(Diagnostic<? extends JavaFileObject> diagnostic) {
    switch (diagnostic.getKind()) {
      case ERROR -> errors++;
      case WARNING, MANDATORY_WARNING -> warnings++;
      default -> notes++;
    }
    if (samples.size() < MAX_SAMPLES) {
      samples.add(oneLine(diagnostic));
    }
  }

  long errors() {
    return errors;
  }

  long warnings() {
    return warnings;
  }

  long notes() {
    return notes;
  }

  List<String> samples() {
    return List.copyOf(samples);
  }

  private static String oneLine(Diagnostic<? extends JavaFileObject> diagnostic) {
    String where = diagnostic.getSource() == null
        ? ""
        : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
    String message = diagnostic.getMessage(Locale.ROOT);
    int newline = message.indexOf('\n');
    return diagnostic.getKind() + " " + where + (newline < 0 ? message : message.substring(0, newline));
  }
}
