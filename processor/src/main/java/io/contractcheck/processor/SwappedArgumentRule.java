package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.util.Types;

/**
 * Check 2: an argument named exactly like a different parameter of the same call, and not like its
 * own, is swapped. Exact name equality only (case and underscores ignored); no fuzzy matching.
 */
final class SwappedArgumentRule {
  private SwappedArgumentRule() {}

  /**
   * The swapped arguments of {@code call}; a pair that was exchanged is reported once, at the first
   * of the two.
   *
   * @param sameMethodCalls the calls of the same callee in the same enclosing method, which may
   *     show that the order is reversed on purpose
   * @param classCalls the calls of the same callee (or an overload with the same parameter names)
   *     in the same top-level class, which may show the usual order (R22)
   */
  static List<Violation> check(
      Call call, List<Call> sameMethodCalls, List<Call> classCalls, boolean audit, Types types) {
    List<Violation> violations = new ArrayList<>();
    Set<Integer> reportedParameters = new HashSet<>();
    for (Argument argument : call.arguments()) {
      if (argument.name() == null
          || argument.varargsElement()
          || reportedParameters.contains(argument.parameterIndex())) {
        continue;
      }
      List<String> names = call.parameterNames();
      String own = names.get(argument.parameterIndex());
      String argumentName = NameWords.normalized(argument.name());
      if (argumentName.equals(NameWords.normalized(own)) || argument.labelledAs(own, false)) {
        continue;
      }
      int other = indexOfOtherParameter(call, argument, argumentName, audit, classCalls);
      if (other < 0) {
        continue;
      }
      Argument partner = argumentAt(call, other);
      // the partner named like this argument's parameter: exactly, or (audit, R11) by a name form
      boolean exchanged = partner != null && partner.name() != null
          && (NameWords.same(partner.name(), own)
              || (audit && SwapPartner.namedLike(partner.name(), own, argument.name())));
      boolean overridable = audit && !exchanged
          && SwapPartner.mayOverrideScope(call, argument, other, types);
      // audit, R10: a value without a name of its own where this argument's name belongs
      String literal = overridable && partner != null
          ? SwapPartner.literal(partner, argument, call.context()) : null;
      if (SwapExemptions.exempt(call, argument, other, partner, exchanged, literal != null, false,
          sameMethodCalls, classCalls, audit, types)) {
        continue;
      }
      String fix;
      // R22's evidence, for the message: the class's other calls in the usual order
      int usual = audit && !exchanged && literal == null
          ? SwapExemptions.usualCalls(call, argument, other, classCalls) : 0;
      List<io.contractcheck.processor.report.Edit> edits = List.of();
      if (exchanged || literal != null) {
        edits = ArgumentFixes.exchange(argument, partner, types);
        reportedParameters.add(other);
        fix = "arguments " + (argument.position() + 1) + " and " + (partner.position() + 1)
            + " look swapped" + (literal != null ? " (parameter '" + names.get(other)
                + "' gets " + literal + ")"
                : !NameWords.same(partner.name(), own) ? " ('" + partner.name() + "' names '" + own
                    + "')" : "")
            + "; exchange them, or label them /* " + own + "= */ and /* "
            + names.get(other) + "= */ if this is intended";
      } else if (call.context().hasVariableNamed(own)) {
        fix = "did you mean to pass '" + own + "'? If this is intended, label it /* " + own
            + "= */";
      } else if (usual >= SwapExemptions.USUAL_CALLS) {
        fix = usual + " other calls of " + call.callName() + " in this class pass '"
            + argument.name() + "' to parameter '" + names.get(other) + "'; pass the right value,"
            + " or label it /* " + own + "= */ if this is intended";
      } else {
        fix = "pass the right value, or label it /* " + own + "= */ if this is intended";
      }
      violations.add(new Violation(
          DiagnosticId.SwappedArguments,
          "argument " + (argument.position() + 1) + " '" + argument.text()
              + "' of " + call.callName() + " is passed to parameter '" + own
              + "' but is named like parameter " + (other + 1) + " '" + names.get(other)
              + "' in " + call.signature() + "; " + fix,
          argument.tree()).withFix(edits));
    }
    return violations;
  }

  private static int indexOfOtherParameter(Call call, Argument argument, String name,
      boolean audit, List<Call> classCalls) {
    List<String> names = call.parameterNames();
    boolean varargs = call.callee().isVarArgs();
    for (int i = 0; i < names.size(); i++) {
      if (i == argument.parameterIndex() || (varargs && i == names.size() - 1)) {
        continue;
      }
      if (!NameWords.normalized(names.get(i)).equals(name)) {
        continue;
      }
      // An audit of unannotated code skips one- and two-letter names (a, b, x, id) on either
      // side: too little meaning to call an order wrong. Except an exact exchange with a longer
      // name on one side (R21): mix32(hash, k) for mix32(int k, int hash); and an argument of
      // four letters or more that the class passes where it belongs (R22): mix32(hash, r0)
      // beside mix32(k, hash) twice.
      if (audit && (names.get(i).length() <= 2
          || names.get(argument.parameterIndex()).length() <= 2)
          && !exactExchangeWithALongName(call, argument, i)
          && !(names.get(i).length() >= 4
              && SwapExemptions.usualCalls(call, argument, i, classCalls)
                  >= SwapExemptions.USUAL_CALLS)) {
        continue;
      }
      return i;
    }
    return -1;
  }

  /**
   * R21: the argument carries exactly parameter {@code other}'s name, the argument passed to
   * {@code other} carries exactly this argument's parameter's name, and one of the two names has
   * four letters or more: {@code mix32(hash, k)} for {@code mix32(int k, int hash)}. Two short
   * names ({@code max(b, a)}, {@code distance(y, x)}) stay skipped.
   */
  private static boolean exactExchangeWithALongName(Call call, Argument argument, int other) {
    List<String> names = call.parameterNames();
    String own = names.get(argument.parameterIndex());
    Argument partner = argumentAt(call, other);
    return partner != null && partner.name() != null && !partner.varargsElement()
        && NameWords.same(argument.name(), names.get(other)) && NameWords.same(partner.name(), own)
        && Math.max(own.length(), names.get(other).length()) >= 4;
  }

  /**
   * The finding on two arguments to exchange, at the first of them, with the exchange as its fix:
   * "arguments 1 'a' and 2 'b' of f(...) {@code verdict} in {@code signature}; exchange them",
   * and the labels that keep the order where {@code offerLabels}.
   */
  static Violation exchangedPair(Call call, Argument a, Argument b, String verdict,
      boolean offerLabels, Types types) {
    Argument first = a.position() < b.position() ? a : b;
    Argument second = first == a ? b : a;
    return new Violation(
        DiagnosticId.SwappedArguments,
        "arguments " + (first.position() + 1) + " '" + first.text() + "' and "
            + (second.position() + 1) + " '" + second.text() + "' of " + call.callName() + " "
            + verdict + " in " + call.signature() + "; exchange them"
            + (offerLabels ? ", or label them /* " + call.parameterName(first) + "= */ and /* "
                + call.parameterName(second) + "= */ if this is intended" : ""),
        first.tree()).withFix(ArgumentFixes.exchange(first, second, types));
  }

  static Argument argumentAt(Call call, int parameterIndex) {
    for (Argument a : call.arguments()) {
      if (a.parameterIndex() == parameterIndex && !a.varargsElement()) {
        return a;
      }
    }
    return null;
  }

  static boolean sameName(Argument a, Argument b) {
    return a.name() != null && b.name() != null && NameWords.same(a.name(), b.name());
  }
}
