package io.contractcheck.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/**
 * What the argument passed to parameter Q says when another argument, passed to P, is named like Q
 * (docs/audit-mode.md, R10 and R11). Both rules only confirm a suspicion raised by the exact name
 * of the other argument; neither raises one.
 *
 * <ul>
 *   <li>R11, a name form: the partner is named like P after expanding a fixed list of
 *       abbreviations ({@code srcPos} and {@code sourcePos}), or one name's words end with all of
 *       the other's ({@code startCharPosition} for {@code charPosition}, {@code index} for
 *       {@code hashIndex}; at least three letters in common). The two arguments are then taken as
 *       exchanged.
 *   <li>R10, a literal: the partner is {@code null}, {@code true}, {@code false}, a string or char
 *       literal, or a constant ({@code static final} field or enum constant); a number when the
 *       other argument is read from another object ({@code arraycopy(a, a.length, b, 0, 0)}). A
 *       value that carries no name of its own sits where the other argument's name belongs.
 * </ul>
 */
final class SwapPartner {
  /** Abbreviations and their words; a fixed list, so a match is exact. */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("src", "source"), Map.entry("dst", "destination"),
      Map.entry("dest", "destination"), Map.entry("len", "length"),
      Map.entry("pos", "position"), Map.entry("idx", "index"), Map.entry("buf", "buffer"),
      Map.entry("str", "string"), Map.entry("msg", "message"), Map.entry("num", "number"),
      Map.entry("cnt", "count"), Map.entry("ctx", "context"), Map.entry("elem", "element"),
      Map.entry("val", "value"), Map.entry("char", "character"), Map.entry("arr", "array"),
      Map.entry("obj", "object"), Map.entry("prev", "previous"), Map.entry("cur", "current"),
      Map.entry("curr", "current"), Map.entry("delim", "delimiter"),
      Map.entry("sep", "separator"), Map.entry("attr", "attribute"),
      Map.entry("param", "parameter"), Map.entry("arg", "argument"));

  private SwapPartner() {}

  /**
   * R11: whether the partner's {@code name} names {@code parameter} exactly or by one of the forms
   * above. A form never counts when the partner has the suspect argument's own name ({@code
   * lookup(locale, locale)} passes one value twice; it exchanges nothing).
   */
  static boolean namedLike(String name, String parameter, String argumentName) {
    if (NameWords.same(name, parameter)) {
      return true;
    }
    if (NameWords.same(name, argumentName)) {
      return false;
    }
    List<String> a = expanded(name);
    List<String> b = expanded(parameter);
    return endsWith(a, b) || endsWith(b, a);
  }

  private static List<String> expanded(String name) {
    List<String> words = new ArrayList<>();
    for (String w : NameWords.of(name)) {
      words.add(ABBREVIATIONS.getOrDefault(w, w));
    }
    return words;
  }

  /**
   * Where R10 may report a one-sided finding that R3 would keep quiet: the two parameters
   * have the same declared type (an exchange that changes no types; {@code map.put(value, null)}
   * into {@code Map.put(K key, V value)} is a key that happens to be called value), and they are
   * not an ordered pair whose suspect argument is read from another object ({@code create(0,
   * range.lowerBound)} may well mean what it says).
   */
  static boolean mayOverrideScope(Call call, Argument argument, int other, Types types) {
    List<? extends VariableElement> parameters = call.callee().getParameters();
    return types.isSameType(parameters.get(argument.parameterIndex()).asType(),
            parameters.get(other).asType())
        && !(argument.receiver() != null && ArgumentOrder.orderedPair(
            call.parameterName(argument), call.parameterNames().get(other)));
  }

  /** Whether {@code words} ends with all of {@code suffix}, at least three letters of it. */
  private static boolean endsWith(List<String> words, List<String> suffix) {
    if (suffix.isEmpty() || suffix.size() > words.size()
        || String.join("", suffix).length() < 3) {
      return false;
    }
    return words.subList(words.size() - suffix.size(), words.size()).equals(suffix);
  }

  /** Whether the partner is a number literal, negated or not. */
  static boolean number(Argument partner) {
    return isNumber(unsigned(partner).getKind());
  }

  private static boolean isNumber(Tree.Kind kind) {
    return kind == Tree.Kind.INT_LITERAL || kind == Tree.Kind.LONG_LITERAL
        || kind == Tree.Kind.FLOAT_LITERAL || kind == Tree.Kind.DOUBLE_LITERAL;
  }

  /** The argument without parentheses and without a leading minus: {@code -1} reads as 1. */
  private static ExpressionTree unsigned(Argument argument) {
    ExpressionTree tree = Expressions.unparenthesized(argument.tree());
    return tree.getKind() == Tree.Kind.UNARY_MINUS ? ((UnaryTree) tree).getExpression() : tree;
  }

  /** Whether the partner is a literal or a constant: a value without a name of its own. */
  static boolean constant(Argument partner, CallContext context) {
    ExpressionTree tree = unsigned(partner);
    if (tree instanceof com.sun.source.tree.LiteralTree) {
      return true;
    }
    if (tree instanceof MemberSelectTree
        && ((MemberSelectTree) tree).getIdentifier().contentEquals("class")) {
      return true;
    }
    return namedConstant(tree, context);
  }

  /** An enum constant or a static final field, by its simple or qualified name. */
  private static boolean namedConstant(ExpressionTree tree, CallContext context) {
    if (tree.getKind() != Tree.Kind.IDENTIFIER && tree.getKind() != Tree.Kind.MEMBER_SELECT) {
      return false;
    }
    Element e = context.elementOf(tree);
    return e != null && (e.getKind() == ElementKind.ENUM_CONSTANT || staticFinalField(e));
  }

  /** Whether {@code e} is a static final field (not an enum constant, which javac kinds apart). */
  static boolean staticFinalField(Element e) {
    return e != null && e.getKind() == ElementKind.FIELD
        && e.getModifiers().contains(Modifier.STATIC) && e.getModifiers().contains(Modifier.FINAL);
  }

  /**
   * R10: how the partner reads when it is a value without a name of its own ({@code null}, a
   * boolean, string or char literal, a constant; a number only when the suspect argument is a
   * field or getter read from another object, {@code a.length}), for the message; null otherwise.
   * Asked only where {@link #mayOverrideScope} allows.
   *
   * @param argument the argument named like the partner's parameter
   */
  static String literal(Argument partner, Argument argument, CallContext context) {
    boolean read = argument.receiver() != null;
    ExpressionTree tree = unsigned(partner);
    Tree.Kind kind = tree.getKind();
    if (isNumber(kind)) {
      return read ? "the number '" + partner.text() + "'" : null;
    }
    if (kind == Tree.Kind.NULL_LITERAL || kind == Tree.Kind.BOOLEAN_LITERAL
        || kind == Tree.Kind.STRING_LITERAL || kind == Tree.Kind.CHAR_LITERAL) {
      return "the literal '" + partner.text() + "'";
    }
    if (!(kind == Tree.Kind.MEMBER_SELECT
            && ((MemberSelectTree) tree).getIdentifier().contentEquals("class"))
        && namedConstant(tree, context)) {
      return "the constant '" + partner.text() + "'";
    }
    return null;
  }
}
