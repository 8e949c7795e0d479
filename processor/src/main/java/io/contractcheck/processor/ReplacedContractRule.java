package io.contractcheck.processor;

import java.util.Optional;
import javax.tools.Diagnostic;

/** Check 4: a call of a contract whose {@code replacedBy} is set names the replacement. */
final class ReplacedContractRule {
  private ReplacedContractRule() {}

  static Optional<Violation> check(Call call, ContractIndex index, Diagnostic.Kind kind) {
    ContractInfo contract = call.contract();
    if (contract == null || contract.replacedBy().isEmpty()) {
      return Optional.empty();
    }
    String replacement =
        index.byId(contract.replacedBy())
            .map(r -> ": " + Signatures.of(r.method(), r.parameterNames()))
            .orElse("");
    return Optional.of(new Violation(
        DiagnosticId.ReplacedContract,
        kind,
        call.callName() + " calls contract '" + contract.id() + "' ("
            + Signatures.of(contract.method(), contract.parameterNames())
            + "), which is replaced by '" + contract.replacedBy() + "'" + replacement
            + "; move this call to the replacement",
        call.nameTree()));
  }
}
