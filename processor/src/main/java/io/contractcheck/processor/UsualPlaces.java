package io.contractcheck.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * R23, audit mode: the other calls of a method in the same top-level class show where a value
 * goes, and this call puts it elsewhere. Values are compared by a <em>place key</em> ({@link
 * #key}): a variable's name, a field read as written, a constant, the class a constant is read
 * from, the method a call calls on its receiver, the class a {@code new} makes, the first word of a
 * string, the text of an operator expression. Two arguments of the call are reported as exchanged
 * when:
 *
 * <ul>
 *   <li>at least two other calls with the same receiver pass the first argument's value, and every
 *       one of them passes it to the parameter where this call passes the second;
 *   <li>the second argument's value is passed by other calls to the first one's parameter (one
 *       call is enough) and never to its own, and one of the two values has an identity of its
 *       own ({@link #identity}: not a variable): {@code new ScannerException("while scanning",
 *       reader.getMark(), "expected ...", startMark)} among calls that always pass {@code
 *       startMark} second and {@code reader.getMark()} fourth, and {@code new
 *       ScannerException(null, reader.getMark(), "...", null)} among calls that pass {@code null}
 *       as the context and its mark (snakeyaml);
 *   <li>or the second value is passed by none of them, the first has an identity, and three calls
 *       place it: {@code calendar.set(minutes, Calendar.MINUTE)} among six {@code
 *       calendar.set(Calendar.X, x)} (gson).
 * </ul>
 *
 * Not where one of those calls passes either value to the parameter this call passes it to, nor
 * where the parameters are named alike ({@code a}/{@code b}, {@code o1}/{@code o2}, {@code
 * setA}/{@code setB}: either order may be meant), nor for the ends of an ordered pair unless both
 * values are placed (a position ends one range and starts the next), nor where the other calls
 * pass one value to both (the parameters take values of one kind), nor for one getter of two
 * objects, nor for assertions, nor where the first value is a literal without words ({@code
 * null}, a number, a boolean, a character): such values are configuration, and {@code new
 * ImplicitTuple(true, false)} beside two {@code new ImplicitTuple(false, true)} is meant. An
 * argument named like one of the two parameters is left to the named check. The swap check's
 * exemptions for reversals announced by the code apply, and R9 by keys. Each of these comes
 * from a correct call in the measured libraries (docs/audit-mode.md, session 6).
 */
final class UsualPlaces {
  /** How many other calls must place a value at one parameter (three when its partner is new). */
  static final int CALLS = 2;

  private final Map<List<Call>, Map<String, Map<String, int[]>>> tables = new IdentityHashMap<>();
  private final Map<Call, String[]> keys = new IdentityHashMap<>();

  /**
   * The finding on {@code call}, or none.
   *
   * @param classCalls the calls of the same callee (or an overload with the same parameter
   *     names) in the same top-level class, {@code call} among them
   * @param sameMethodCalls those in the same method, for the rotated-names exemption
   */
  List<Violation> check(Call call, List<Call> classCalls, List<Call> sameMethodCalls,
      Types types) {
    if (classCalls.size() < CALLS + 1 || assertion(call)) {
      return List.of();
    }
    List<String> names = call.parameterNames();
    int fixed = names.size() - (call.callee().isVarArgs() ? 1 : 0);
    String[] mine = keysOf(call);
    Map<String, int[]> counts = table(classCalls).get(receiverKey(call));
    if (counts == null) {
      return List.of();
    }
    for (int i = 0; i < fixed; i++) {
      String key = mine[i];
      if (key == null || !informative(key)) {
        continue;
      }
      int[] places = others(counts, key, mine);
      int j = onlyPlace(places);
      if (j < 0 || j == i || j >= fixed || places[j] < CALLS) {
        continue;
      }
      String partnerKey = mine[j];
      if (partnerKey == null || partnerKey.equals(key)) {
        continue;
      }
      int[] partnerPlaces = others(counts, partnerKey, mine);
      // the partner goes to this value's parameter in some other call, and never stays where it is
      boolean twoSided = partnerPlaces[i] > 0 && partnerPlaces[j] == 0;
      boolean unseen = onlyPlace(partnerPlaces) == -1;
      if (!(twoSided ? identity(key) || identity(partnerKey)
          : unseen && identity(key) && places[j] >= CALLS + 1)) {
        continue;
      }
      Argument argument = SwappedArgumentRule.argumentAt(call, i);
      Argument partner = SwappedArgumentRule.argumentAt(call, j);
      if (argument == null || partner == null
          || alike(names.get(i), names.get(j))
          || (ArgumentOrder.orderedPair(names.get(i), names.get(j)) && !twoSided)
          || sharedPool(counts, mine, i, j) || oneGetter(key, partnerKey)
          || namedLike(argument, names.get(i)) || namedLike(partner, names.get(j))
          || namedLike(argument, names.get(j)) || namedLike(partner, names.get(i))
          || argument.hasLabel() || partner.hasLabel()
          // R1, both ways, with both types known
          || argument.type() == null || partner.type() == null
          || !SwapExemptions.exchangeCompiles(call, argument, j, partner, true, types)
          || call.context().negated()
          || call.context().announcesReversal()
          || ArgumentOrder.rotated(sameMethodCalls, i, j)
          || bothOrdersInMethod(call, i, j, sameMethodCalls, places[j])
          || SwapExemptions.announcedByReceiver(call, argument, partner)) {
        continue;
      }
      return List.of(violation(call, argument, key, partner, partnerKey, places[j],
          twoSided ? partnerPlaces[i] : 0, types));
    }
    return List.of();
  }

  private static Violation violation(Call call, Argument argument, String key, Argument partner,
      String partnerKey, int placed, int partnerPlaced, Types types) {
    List<String> names = call.parameterNames();
    String own = names.get(argument.parameterIndex());
    String other = names.get(partner.parameterIndex());
    String evidence = placed + " other calls of " + call.callName() + " in this class pass "
        + describe(key, argument) + " to parameter '" + other + "'"
        + (partnerPlaced > 0
            ? ", and " + partnerPlaced + " pass " + describe(partnerKey, partner)
                + " to parameter '" + own + "'"
            : "");
    return SwappedArgumentRule.exchangedPair(call, argument, partner, "look swapped: " + evidence,
        true, types);
  }

  /**
   * R9 by keys: the method passes the two values the other way round once, as often as this
   * call's way, and the rest of the class does not show the usual order twice more ({@code
   * merge(this, tree)} beside {@code merge(tree, this)}, commons-math3). Where it does, the tie
   * in one method is outweighed: snakeyaml's scanner passes {@code startMark} and {@code
   * reader.getMark()} one way in 31 calls, one of them in the method of a reversed one. Two calls
   * the other way round in the method make this one the lone reversed call, which is reported.
   *
   * @param placed the other calls of the class that pass this call's value at {@code i} to
   *     {@code j}
   */
  private boolean bothOrdersInMethod(Call call, int i, int j, List<Call> sameMethodCalls,
      int placed) {
    String[] mine = keysOf(call);
    int opposite = 0;
    for (Call sibling : sameMethodCalls) {
      String[] theirs = keysOf(sibling);
      if (sibling != call && theirs.length == mine.length && mine[i].equals(theirs[j])
          && mine[j].equals(theirs[i])) {
        opposite++;
      }
    }
    return opposite == 1 && placed - opposite < CALLS;
  }

  /**
   * Whether the callee is an assertion ({@code assertEquals}, {@code assertSame}...): tests often
   * pass the expected and the actual value in either order, and where most calls of a class have
   * them the wrong way round, the one call that has them right would be the one reported.
   */
  private static boolean assertion(Call call) {
    return call.callee().getSimpleName().toString().startsWith("assert");
  }

  /**
   * Whether the two values are one getter of two objects: {@code node.getStartMark()} and {@code
   * valueNode.getStartMark()} are marks of one kind, which snakeyaml passes as the context of
   * one error and the problem of the next.
   */
  private static boolean oneGetter(String key, String partnerKey) {
    return key.startsWith("m:") && partnerKey.startsWith("m:")
        && key.substring(key.lastIndexOf('.') + 1)
            .equals(partnerKey.substring(partnerKey.lastIndexOf('.') + 1));
  }

  /** How the message names a value by its key. */
  private static String describe(String key, Argument argument) {
    String rest = key.substring(2);
    switch (key.charAt(0)) {
      case 'm':
        return "the result of " + rest + "()";
      case 'n':
        return "a new " + rest;
      case 't':
        return "a constant of " + rest;
      case 's':
        return "a string starting \"" + rest + "\"";
      default:
        return "'" + argument.text().strip() + "'";
    }
  }

  /** For each parameter, how many calls other than the one whose keys are {@code mine} pass it. */
  private static int[] others(Map<String, int[]> counts, String key, String[] mine) {
    int[] all = counts.get(key);
    int[] places = all == null ? new int[mine.length] : all.clone();
    for (int p = 0; p < mine.length && p < places.length; p++) {
      if (key.equals(mine[p])) {
        places[p]--;
      }
    }
    return places;
  }

  /**
   * Whether one value goes to both parameters in the class's other calls: the two take values of
   * one kind, placed by meaning. joda-time's field types pass {@code DurationFieldType.days()}
   * as the unit of one and as the range of another; a row whose unit is a value seen only as a
   * range so far is not a mistake.
   */
  private static boolean sharedPool(Map<String, int[]> counts, String[] mine, int i, int j) {
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      int[] places = entry.getValue();
      String key = entry.getKey();
      if (places[i] - (key.equals(mine[i]) ? 1 : 0) > 0
          && places[j] - (key.equals(mine[j]) ? 1 : 0) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The one parameter the counted calls pass a value to; -1 for none, -2 for several. */
  private static int onlyPlace(int[] places) {
    int only = -1;
    for (int p = 0; p < places.length; p++) {
      if (places[p] > 0) {
        if (only >= 0) {
          return -2;
        }
        only = p;
      }
    }
    return only;
  }

  /** Receiver key → value key → calls per parameter, for one callee's calls in a class. */
  private Map<String, Map<String, int[]>> table(List<Call> classCalls) {
    return tables.computeIfAbsent(classCalls, calls -> {
      Map<String, Map<String, int[]>> table = new HashMap<>();
      for (Call c : calls) {
        String[] k = keysOf(c);
        Map<String, int[]> counts = table.computeIfAbsent(receiverKey(c), r -> new HashMap<>());
        for (int p = 0; p < k.length; p++) {
          if (k[p] != null) {
            counts.computeIfAbsent(k[p], x -> new int[k.length])[p]++;
          }
        }
      }
      return table;
    });
  }

  /** The keys of a call's arguments by parameter (null for varargs and keyless values). */
  private String[] keysOf(Call call) {
    return keys.computeIfAbsent(call, c -> {
      // one slot per parameter, so that overloads with the same parameter names (one of them
      // varargs) share a table; the varargs parameter's slot stays empty
      int fixed = c.parameterNames().size() - (c.callee().isVarArgs() ? 1 : 0);
      String[] k = new String[c.parameterNames().size()];
      for (Argument a : c.arguments()) {
        if (!a.varargsElement() && a.parameterIndex() >= 0 && a.parameterIndex() < fixed) {
          k[a.parameterIndex()] = key(a.tree(), c);
        }
      }
      return k;
    });
  }

  /**
   * The key of the call's receiver: calls are compared only with calls on a receiver of the same
   * key ({@code normalMap.put(key, value)} and {@code reverseMap.put(value, key)} are not).
   */
  private static String receiverKey(Call call) {
    Tree tree = call.context().callTree();
    if (tree instanceof MethodInvocationTree
        && ((MethodInvocationTree) tree).getMethodSelect() instanceof MemberSelectTree) {
      ExpressionTree receiver =
          ((MemberSelectTree) ((MethodInvocationTree) tree).getMethodSelect()).getExpression();
      String key = key(receiver, null);
      return key == null ? receiver.toString() : key;
    }
    return "";
  }

  /**
   * A value's place key; null for values that say nothing (lambdas, conditionals, {@code new}
   * arrays). The first letter tells the kind: {@code v} a variable or field as written, {@code k}
   * a constant named alone, {@code t} the class a constant is read from, {@code c} a class
   * literal, {@code m} a method called and its receiver as written ({@code reader.getMark}: the
   * same getter of two objects is two values), {@code n} a class made, {@code s} a string's first
   * word, {@code e} an expression's text, {@code l} a literal without words, {@code null}.
   *
   * @param call the call, to resolve a constant's class; null not to resolve
   */
  static String key(ExpressionTree tree, Call call) {
    tree = Expressions.uncast(tree);
    switch (tree.getKind()) {
      case IDENTIFIER: {
        String name = ((IdentifierTree) tree).getName().toString();
        return call != null && SwapPartner.staticFinalField(call.context().elementOf(tree))
            ? "k:" + name : "v:" + name;
      }
      case MEMBER_SELECT: {
        MemberSelectTree select = (MemberSelectTree) tree;
        if (select.getIdentifier().contentEquals("class")) {
          return "c:" + tree;
        }
        if (call != null) {
          Element qualifier = call.context().elementOf(select.getExpression());
          if (qualifier instanceof TypeElement) {
            return "t:" + select.getExpression();
          }
        }
        return "v:" + Expressions.withoutThis(tree.toString());
      }
      case METHOD_INVOCATION: {
        ExpressionTree select = ((MethodInvocationTree) tree).getMethodSelect();
        if (select instanceof IdentifierTree) {
          return "m:" + ((IdentifierTree) select).getName();
        }
        if (!(select instanceof MemberSelectTree)) {
          return null;
        }
        MemberSelectTree method = (MemberSelectTree) select;
        return "m:" + Expressions.withoutThis(method.getExpression().toString()) + "."
            + method.getIdentifier();
      }
      case NEW_CLASS:
        return "n:" + ((NewClassTree) tree).getIdentifier();
      case STRING_LITERAL:
        return "s:" + firstWord((String) ((LiteralTree) tree).getValue());
      case PLUS: {
        ExpressionTree left = (BinaryTree) tree;
        while (left instanceof BinaryTree && left.getKind() == Tree.Kind.PLUS) {
          left = Expressions.uncast(((BinaryTree) left).getLeftOperand());
        }
        return left.getKind() == Tree.Kind.STRING_LITERAL
            ? "s:" + firstWord((String) ((LiteralTree) left).getValue())
            : "e:" + tree;
      }
      case NULL_LITERAL:
        return "null";
      case BOOLEAN_LITERAL:
      case INT_LITERAL:
      case LONG_LITERAL:
      case FLOAT_LITERAL:
      case DOUBLE_LITERAL:
      case CHAR_LITERAL:
        return "l:" + tree;
      case UNARY_MINUS:
        return Expressions.uncast(((UnaryTree) tree).getExpression()) instanceof LiteralTree
            ? "l:" + tree
            : "e:" + tree;
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
      case CONDITIONAL_EXPRESSION:
      case NEW_ARRAY:
      case SWITCH_EXPRESSION:
        return null;
      default:
        return "e:" + tree;
    }
  }

  /**
   * Whether a key names a value with an identity of its own, the same wherever it is passed: a
   * constant, a class, a method's result, a new object, a string. Variables and expressions on
   * them are not: one position or one buffer is a source in one call and a destination in the
   * next ({@code arraycopy(elements, index, elements, index + 1, n)} beside {@code
   * arraycopy(elements, index + 1, elements, index, n)}, agrona), and the same state is the
   * update of one compare-and-set and the expected value of the next (guava's AbstractFuture).
   */
  private static boolean identity(String key) {
    return "ktcmns".indexOf(key.charAt(0)) >= 0 && key.charAt(1) == ':';
  }

  /** Whether a key carries words: not {@code null}, a number, a boolean or a character. */
  private static boolean informative(String key) {
    return !key.equals("null") && !key.startsWith("l:");
  }

  /** A string's leading letters, or the whole string where it starts with something else. */
  private static String firstWord(String value) {
    int end = 0;
    while (end < value.length() && Character.isLetter(value.charAt(end))) {
      end++;
    }
    return end == 0 ? value : value.substring(0, end);
  }

  /**
   * Parameters named alike, so either order may be meant: two names of one or two letters
   * ({@code a}/{@code b}, {@code x}/{@code y}), or names that differ only in their last
   * character ({@code o1}/{@code o2}, {@code setA}/{@code setB}).
   */
  static boolean alike(String a, String b) {
    if (a.length() <= 2 && b.length() <= 2) {
      return true;
    }
    return a.length() == b.length() && a.length() >= 2
        && a.regionMatches(0, b, 0, a.length() - 1);
  }

  /**
   * Whether the argument carries the parameter's name. Its own: the value is where it belongs.
   * The other one's: the named check (check 2) has judged the pair, with its own exemptions.
   */
  private static boolean namedLike(Argument argument, String parameter) {
    return argument.name() != null && NameWords.same(argument.name(), parameter);
  }
}
