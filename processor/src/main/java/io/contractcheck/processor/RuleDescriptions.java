package io.contractcheck.processor;

import io.contractcheck.processor.report.Rule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One sentence per diagnostic id, for SARIF's rule descriptions. */
final class RuleDescriptions {
  private static final Map<DiagnosticId, String> DESCRIPTIONS = new EnumMap<>(DiagnosticId.class);

  static {
    DESCRIPTIONS.put(DiagnosticId.LabelMismatch, "An argument label does not name the parameter its argument is passed to.");
    DESCRIPTIONS.put(DiagnosticId.SwappedArguments, "Two arguments of a call are passed the wrong way round: one is named like the other's parameter, they are the two ends of a range or an offset and its length, or (audit mode) the class's other calls pass each value to the other parameter.");
    DESCRIPTIONS.put(DiagnosticId.UnnamedArgument, "A call that must name its arguments passes one that is not named.");
    DESCRIPTIONS.put(DiagnosticId.ReplacedContract, "A call of a contract that has been replaced by another.");
    DESCRIPTIONS.put(DiagnosticId.InvalidContract, "@Contract where a contract cannot be: a private member, a local or anonymous class.");
    DESCRIPTIONS.put(DiagnosticId.DuplicateContractId, "Two contracts with the same id in one compilation.");
    DESCRIPTIONS.put(DiagnosticId.AmbiguousContractId, "Overloads with the same name and parameter count and no explicit ids.");
    DESCRIPTIONS.put(DiagnosticId.UnknownContractId, "replacedBy or @CallsContract names an id no known contract has.");
    DESCRIPTIONS.put(DiagnosticId.StaleCallsContract, "@CallsContract lists a contract the annotated code never calls.");
    DESCRIPTIONS.put(DiagnosticId.ParameterNamesUnavailable, "The parameter names of a called contract are not in its class file.");
    DESCRIPTIONS.put(DiagnosticId.ManifestMissing, "A class file declares contracts but has no contract manifest.");
    DESCRIPTIONS.put(DiagnosticId.ManifestUnreadable, "A contract manifest on the class path is corrupt or from a newer ContractCheck.");
    DESCRIPTIONS.put(DiagnosticId.ContractLockBroken, "This module's contracts differ from its lock file in a way that breaks callers.");
    DESCRIPTIONS.put(DiagnosticId.ContractLockChanged, "This module's contracts differ from its lock file without breaking callers.");
    DESCRIPTIONS.put(DiagnosticId.CallSitesNotChecked, "The compiler environment does not let ContractCheck see call sites.");
    DESCRIPTIONS.put(DiagnosticId.InvalidOption, "An option under contractcheck. that does not exist or has an invalid value.");
    DESCRIPTIONS.put(DiagnosticId.NamedCallUnavailable,
        "A contract asks for a named call that cannot be generated here.");
    DESCRIPTIONS.put(DiagnosticId.InternalError, "ContractCheck itself failed; the build goes on.");
    DESCRIPTIONS.put(DiagnosticId.ReportFileProblem, "A report file (fix patch, baseline, SARIF) could not be read or written.");
    DESCRIPTIONS.put(DiagnosticId.ReportSummary, "What the report stage wrote; how many findings the baseline holds or no longer matches.");
  }

  private RuleDescriptions() {}

  static String of(DiagnosticId id) {
    return DESCRIPTIONS.getOrDefault(id, "ContractCheck's check " + id.name() + ".");
  }

  /** Every id as a SARIF rule, in the enum's order. */
  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (DiagnosticId id : DiagnosticId.values()) {
      rules.add(new Rule(id.name(), id.defaultKind(), of(id)));
    }
    return rules;
  }
}
