package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.contractcheck.processor.report.Reports;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The {@link Messager} of the declaration checks. Every message passes the report stage (when one
 * is asked for). While {@linkplain #deferring() deferring} it holds every message back, with its
 * source position already resolved, until {@link #flush}: an error printed during processing
 * rounds makes javac stop before it analyses anything, which would hide every call-site finding
 * until the next build. The processor flushes when analysis begins, so that one compile reports
 * every finding, as the plugin does.
 */
final class ReportingMessager implements Messager {
  private record Held(Diagnostic.Kind kind, String message, Tree at, CompilationUnitTree unit) {}

  private final Messager delegate;
  private final Trees trees;
  private final Findings findings;
  private final List<Held> held = new ArrayList<>();
  private boolean deferring;

  /**
   * @param findings the report stage, or null when none is asked for
   * @param deferring whether to hold messages back until {@link #flush}
   */
  ReportingMessager(Messager delegate, Trees trees, Findings findings, boolean deferring) {
    this.delegate = delegate;
    this.trees = trees;
    this.findings = findings;
    this.deferring = deferring;
  }

  boolean deferring() {
    return deferring;
  }

  /** Prints what was held back, in order, and stops deferring. */
  void flush() {
    deferring = false;
    List<Held> messages = new ArrayList<>(held);
    held.clear();
    for (Held h : messages) {
      if (h.at() == null) {
        delegate.printMessage(h.kind(), h.message());
      } else {
        trees.printMessage(h.kind(), h.message(), h.at(), h.unit());
      }
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message) {
    Reports.Printed printed = admitUnlocated(kind, message.toString());
    if (printed == null) {
      return;
    }
    if (deferring) {
      held.add(new Held(printed.kind(), printed.message(), null, null));
    } else {
      delegate.printMessage(printed.kind(), printed.message());
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
    print(kind, message, element, element == null ? null : trees.getPath(element), null, null);
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {
    print(kind, message, element,
        element == null ? null : trees.getPath(element, annotation), annotation, null);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element,
      AnnotationMirror annotation, AnnotationValue value) {
    print(kind, message, element,
        element == null ? null : trees.getPath(element, annotation, value), annotation, value);
  }

  private void print(Diagnostic.Kind kind, CharSequence message, Element element, TreePath path,
      AnnotationMirror annotation, AnnotationValue value) {
    if (path == null) {
      if (element == null || !deferring) {
        Reports.Printed printed = admitUnlocated(kind, message.toString());
        if (printed != null) {
          printElsewhere(printed, element, annotation, value);
        }
      } else {
        // no tree for the element (a class file's): it cannot stop analysis being reported later
        held.add(new Held(kind, message.toString(), null, null));
      }
      return;
    }
    Reports.Printed printed = findings == null
        ? new Reports.Printed(kind, message.toString())
        : findings.reports().admit(
            findings.at(kind, message.toString(), path.getLeaf(), path.getCompilationUnit()));
    if (printed == null) {
      return;
    }
    if (deferring) {
      held.add(new Held(printed.kind(), printed.message(), path.getLeaf(), path.getCompilationUnit()));
    } else {
      trees.printMessage(printed.kind(), printed.message(), path.getLeaf(), path.getCompilationUnit());
    }
  }

  private void printElsewhere(Reports.Printed printed, Element element,
      AnnotationMirror annotation, AnnotationValue value) {
    if (element == null) {
      delegate.printMessage(printed.kind(), printed.message());
    } else if (annotation == null) {
      delegate.printMessage(printed.kind(), printed.message(), element);
    } else if (value == null) {
      delegate.printMessage(printed.kind(), printed.message(), element, annotation);
    } else {
      delegate.printMessage(printed.kind(), printed.message(), element, annotation, value);
    }
  }

  private Reports.Printed admitUnlocated(Diagnostic.Kind kind, String message) {
    return findings == null
        ? new Reports.Printed(kind, message)
        : findings.reports().admit(Findings.unlocated(kind, message));
  }
}
