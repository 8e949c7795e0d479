package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.contractcheck.processor.namedcall.NamedCallPlanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Checks call sites after javac has attributed them: on every ANALYZE event it scans that
 * top-level class once. At the end of the compilation it prints what could not be checked.
 */
final class CallSiteListener implements TaskListener {
  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final Messager messager;
  private final ContractIndex index;
  private final Options options;
  private final CallChecks checks;
  private final CallSiteReporter reporter;
  private final UnavailableNames unavailableNames;
  private final ContractReferences references;
  private final Runnable beforeAnalysis;
  private final Findings findings;
  private final ReportingMessager declarationMessages;
  private int analyzedClasses;
  /**
   * javac may announce a class twice after an earlier error (once when reached as a dependency);
   * each is checked once.
   */
  private final Set<String> checkedClasses = new HashSet<>();
  private boolean hasSourceTypes;
  private boolean roundErrors;

  /**
   * @param beforeAnalysis runs before each class is checked (and before the first of all): the
   *     processor looks its source contracts up again once, because javac enters source classes
   *     anew after the last round; the plugin records the declarations javac has entered
   * @param findings the report stage, or null when no report is asked for
   * @param declarationMessages the declaration checks' messages, flushed when analysis begins
   */
  CallSiteListener(Trees trees, Types types, Elements elements, Messager messager,
      ContractIndex index, Options options, ContractReferences references,
      Runnable beforeAnalysis, Findings findings, ReportingMessager declarationMessages) {
    this.findings = findings;
    this.declarationMessages = declarationMessages;
    this.elements = elements;
    this.references = references;
    this.beforeAnalysis = beforeAnalysis;
    this.trees = trees;
    this.types = types;
    this.messager = messager;
    this.index = index;
    this.options = options;
    this.checks = new CallChecks(index, options, types);
    this.reporter = new CallSiteReporter(trees, findings);
    this.unavailableNames = new UnavailableNames(trees, options.syntax() == Options.Syntax.PLUGIN
        // javac reads names from class files only with -parameters (or when processors run)
        ? "compile the library that declares it with -parameters, and this module too: without"
            + " -parameters javac does not read the parameter names in class files"
        : "compile the library that declares it with -parameters");
    if (findings != null) {
      unavailableNames.reportThrough(findings);
    }
  }

  /**
   * Called by the processor after each round. Analysis is expected when rounds brought source
   * types and raised no errors (after errors javac may stop before analysing anything).
   */
  void roundDone(boolean sourceTypes, boolean errorRaised) {
    hasSourceTypes |= sourceTypes;
    roundErrors |= errorRaised;
  }

  @Override
  public void finished(TaskEvent event) {
    try {
      if (event.getKind() == TaskEvent.Kind.ANALYZE) {
        analyzedClasses++;
        flushDeclarationMessages();
        beforeAnalysis.run();
        check(event.getTypeElement(), event.getCompilationUnit());
      } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
        flushDeclarationMessages();
        unavailableNames.report();
        // reports of a compilation that checked no call would say "no findings": none is written
        String notWritten = findings == null ? "" : ReportStage.notWritten(options);
        if (analyzedClasses == 0 && hasSourceTypes && !roundErrors) {
          messager.printMessage(Diagnostic.Kind.WARNING, DiagnosticId.CallSitesNotChecked.tag()
              + "javac analysed no class in this compilation (-proc:only, or it stopped at earlier"
              + " errors), so calls of contracts were not checked" + notWritten);
        } else if (analyzedClasses == 0 && findings != null) {
          messager.printMessage(Diagnostic.Kind.WARNING, DiagnosticId.CallSitesNotChecked.tag()
              + "javac analysed no class in this compilation (it stopped at earlier errors), so"
              + " calls of contracts were not checked" + notWritten);
        } else if (findings != null) {
          findings.reports().finish(messager::printMessage);
        }
      }
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError failure) {
      InternalErrors.report(failure, event.getCompilationUnit(), messager);
    }
  }

  /** ContractCheck's own output (named calls) is never reported. */
  private static boolean generatedByUs(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
              .contentEquals("javax.annotation.processing.Generated")
          && ContractAnnotations.stringsValue(mirror, "value")
              .contains(NamedCallPlanner.GENERATOR)) {
        return true;
      }
    }
    return false;
  }

  private void flushDeclarationMessages() {
    if (declarationMessages != null && declarationMessages.deferring()) {
      declarationMessages.flush();
    }
  }

  private void check(TypeElement type, CompilationUnitTree unit) {
    if (type == null || unit == null) {
      return; // package-info or module-info
    }
    if (!checkedClasses.add(elements.getBinaryName(type).toString()) || generatedByUs(type)) {
      return;
    }
    TreePath path = EnteredDeclarations.topLevelTypes(unit, trees).get(type);
    if (path == null) {
      path = trees.getPath(type);
    }
    if (path == null) {
      return;
    }
    if (findings != null) {
      findings.file(unit); // its baseline entries are now this compilation's
    }
    CallSiteScanner scanner =
        new CallSiteScanner(trees, types, elements, index, options.auditAllCalls(), unit,
            unavailableNames);
    scanner.scan(path);
    List<Violation> violations = new ArrayList<>(checks.check(scanner.calls()));
    violations.addAll(scanner.declarationFindings());
    for (ContractReferences.Unknown unknown : references.checkTopLevel(type)) {
      Tree at = trees.getTree(unknown.element, unknown.annotation, unknown.value);
      if (at == null) {
        at = trees.getTree(unknown.element);
      }
      violations.add(new Violation(DiagnosticId.UnknownContractId, unknown.message, at));
    }
    reporter.report(violations, unit);
  }
}
