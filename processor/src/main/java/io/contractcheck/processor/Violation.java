package io.contractcheck.processor;

import com.sun.source.tree.Tree;
import javax.tools.Diagnostic;

/** A finding of a rule: data, printed later by {@link CallSiteReporter} in source order. */
final class Violation {
  private final DiagnosticId id;
  private final Diagnostic.Kind kind;
  private final String message;
  private final Tree at;

  Violation(DiagnosticId id, Diagnostic.Kind kind, String message, Tree at) {
    this.id = id;
    this.kind = kind;
    this.message = message;
    this.at = at;
  }

  Violation(DiagnosticId id, String message, Tree at) {
    this(id, id.defaultKind(), message, at);
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
}
