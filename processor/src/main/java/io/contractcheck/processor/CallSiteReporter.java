package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import io.contractcheck.processor.report.Reports;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prints the findings of one class through javac, in source order, with the caret on the tree.
 * Each passes the report stage first, which may turn it into a note (the baseline records it).
 */
final class CallSiteReporter {
  private final Trees trees;
  private final Findings findings;

  /** @param findings the report stage, or null when no report is asked for */
  CallSiteReporter(Trees trees, Findings findings) {
    this.trees = trees;
    this.findings = findings;
  }

  void report(List<Violation> violations, CompilationUnitTree unit) {
    SourcePositions positions = trees.getSourcePositions();
    List<Violation> ordered = new ArrayList<>(violations);
    ordered.sort(Comparator.<Violation>comparingLong(v -> positions.getStartPosition(unit, v.at()))
        .thenComparing(Violation::id)
        .thenComparing(Violation::message));
    for (Violation violation : ordered) {
      if (findings == null) {
        if (!violation.suppressed()) {
          trees.printMessage(violation.kind(), violation.message(), violation.at(), unit);
        }
        continue;
      }
      Reports.Printed printed = findings.reports().admit(findings.of(violation, unit));
      if (printed != null) {
        trees.printMessage(printed.kind(), printed.message(), violation.at(), unit);
      }
    }
  }
}
