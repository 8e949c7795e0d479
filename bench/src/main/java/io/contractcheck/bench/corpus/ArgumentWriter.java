package io.contractcheck.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes argument lists in which every name matches its parameter: a label {@code /* p= *&#47;}
 * always names its own parameter, and a variable passed as an argument is always named exactly
 * like its parameter. Calls of {@code requireNamedArguments} contracts name every argument.
 */
final class ArgumentWriter {

  private static final int MAX_NESTING = 1;

  private final Random random;
  private final NestedExpressions nested;

  ArgumentWriter(Random random, NestedExpressions nested) {
    this.random = random;
    this.nested = nested;
  }

  /** The comma-separated arguments for {@code parameters} of a callee of kind {@code callee}. */
  String arguments(List<Parameter> parameters, ContractKind callee, Locals locals, int depth) {
    List<String> arguments = new ArrayList<>(parameters.size());
    for (Parameter parameter : parameters) {
      arguments.add(argument(parameter, callee, locals, depth));
    }
    return String.join(", ", arguments);
  }

  /** One argument for {@code parameter}, chosen among the shapes allowed for {@code callee}. */
  String argument(Parameter parameter, ContractKind callee, Locals locals, int depth) {
    int roll = random.nextInt(100);
    if (callee == ContractKind.NAMED) {
      return roll < 50 ? variable(parameter, locals) : labelled(parameter, value(parameter, locals, depth));
    }
    if (roll < 25) {
      return variable(parameter, locals);
    }
    if (roll < 50) {
      return labelled(parameter, value(parameter, locals, depth));
    }
    return value(parameter, locals, depth);
  }

  /** {@code expression} labelled with its parameter's name. */
  static String labelled(Parameter parameter, String expression) {
    return labelled(parameter.name(), expression);
  }

  /** {@code expression} labelled with {@code parameterName}. */
  static String labelled(String parameterName, String expression) {
    return "/* " + parameterName + "= */ " + expression;
  }

  private String variable(Parameter parameter, Locals locals) {
    locals.declare(parameter, parameter.type().literal(random));
    return parameter.name();
  }

  /** A literal, or (not too deep) a nested call that yields the parameter's type. */
  private String value(Parameter parameter, Locals locals, int depth) {
    if (depth < MAX_NESTING && random.nextInt(100) < 35) {
      return nested.expression(parameter.type(), locals, depth + 1);
    }
    return parameter.type().literal(random);
  }
}
