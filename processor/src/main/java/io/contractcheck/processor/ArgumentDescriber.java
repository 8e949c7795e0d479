package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads a call's arguments: each one's labels from the source text, its parameter, and what the
 * expression says about itself (its name, its name words, its shape, its type).
 */
final class ArgumentDescriber {
  private final Trees trees;
  private final Types types;
  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private CharSequence source;

  ArgumentDescriber(Trees trees, Types types, CompilationUnitTree unit) {
    this.trees = trees;
    this.types = types;
    this.unit = unit;
    this.positions = trees.getSourcePositions();
  }

  /**
   * Describes every argument of a call, with its labels and its parameter (varargs elements all go
   * to the last one); false when an argument did not compile, whose errors are javac's.
   */
  boolean describeAll(
      ExecutableElement callee,
      List<? extends ExpressionTree> arguments,
      TreePath callPath,
      long firstArgumentFrom,
      List<Argument> into) {
    int parameterCount = callee.getParameters().size();
    boolean varargsForm = callee.isVarArgs() && !passesArray(callee, arguments, callPath);
    long from = firstArgumentFrom;
    for (int i = 0; i < arguments.size(); i++) {
      ExpressionTree argument = arguments.get(i);
      TypeMirror type = trees.getTypeMirror(new TreePath(callPath, argument));
      if (type == null || type.getKind() == TypeKind.ERROR) {
        return false;
      }
      long start = positions.getStartPosition(unit, argument);
      List<ArgumentLabel> labels =
          ArgumentLabels.before(source(), from, start, i == 0 ? '(' : ',');
      boolean varargsElement = varargsForm && i >= parameterCount - 1;
      long end = positions.getEndPosition(unit, argument);
      Supplier<String> text = () -> start >= 0 && end > start && end <= source().length()
          ? source().subSequence((int) start, (int) end).toString()
          : argument.toString();
      Argument.Span span = new Argument.Span(source(), (int) from, (int) start, (int) end, type);
      into.add(describe(argument, text, callPath, i,
          varargsElement ? parameterCount - 1 : i, varargsElement, labels,
          () -> types.erasure(type), span));
      from = end >= 0 ? end : start;
    }
    return true;
  }

  /** A varargs method called with exactly as many arguments, the last one an array (or null). */
  private boolean passesArray(
      ExecutableElement callee, List<? extends ExpressionTree> arguments, TreePath callPath) {
    int n = callee.getParameters().size();
    if (arguments.size() != n) {
      return false;
    }
    TypeMirror last = trees.getTypeMirror(new TreePath(callPath, arguments.get(n - 1)));
    return last != null && types.isAssignable(
        types.erasure(last), types.erasure(callee.getParameters().get(n - 1).asType()));
  }

  /** The compilation unit's text, read once and only when a call needs it. */
  CharSequence source() {
    if (source == null) {
      try {
        source = unit.getSourceFile().getCharContent(true);
      } catch (IOException | RuntimeException unreadable) {
        source = ""; // no text, no labels: checks that need none still run
      }
    }
    return source;
  }

  private Argument describe(
      ExpressionTree tree,
      Supplier<String> text,
      TreePath callPath,
      int position,
      int parameterIndex,
      boolean varargsElement,
      List<ArgumentLabel> labels,
      Supplier<TypeMirror> erasedType,
      Argument.Span span) {
    ExpressionTree inner = Expressions.uncast(tree);
    return new Argument(
        tree, text, position, parameterIndex, varargsElement, labels, nameOf(inner),
        () -> {
          Set<String> words = new LinkedHashSet<>();
          collectWords(inner, words);
          return words;
        },
        () -> shapeOf(inner, callPath), erasedType, () -> receiverOf(inner), span);
  }

  /**
   * The explicit receiver of a field read or zero-argument call, unless it is {@code this}; a
   * leading {@code this.} is dropped, so {@code this.reader} and {@code reader} are one receiver.
   */
  private static String receiverOf(ExpressionTree tree) {
    ExpressionTree select = tree;
    if (tree instanceof MethodInvocationTree) {
      if (!((MethodInvocationTree) tree).getArguments().isEmpty()) {
        return null;
      }
      select = ((MethodInvocationTree) tree).getMethodSelect();
    }
    if (!(select instanceof MemberSelectTree)) {
      return null;
    }
    String receiver = ((MemberSelectTree) select).getExpression().toString();
    return receiver.equals("this") ? null : Expressions.withoutThis(receiver);
  }

  /** The swap check's name of any expression, parentheses and casts aside; null if none. */
  static String name(ExpressionTree tree) {
    return nameOf(Expressions.uncast(tree));
  }

  /** The swap check's name: identifier, field name, or getter property. */
  private static String nameOf(ExpressionTree tree) {
    switch (tree.getKind()) {
      case IDENTIFIER:
        String name = ((IdentifierTree) tree).getName().toString();
        return name.equals("this") || name.equals("super") ? null : name;
      case MEMBER_SELECT:
        String field = ((MemberSelectTree) tree).getIdentifier().toString();
        return field.equals("class") || field.equals("this") ? null : field;
      case METHOD_INVOCATION:
        MethodInvocationTree call = (MethodInvocationTree) tree;
        String method = methodName(call);
        return call.getArguments().isEmpty() && method != null
            ? NameWords.withoutAccessorPrefix(method)
            : null;
      default:
        return null;
    }
  }

  private static String methodName(MethodInvocationTree call) {
    ExpressionTree select = call.getMethodSelect();
    if (select instanceof IdentifierTree) {
      return ((IdentifierTree) select).getName().toString();
    }
    if (select instanceof MemberSelectTree) {
      return ((MemberSelectTree) select).getIdentifier().toString();
    }
    return null;
  }

  /** Words of every name along the expression: {@code currentUser.getId()} → current, user, id. */
  private static void collectWords(ExpressionTree tree, Set<String> words) {
    tree = Expressions.uncast(tree);
    switch (tree.getKind()) {
      case IDENTIFIER:
        addWords(((IdentifierTree) tree).getName().toString(), words);
        break;
      case MEMBER_SELECT:
        MemberSelectTree select = (MemberSelectTree) tree;
        collectWords(select.getExpression(), words);
        addWords(select.getIdentifier().toString(), words);
        break;
      case METHOD_INVOCATION:
        MethodInvocationTree call = (MethodInvocationTree) tree;
        ExpressionTree methodSelect = call.getMethodSelect();
        if (methodSelect instanceof MemberSelectTree) {
          collectWords(((MemberSelectTree) methodSelect).getExpression(), words);
        }
        String method = methodName(call);
        if (method != null) {
          addWords(NameWords.withoutAccessorPrefix(method), words);
        }
        break;
      default:
        break;
    }
  }

  private static void addWords(String name, Set<String> words) {
    if (!name.equals("this") && !name.equals("super") && !name.equals("class")) {
      words.addAll(NameWords.of(name));
    }
  }

  private Argument.Shape shapeOf(ExpressionTree tree, TreePath callPath) {
    switch (tree.getKind()) {
      case NULL_LITERAL:
      case BOOLEAN_LITERAL:
        return Argument.Shape.NULL_OR_BOOLEAN;
      case INT_LITERAL:
      case LONG_LITERAL:
      case FLOAT_LITERAL:
      case DOUBLE_LITERAL:
      case CHAR_LITERAL:
      case STRING_LITERAL:
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
      case NEW_CLASS:
      case NEW_ARRAY:
        return Argument.Shape.LITERAL_LIKE;
      case UNARY_MINUS:
      case UNARY_PLUS:
        return shapeOf(Expressions.uncast(((UnaryTree) tree).getExpression()), callPath)
                == Argument.Shape.LITERAL_LIKE
            ? Argument.Shape.LITERAL_LIKE
            : Argument.Shape.OTHER;
      case MEMBER_SELECT:
        if (((MemberSelectTree) tree).getIdentifier().contentEquals("class")) {
          return Argument.Shape.LITERAL_LIKE;
        }
        return isEnumConstant(tree, callPath) ? Argument.Shape.LITERAL_LIKE : Argument.Shape.NAME;
      case IDENTIFIER:
        return isEnumConstant(tree, callPath) ? Argument.Shape.LITERAL_LIKE : Argument.Shape.NAME;
      case METHOD_INVOCATION:
        return Argument.Shape.NAME;
      default:
        return Argument.Shape.OTHER;
    }
  }

  private boolean isEnumConstant(Tree tree, TreePath callPath) {
    Element element = trees.getElement(new TreePath(callPath, tree));
    return element != null && element.getKind() == ElementKind.ENUM_CONSTANT;
  }
}
