package io.contractcheck.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/** Reads what an argument expression says about itself: its name, its name words, its shape. */
final class ArgumentDescriber {
  private final Trees trees;

  ArgumentDescriber(Trees trees) {
    this.trees = trees;
  }

  Argument describe(
      ExpressionTree tree,
      String text,
      TreePath callPath,
      int position,
      int parameterIndex,
      boolean varargsElement,
      List<ArgumentLabel> labels,
      TypeMirror erasedType) {
    ExpressionTree inner = unwrap(tree);
    Set<String> words = new LinkedHashSet<>();
    collectWords(inner, words);
    return new Argument(
        tree, text, position, parameterIndex, varargsElement, labels,
        nameOf(inner), words, shapeOf(inner, callPath), erasedType, receiverOf(inner));
  }

  /** The explicit receiver of a field read or zero-argument call, unless it is {@code this}. */
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
    return receiver.equals("this") ? null : receiver;
  }

  private static ExpressionTree unwrap(ExpressionTree tree) {
    while (true) {
      if (tree instanceof ParenthesizedTree) {
        tree = ((ParenthesizedTree) tree).getExpression();
      } else if (tree instanceof TypeCastTree) {
        tree = ((TypeCastTree) tree).getExpression();
      } else {
        return tree;
      }
    }
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
    tree = unwrap(tree);
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
        return shapeOf(unwrap(((UnaryTree) tree).getExpression()), callPath) == Argument.Shape.LITERAL_LIKE
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
