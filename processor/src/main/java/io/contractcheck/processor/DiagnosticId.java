package io.contractcheck.processor;

import javax.tools.Diagnostic;

/**
 * The stable identifiers of every diagnostic ContractCheck prints. Each message starts with
 * {@code [Id]}; each id has a page {@code docs/checks/<Id>.md} and can be suppressed with
 * {@code @SuppressWarnings("contractcheck:<Id>")}.
 */
enum DiagnosticId {
  /** An argument label does not name its parameter. */
  LabelMismatch(Diagnostic.Kind.ERROR),
  /**
   * Two arguments of a call are passed the wrong way round: an argument is named like a different
   * parameter of the same call, or two are the ends of a range or an offset and its length.
   */
  SwappedArguments(Diagnostic.Kind.ERROR),
  /** A call that must name its arguments passes one that is not named. */
  UnnamedArgument(Diagnostic.Kind.ERROR),
  /** A call of a contract that has been replaced by another. */
  ReplacedContract(Diagnostic.Kind.WARNING),
  /** {@code @Contract} where a contract cannot be: a private member, a local or anonymous class. */
  InvalidContract(Diagnostic.Kind.ERROR),
  /** Two contracts with the same id in one compilation. */
  DuplicateContractId(Diagnostic.Kind.ERROR),
  /** Overloads with the same name and parameter count and no explicit ids. */
  AmbiguousContractId(Diagnostic.Kind.ERROR),
  /** {@code replacedBy} or {@code @CallsContract} names an id no known contract has. */
  UnknownContractId(Diagnostic.Kind.ERROR),
  /** {@code @CallsContract} lists a contract the annotated code never calls. */
  StaleCallsContract(Diagnostic.Kind.WARNING),
  /** The parameter names of a called contract are not in its class file. */
  ParameterNamesUnavailable(Diagnostic.Kind.WARNING),
  /** A class file declares contracts but its jar or folder has no contract manifest for it. */
  ManifestMissing(Diagnostic.Kind.WARNING),
  /** A contract manifest on the class path is corrupt or from a newer ContractCheck. */
  ManifestUnreadable(Diagnostic.Kind.WARNING),
  /** This module's contracts differ from its committed lock file in a way that breaks callers. */
  ContractLockBroken(Diagnostic.Kind.ERROR),
  /** This module's contracts differ from its lock file without breaking callers, or the lock was written. */
  ContractLockChanged(Diagnostic.Kind.NOTE),
  /** The compiler environment does not let ContractCheck see call sites. */
  CallSitesNotChecked(Diagnostic.Kind.WARNING),
  /** An option under {@code contractcheck.} that does not exist or has an invalid value. */
  InvalidOption(Diagnostic.Kind.WARNING),
  /** A contract asks for a named call ({@code namedCall = true}) that cannot be generated. */
  NamedCallUnavailable(Diagnostic.Kind.WARNING),
  /** ContractCheck itself failed; the build goes on. */
  InternalError(Diagnostic.Kind.WARNING),
  /** A report file (fix patch, baseline, SARIF) could not be read or written. */
  ReportFileProblem(Diagnostic.Kind.WARNING),
  /** What the report stage wrote, and how many findings the baseline holds or no longer matches. */
  ReportSummary(Diagnostic.Kind.NOTE);

  private final Diagnostic.Kind defaultKind;

  DiagnosticId(Diagnostic.Kind defaultKind) {
    this.defaultKind = defaultKind;
  }

  Diagnostic.Kind defaultKind() {
    return defaultKind;
  }

  /** One sentence on what the check finds (SARIF's short description of the rule). */
  String description() {
    return RuleDescriptions.of(this);
  }

  /** The message prefix, {@code [Id] }. */
  String tag() {
    return "[" + name() + "] ";
  }
}
