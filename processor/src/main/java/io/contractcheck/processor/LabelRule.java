package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check 1: a label {@code /* name= *&#47;} must equal the name of the parameter its argument is
 * passed to. Several labels on one argument pass when any one matches (gradual renames).
 */
final class LabelRule {
  private LabelRule() {}

  static Optional<Violation> check(Call call, Argument argument) {
    if (!argument.hasLabel()) {
      return Optional.empty();
    }
    String parameter = call.parameterName(argument);
    if (argument.labelledAs(parameter, false)) {
      return Optional.empty();
    }
    ArgumentLabel wrong = argument.labels().stream().filter(ArgumentLabel::isLabel).findFirst().get();
    Violation violation = new Violation(
        DiagnosticId.LabelMismatch,
        "label " + wrong + " on argument " + (argument.position() + 1) + " '"
            + argument.text() + "' of " + call.callName()
            + " does not match its parameter '" + parameter + "' in " + call.signature() + "; "
            + fix(call, argument, wrong.name(), parameter),
        argument.tree());
    // A label that names another parameter may mean the argument is misplaced: no mechanical fix.
    return Optional.of(call.parameterNames().contains(wrong.name())
        ? violation
        : violation.withFix(ArgumentFixes.relabel(argument, wrong, parameter)));
  }

  private static String fix(Call call, Argument argument, String label, String parameter) {
    List<String> names = call.parameterNames();
    int other = names.indexOf(label);
    String relabel = "/* " + parameter + "= */";
    if (other >= 0) {
      return "'" + label + "' is parameter " + (other + 1)
          + ": are the arguments swapped? If not, label it " + relabel;
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(parameter); // the argument's own parameter is the likeliest meaning
    for (String name : names) {
      if (!name.equals(parameter)) {
        candidates.add(name);
      }
    }
    Optional<String> suggestion = Suggestions.closest(label, candidates);
    if (suggestion.isEmpty() || suggestion.get().equals(parameter)) {
      return "did you mean " + relabel + "?";
    }
    return "'" + label + "' looks like parameter " + (names.indexOf(suggestion.get()) + 1) + " '"
        + suggestion.get() + "': is the argument in the wrong place? If not, label it " + relabel;
  }
}
