package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Prints the findings of one class through javac, in source order, with the caret on the tree. */
final class CallSiteReporter {
  private final Trees trees;

  CallSiteReporter(Trees trees) {
    this.trees = trees;
  }

  void report(List<Violation> violations, CompilationUnitTree unit) {
    SourcePositions positions = trees.getSourcePositions();
    List<Violation> ordered = new ArrayList<>(violations);
    ordered.sort(Comparator.<Violation>comparingLong(v -> positions.getStartPosition(unit, v.at()))
        .thenComparing(Violation::id)
        .thenComparing(Violation::message));
    for (Violation violation : ordered) {
      trees.printMessage(violation.kind(), violation.message(), violation.at(), unit);
    }
  }
}
