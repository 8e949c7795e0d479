package io.contractcheck.processor;

import com.sun.source.tree.Tree;
import io.contractcheck.processor.report.Edit;
import java.util.List;
import javax.tools.Diagnostic;

/** A finding of a rule: data, printed later by {@link CallSiteReporter} in source order. */
final class Violation {
  private final DiagnosticId id;
  private final Diagnostic.Kind kind;
  private final String message;
  private final Tree at;
  private final List<Edit> fix;
  private final Call call;
  private final boolean suppressed;

  private Violation(DiagnosticId id, Diagnostic.Kind kind, String message, Tree at, List<Edit> fix,
      Call call, boolean suppressed) {
    this.id = id;
    this.kind = kind;
    this.message = message;
    this.at = at;
    this.fix = List.copyOf(fix);
    this.call = call;
    this.suppressed = suppressed;
  }

  Violation(DiagnosticId id, Diagnostic.Kind kind, String message, Tree at) {
    this(id, kind, message, at, List.of(), null, false);
  }

  Violation(DiagnosticId id, String message, Tree at) {
    this(id, id.defaultKind(), message, at);
  }

  /** The same finding with a fix: edits of the unit's text that make it go away. */
  Violation withFix(List<Edit> edits) {
    return new Violation(id, kind, message, at, edits, call, suppressed);
  }

  /** The same finding, about {@code call}, and turned off there by {@code @SuppressWarnings} or not. */
  Violation at(Call call, boolean suppressed) {
    return new Violation(id, kind, message, at, fix, call, suppressed);
  }

  /** The same finding, printed as {@code kind}. */
  Violation withKind(Diagnostic.Kind kind) {
    return kind == this.kind ? this : new Violation(id, kind, message, at, fix, call, suppressed);
  }

  DiagnosticId id() {
    return id;
  }

  Diagnostic.Kind kind() {
    return kind;
  }

  /** The full message, starting with the {@code [Id]} tag. */
  String message() {
    return id.tag() + message;
  }

  /** The tree the caret points at. */
  Tree at() {
    return at;
  }

  /** The edits that fix it; empty when there is no safe fix. */
  List<Edit> fix() {
    return fix;
  }

  /** The call the finding is about, or null for a declaration finding. */
  Call call() {
    return call;
  }

  /** Turned off by {@code @SuppressWarnings}: kept for SARIF, never printed. */
  boolean suppressed() {
    return suppressed;
  }
}
