package io.contractcheck.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The two ends of an ordered pair of parameters ({@code beginIndex}/{@code endIndex}, {@code
 * from}/{@code to}, {@code min}/{@code max}, {@code startInclusive}/{@code endExclusive}) get
 * their arguments the wrong way round, by a rule that needs no guess (docs/audit-mode.md):
 *
 * <ul>
 *   <li>R13, values: the source alone proves the low end gets the greater value. Integral
 *       parameters; the values are compared as constants, or as one side-effect-free expression
 *       plus constants ({@code s.substring(i + 1, i)}, {@code list.subList(5, 2)}). Equal values
 *       ({@code substring(i, i)}) are an empty range, not a mistake. For a range of positions
 *       whose low end is an index ({@code beginIndex}, or a length or size), the high end {@code
 *       0} is reversed too: {@code s.substring(len, 0)} is empty or throws.
 *   <li>R14, names: the arguments' own names are the two bounds of an ordered pair, crossed:
 *       {@code s.substring(end, start)}, {@code Duration.between(endTime, startTime)}. Not
 *       first/last or head/tail, which also name elements ({@code new Segment(lastPoint,
 *       firstPoint)} closes a polygon).
 *   <li>R15, roles: an offset and a length exchanged, both names crossing ({@code out.write(buf,
 *       len, start)}); see {@link #checkOffsetAndLength}.
 * </ul>
 *
 * Code that expects a failure (inside a lambda, a {@code try} with a {@code catch}, or a test
 * with an {@code expected} exception) and arguments labelled with their own parameter's name
 * are left alone, and so is every call the swap check's exemptions cover ({@link
 * SwapExemptions}: an announced reversal, a negated call, two different receivers...).
 */
final class ReversedEnds {
  /** Last words of names of positions in a sequence (R15). */
  private static final Set<String> POSITION_WORDS = Set.of(
      "off", "offset", "pos", "position", "start", "begin", "index", "idx");

  /** Position words that also name a distance: an offset back from somewhere (R15). */
  private static final Set<String> DISPLACEMENT_WORDS = Set.of("off", "offset");

  /** Last words of names of lengths (R15). */
  private static final Set<String> LENGTH_WORDS = Set.of(
      "len", "length", "count", "size");

  private ReversedEnds() {}

  /** A value as {@code base + offset}; {@code base} is null for a constant. */
  private record Linear(String base, long offset) {}

  /**
   * @param sameMethodCalls the calls of the same callee in the same enclosing method, and
   * @param classCalls those in the same top-level class, for the exemptions the swap check shares
   *     ({@link SwapExemptions})
   */
  static List<Violation> check(Call call, List<Call> sameMethodCalls, List<Call> classCalls,
      boolean audit, Types types) {
    List<Violation> violations = new ArrayList<>();
    List<String> names = call.parameterNames();
    List<TypeMirror> parameterTypes = call.parameterTypes();
    int fixed = names.size() - (call.callee().isVarArgs() ? 1 : 0);
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < fixed; i++) {
      if (ArgumentOrder.namesAnEnd(names.get(i))) {
        ends.add(i);
      }
    }
    for (int low : ends) {
      for (int high : ends) {
        if (high == low || !ArgumentOrder.lowEnd(names.get(low), names.get(high))
            || !types.isSameType(parameterTypes.get(low), parameterTypes.get(high))) {
          continue;
        }
        Argument lowArgument = SwappedArgumentRule.argumentAt(call, low);
        Argument highArgument = SwappedArgumentRule.argumentAt(call, high);
        if (lowArgument == null || highArgument == null
            || lowArgument.labelledAs(names.get(low), false)
            || highArgument.labelledAs(names.get(high), false)) {
          continue;
        }
        String why = integral(parameterTypes.get(low))
            ? reversedValues(call, names.get(low), names.get(high), lowArgument, highArgument)
            : null;
        if (why == null) {
          why = crossedNames(call, names.get(low), names.get(high), lowArgument, highArgument);
        }
        if (why == null || SwapExemptions.exempt(call, lowArgument, high, highArgument, true,
            false, true, sameMethodCalls, classCalls, audit, types)) {
          continue;
        }
        violations.add(wrongWayRound(call, lowArgument, highArgument, why, types));
      }
    }
    return violations;
  }

  /**
   * R15: an offset and a length exchanged. A parameter whose name ends in a position word ({@code
   * off}, {@code offset}, {@code pos}, {@code start}, {@code index}...) gets an argument whose
   * name ends in a length word ({@code len}, {@code length}, {@code count}, {@code size}), or that
   * is the distance from the value passed as the length ({@code pos - start} beside {@code
   * start}), and the length parameter beside it gets one whose name ends in a position word: {@code
   * out.write(buf, len, start)}, or the literal {@code 0}, a length that does nothing: {@code
   * hash(data, length, 0)}. Both sides must cross; one alone is common and correct ({@code new
   * String(bytes, 0, offset)}: the bytes read so far; {@code arraycopy(a, 0, b, length, n)}:
   * appending after what is there).
   */
  static List<Violation> checkOffsetAndLength(Call call, List<Call> sameMethodCalls,
      List<Call> classCalls, boolean audit, Types types) {
    List<Violation> violations = new ArrayList<>();
    List<String> names = call.parameterNames();
    List<TypeMirror> parameterTypes = call.parameterTypes();
    int fixed = names.size() - (call.callee().isVarArgs() ? 1 : 0);
    List<Integer> offsets = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    for (int i = 0; i < fixed; i++) {
      if (integral(parameterTypes.get(i))) {
        if (endsIn(names.get(i), POSITION_WORDS)) {
          offsets.add(i);
        } else if (endsIn(names.get(i), LENGTH_WORDS)) {
          lengths.add(i);
        }
      }
    }
    for (int offset : offsets) {
      for (int length : lengths) {
        if (!types.isSameType(parameterTypes.get(offset), parameterTypes.get(length))) {
          continue;
        }
        Argument atOffset = SwappedArgumentRule.argumentAt(call, offset);
        Argument atLength = SwappedArgumentRule.argumentAt(call, length);
        boolean zero = atLength != null && isZero(atLength.tree());
        boolean distance = atOffset != null && atLength != null && atLength.name() != null
            && distanceFrom(atOffset, atLength);
        if (atOffset == null || atLength == null
            || !(distance || (atOffset.name() != null && endsIn(atOffset.name(), LENGTH_WORDS)))
            || !(zero || (atLength.name() != null && endsIn(atLength.name(), POSITION_WORDS)))
            || atOffset.labelledAs(names.get(offset), false)
            || atLength.labelledAs(names.get(length), false)
            || call.context().expectsFailure()
            || SwapExemptions.exempt(call, atOffset, length, atLength, true, false,
                true, sameMethodCalls, classCalls, audit, types)) {
          continue;
        }
        String why = (distance
                ? "'" + atOffset.text().strip() + "' is a length (the distance from '"
                    + atLength.text().strip() + "') but is passed to parameter '"
                : "'" + atOffset.name() + "' names a length but is passed to parameter '")
            + names.get(offset) + "', and "
            + (zero ? "parameter '" + names.get(length) + "' gets 0"
                : "'" + atLength.name() + "' names a position but is passed to parameter '"
                    + names.get(length) + "'");
        violations.add(wrongWayRound(call, atOffset, atLength, why, types));
      }
    }
    return violations;
  }

  /** The finding on two arguments passed the wrong way round, at the first, with its fix. */
  private static Violation wrongWayRound(Call call, Argument a, Argument b, String why,
      Types types) {
    return SwappedArgumentRule.exchangedPair(call, a, b, "are the wrong way round: " + why, false,
        types);
  }

  /**
   * Whether {@code atOffset} is {@code x - b}, {@code b} being the argument passed as the length
   * (named as a position, the caller has checked): {@code cacheString(buf, cache, pos - start,
   * start)} passes the length of {@code [start, pos)} as the offset, and its start as the length.
   * Not when
   * {@code x} is a length ({@code arraycopy(dict, dict.length - pos, buf, 0, pos)} copies the last
   * {@code pos} elements, xz), nor when {@code b} is an offset, a word that also names a distance
   * ({@code arraycopy(buf, writeIndex - offset, buf, writeIndex, offset)} copies a back-reference,
   * commons-compress).
   */
  private static boolean distanceFrom(Argument atOffset, Argument atLength) {
    ExpressionTree tree = Expressions.unparenthesized(atOffset.tree());
    if (tree.getKind() != Tree.Kind.MINUS || endsIn(atLength.name(), DISPLACEMENT_WORDS)) {
      return false;
    }
    BinaryTree difference = (BinaryTree) tree;
    String minuend = ArgumentDescriber.name(difference.getLeftOperand());
    return (minuend == null || !endsIn(minuend, LENGTH_WORDS))
        && Expressions.unparenthesized(difference.getRightOperand()).toString()
            .equals(Expressions.unparenthesized(atLength.tree()).toString());
  }

  private static boolean isZero(ExpressionTree tree) {
    tree = Expressions.unparenthesized(tree);
    return tree.getKind() == Tree.Kind.INT_LITERAL
        && ((Number) ((LiteralTree) tree).getValue()).intValue() == 0;
  }

  private static boolean endsIn(String name, Set<String> words) {
    List<String> of = NameWords.of(name);
    return !of.isEmpty() && words.contains(of.get(of.size() - 1));
  }

  /** R13: why the values are provably reversed, or null. */
  private static String reversedValues(Call call, String lowName, String highName,
      Argument lowArgument, Argument highArgument) {
    CallContext context = call.context();
    Linear lowValue = linear(lowArgument.tree(), context);
    Linear highValue = linear(highArgument.tree(), context);
    if (lowValue == null || highValue == null) {
      return null;
    }
    String why = null;
    if (Objects.equals(lowValue.base(), highValue.base())
        && lowValue.offset() > highValue.offset()) {
      why = "parameter '" + lowName + "' gets a value greater than parameter '" + highName + "'"
          + (lowValue.base() == null ? "" : " (by " + (lowValue.offset() - highValue.offset()) + ")");
    } else if (lowValue.base() != null && highValue.base() == null && highValue.offset() <= 0
        && ArgumentOrder.positions(lowName, highName)
        && (NameWords.of(lowName).contains("index") || lengthOrSize(lowArgument.tree()))) {
      why = "parameter '" + highName + "' gets " + highValue.offset() + ", so the range from '"
          + lowArgument.text() + "' is empty or invalid";
    } else if (lowValue.base() != null && highValue.base() != null
        && lowValue.offset() == 0 && highValue.offset() == 0 && rangeEnds(lowName, highName)) {
      ExpressionTree guard = greaterBy(context, lowValue.base(), highValue.base());
      if (guard != null) {
        why = "the enclosing condition '" + guard + "' holds here, so parameter '" + lowName
            + "' gets a value greater than parameter '" + highName + "'";
      }
    }
    return why == null || context.expectsFailure() ? null : why;
  }

  /**
   * Whether the two names are the ends of a range and nothing else: begin/end or start/end
   * ({@code beginIndex}, {@code startPos}), or indices ({@code fromIndex}/{@code toIndex}). Not
   * plain from/to, which also name the source and the target of a move ({@code vmove(int from,
   * int to)} in commons-math3 moves a variable back when {@code i > next}).
   */
  private static boolean rangeEnds(String lowName, String highName) {
    List<String> low = NameWords.of(lowName);
    List<String> high = NameWords.of(highName);
    return ((low.contains("begin") || low.contains("start")) && high.contains("end"))
        || (low.contains("index") && high.contains("index"));
  }

  /**
   * An enclosing condition that says {@code greater > smaller} ({@code if (pos > start)}, {@code
   * while (start < pos)}) where the call runs, in a body that changes neither before the call, or
   * null.
   */
  private static ExpressionTree greaterBy(CallContext context, String greater, String smaller) {
    for (CallContext.Guard guard : context.guards()) {
      if (!(guard.condition() instanceof BinaryTree)) {
        continue;
      }
      BinaryTree b = (BinaryTree) guard.condition();
      String left = pure(Expressions.unparenthesized(b.getLeftOperand()));
      String right = pure(Expressions.unparenthesized(b.getRightOperand()));
      boolean says = (b.getKind() == Tree.Kind.GREATER_THAN && greater.equals(left)
              && smaller.equals(right))
          || (b.getKind() == Tree.Kind.LESS_THAN && smaller.equals(left)
              && greater.equals(right));
      // the body is scanned only for a condition that says it
      if (says && !context.changedBeforeCall(guard, greater)
          && !context.changedBeforeCall(guard, smaller)) {
        return b;
      }
    }
    return null;
  }

  /** R14: why the argument names cross the ends of the pair, or null. */
  private static String crossedNames(Call call, String lowName, String highName,
      Argument lowArgument, Argument highArgument) {
    String atLow = lowArgument.name();
    String atHigh = highArgument.name();
    if (atLow == null || atHigh == null || !ArgumentOrder.lowBound(atHigh, atLow)
        || call.context().expectsFailure()) {
      return null;
    }
    return "'" + atHigh + "' names the low end of the pair but is passed to parameter '"
        + highName + "', and '" + atLow + "' to parameter '" + lowName + "'";
  }

  /** {@code a.length}, {@code s.length()}, {@code c.size()}: never negative. */
  private static boolean lengthOrSize(ExpressionTree tree) {
    String form = pure(Expressions.unparenthesized(tree));
    return form != null && (form.endsWith(".length") || form.endsWith(".length()")
        || form.endsWith(".size()"));
  }

  static boolean integral(TypeMirror type) {
    TypeKind kind = type.getKind();
    return kind == TypeKind.INT || kind == TypeKind.LONG || kind == TypeKind.SHORT
        || kind == TypeKind.BYTE || kind == TypeKind.CHAR;
  }

  /** The value of {@code tree} as a base plus a constant, or null when the source cannot tell. */
  private static Linear linear(ExpressionTree tree, CallContext context) {
    tree = Expressions.unparenthesized(tree);
    Long constant = constant(tree, context);
    if (constant != null) {
      return new Linear(null, constant);
    }
    if (tree.getKind() == Tree.Kind.PLUS || tree.getKind() == Tree.Kind.MINUS) {
      BinaryTree binary = (BinaryTree) tree;
      Long right = constant(Expressions.unparenthesized(binary.getRightOperand()), context);
      Long left = constant(Expressions.unparenthesized(binary.getLeftOperand()), context);
      boolean minus = tree.getKind() == Tree.Kind.MINUS;
      if (right != null) {
        Linear base = linear(binary.getLeftOperand(), context);
        return base == null ? null : new Linear(base.base(), base.offset() + (minus ? -right : right));
      }
      if (left != null && !minus) {
        Linear base = linear(binary.getRightOperand(), context);
        return base == null ? null : new Linear(base.base(), base.offset() + left);
      }
      return null;
    }
    String base = pure(tree);
    return base == null ? null : new Linear(base, 0);
  }

  /** An integral literal, its negation, or a constant variable's value. */
  private static Long constant(ExpressionTree tree, CallContext context) {
    if (tree.getKind() == Tree.Kind.UNARY_MINUS) {
      Long value = constant(
          Expressions.unparenthesized(((UnaryTree) tree).getExpression()), context);
      return value == null ? null : -value;
    }
    if (tree.getKind() == Tree.Kind.INT_LITERAL || tree.getKind() == Tree.Kind.LONG_LITERAL) {
      return ((Number) ((LiteralTree) tree).getValue()).longValue();
    }
    if (tree.getKind() == Tree.Kind.CHAR_LITERAL) {
      return (long) (Character) ((LiteralTree) tree).getValue();
    }
    if (tree.getKind() == Tree.Kind.IDENTIFIER || tree.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element e = context.elementOf(tree);
      if (e instanceof VariableElement) {
        Object value = ((VariableElement) e).getConstantValue();
        if (value instanceof Integer || value instanceof Long || value instanceof Short
            || value instanceof Byte) {
          return ((Number) value).longValue();
        }
        if (value instanceof Character) {
          return (long) (Character) value;
        }
      }
    }
    return null;
  }

  /**
   * The source form of an expression that reads the same value twice in one argument list: a
   * variable, a field read, an array's {@code length}, or a {@code length()} or {@code size()}
   * call on one of those; null for anything else (a call may return a new value each time).
   */
  private static String pure(ExpressionTree tree) {
    if (tree instanceof IdentifierTree) {
      return ((IdentifierTree) tree).getName().toString();
    }
    if (tree instanceof MemberSelectTree) {
      String receiver = pure(((MemberSelectTree) tree).getExpression());
      return receiver == null ? null
          : receiver + "." + ((MemberSelectTree) tree).getIdentifier();
    }
    if (tree instanceof MethodInvocationTree) {
      MethodInvocationTree invocation = (MethodInvocationTree) tree;
      if (invocation.getArguments().isEmpty()
          && invocation.getMethodSelect() instanceof MemberSelectTree) {
        MemberSelectTree select = (MemberSelectTree) invocation.getMethodSelect();
        String name = select.getIdentifier().toString();
        if (name.equals("length") || name.equals("size")) {
          String receiver = pure(select.getExpression());
          return receiver == null ? null : receiver + "." + name + "()";
        }
      }
    }
    return null;
  }
}
