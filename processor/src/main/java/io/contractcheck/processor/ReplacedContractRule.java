package io.contractcheck.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Check 4: a call of a contract whose {@code replacedBy} is set names the replacement. Its fix
 * rewrites the call where {@link ReplacementRewrite} finds that safe; otherwise the message says
 * why not.
 */
final class ReplacedContractRule {
  private ReplacedContractRule() {}

  static Optional<Violation> check(
      Call call, ContractIndex index, Diagnostic.Kind kind, Types types) {
    ContractInfo contract = call.contract();
    if (contract == null || contract.replacedBy().isEmpty()) {
      return Optional.empty();
    }
    Optional<ContractInfo> target = index.byId(contract.replacedBy());
    String replacement =
        target.map(r -> ": " + Signatures.of(r.method(), r.parameterNames())).orElse("");
    ReplacementRewrite.Result rewrite = target
        .map(r -> ReplacementRewrite.of(call, r, types))
        .orElse(ReplacementRewrite.Result.no("the replacement is not known here"));
    return Optional.of(new Violation(
        DiagnosticId.ReplacedContract,
        kind,
        call.callName() + " calls contract '" + contract.id() + "' ("
            + Signatures.of(contract.method(), contract.parameterNames())
            + "), which is replaced by '" + contract.replacedBy() + "'" + replacement
            + "; move this call to the replacement"
            + (rewrite.whyNot() == null ? "" : " (no automatic fix: " + rewrite.whyNot() + ")"),
        call.nameTree()).withFix(rewrite.edits() == null ? List.of() : rewrite.edits()));
  }
}
