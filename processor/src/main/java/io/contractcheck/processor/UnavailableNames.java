package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Calls of contracts whose parameter names are not in their class files. They cannot be checked;
 * rather than skip them silently, the compilation ends with one warning per contract method, at
 * its first call, listing every call that was not checked.
 */
final class UnavailableNames {
  private static final int LISTED_LOCATIONS = 10;

  private static final class Sites {
    final ContractInfo contract;
    final Tree firstCall;
    final CompilationUnitTree firstUnit;
    final List<String> locations = new ArrayList<>();

    Sites(ContractInfo contract, Tree firstCall, CompilationUnitTree firstUnit) {
      this.contract = contract;
      this.firstCall = firstCall;
      this.firstUnit = firstUnit;
    }
  }

  private final Trees trees;
  private final String fix;
  private Findings findings;
  private final Map<ExecutableElement, Sites> byMethod = new LinkedHashMap<>();

  /** @param fix what the message tells the user to do, e.g. "compile ... with -parameters" */
  UnavailableNames(Trees trees, String fix) {
    this.trees = trees;
    this.fix = fix;
  }

  /** Routes the warnings through the report stage (baseline, SARIF) from now on. */
  void reportThrough(Findings findings) {
    this.findings = findings;
  }

  void record(ContractInfo contract, Tree call, CompilationUnitTree unit) {
    Sites sites = byMethod.computeIfAbsent(contract.method(), m -> new Sites(contract, call, unit));
    long line = unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, call));
    String file = unit.getSourceFile().getName();
    sites.locations.add(file.substring(file.lastIndexOf('/') + 1) + ":" + line);
  }

  /** Prints the warnings, in the order the methods were first called. */
  void report() {
    for (Sites sites : byMethod.values()) {
      ExecutableElement method = sites.contract.method();
      int n = sites.locations.size();
      List<String> shown = sites.locations.subList(0, Math.min(n, LISTED_LOCATIONS));
      print(
          DiagnosticId.ParameterNamesUnavailable.tag() + "the class file of contract '"
              + sites.contract.id() + "' (" + Signatures.of(method, List.of())
              + ") has no parameter names, so " + n + (n == 1 ? " call was" : " calls were")
              + " not checked: " + String.join(", ", shown) + (n > shown.size() ? ", ..." : "")
              + "; " + fix,
          sites.firstCall,
          sites.firstUnit);
    }
    byMethod.clear();
  }

  private void print(String message, Tree at, CompilationUnitTree unit) {
    if (findings == null) {
      trees.printMessage(Diagnostic.Kind.WARNING, message, at, unit);
      return;
    }
    io.contractcheck.processor.report.Reports.Printed printed = findings.reports()
        .admit(findings.at(Diagnostic.Kind.WARNING, message, at, unit));
    if (printed != null) {
      trees.printMessage(printed.kind(), printed.message(), at, unit);
    }
  }
}
