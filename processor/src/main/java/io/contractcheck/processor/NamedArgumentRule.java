package io.contractcheck.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Check 3: where names are required, every argument must be named: by a label (here a bare
 * {@code /* name *&#47;} counts too), or by an expression whose name words include all of the
 * parameter's words. A literal-like argument passes unnamed only when no other parameter has its
 * type; {@code null} and boolean literals always need a label. A label on the first varargs
 * argument names them all.
 */
final class NamedArgumentRule {
  private NamedArgumentRule() {}

  static Optional<Violation> check(Call call, Argument argument, Types types) {
    if (call.namesRequiredBecause() == null || argument.hasLabel()) {
      return Optional.empty(); // labels are the label rule's business
    }
    String parameter = call.parameterName(argument);
    if (argument.labelledAs(parameter, true) || firstVarargsLabelled(call, argument)) {
      return Optional.empty();
    }
    List<String> parameterWords = NameWords.of(parameter);
    if (!parameterWords.isEmpty() && argument.nameWords().containsAll(new HashSet<>(parameterWords))) {
      return Optional.empty();
    }
    String why;
    switch (argument.shape()) {
      case NULL_OR_BOOLEAN:
        why = "null and boolean literals always need a label";
        break;
      case LITERAL_LIKE:
        int sameType = otherParameterWithSameType(call, argument.parameterIndex(), types);
        if (sameType < 0) {
          return Optional.empty();
        }
        why = "parameter " + (sameType + 1) + " '" + call.parameterNames().get(sameType)
            + "' has the same type, so the value alone does not say which one it is";
        break;
      default:
        why = "its name does not contain the words of '" + parameter + "'";
    }
    String argumentText = argument.text();
    // a label on the first varargs argument names them all
    Argument labelled = argument.varargsElement() ? firstVarargs(call) : argument;
    return Optional.of(new Violation(
        DiagnosticId.UnnamedArgument,
        "argument " + (argument.position() + 1) + " '" + argumentText + "' of " + call.callName()
            + " is not named, but " + call.namesRequiredBecause() + " requires named arguments for "
            + call.signature() + " (" + why + "); write /* " + parameter + "= */ " + argumentText
            + (argument.shape() == Argument.Shape.NAME || argument.shape() == Argument.Shape.OTHER
                ? ", or pass a variable named like '" + parameter + "'"
                : "")
            + namedCallHint(call),
        argument.tree()).withFix(ArgumentFixes.label(labelled, parameter)));
  }

  private static Argument firstVarargs(Call call) {
    for (Argument other : call.arguments()) {
      if (other.varargsElement()) {
        return other;
      }
    }
    throw new IllegalStateException("no varargs argument in " + call.callName());
  }

  /** {@code ; or use its named call FooCalls.create().userId(id).call()}, where it has one. */
  private static String namedCallHint(Call call) {
    ContractInfo contract = call.contract();
    if (contract == null || contract.namedCall().isEmpty()) {
      return "";
    }
    String reference = contract.namedCall();
    int hash = reference.indexOf('#');
    String calls = reference.substring(reference.lastIndexOf('.', hash) + 1, hash);
    boolean instance = contract.method().getKind() == ElementKind.METHOD
        && !contract.method().getModifiers().contains(Modifier.STATIC);
    StringBuilder b = new StringBuilder("; or use its named call ").append(calls).append('.')
        .append(reference.substring(hash + 1)).append(instance ? "(receiver)" : "()");
    List<Argument> arguments = call.arguments();
    boolean oneEach = arguments.size() == contract.parameterNames().size()
        && arguments.stream().noneMatch(Argument::varargsElement);
    for (int i = 0; i < contract.parameterNames().size(); i++) {
      b.append('.').append(contract.parameterNames().get(i)).append('(')
          .append(oneEach ? arguments.get(i).text() : "...").append(')');
    }
    return b.append(".call()").toString();
  }

  private static boolean firstVarargsLabelled(Call call, Argument argument) {
    if (!argument.varargsElement()) {
      return false;
    }
    for (Argument other : call.arguments()) {
      if (other.varargsElement()) {
        return other != argument && other.labelledAs(call.parameterName(other), true);
      }
    }
    return false;
  }

  private static int otherParameterWithSameType(Call call, int index, Types types) {
    List<TypeMirror> parameterTypes = call.parameterTypes();
    TypeMirror own = parameterTypes.get(index);
    for (int i = 0; i < parameterTypes.size(); i++) {
      if (i != index && types.isSameType(own, parameterTypes.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
