package io.contractcheck.processor;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/** Reads a call's surroundings from its tree path. */
final class CallPlace {
  private CallPlace() {}

  /** The variable a call's value is assigned to or initialises, or null. */
  static String receivingName(TreePath call) {
    TreePath parent = skipParentheses(call);
    if (parent == null) {
      return null;
    }
    Tree tree = parent.getLeaf();
    if (tree instanceof VariableTree) {
      return ((VariableTree) tree).getName().toString();
    }
    if (tree instanceof AssignmentTree) {
      Tree target = ((AssignmentTree) tree).getVariable();
      if (target instanceof IdentifierTree) {
        return ((IdentifierTree) target).getName().toString();
      }
      if (target instanceof MemberSelectTree) {
        return ((MemberSelectTree) target).getIdentifier().toString();
      }
    }
    return null;
  }

  /** Whether the call is the operand of unary minus, through parentheses. */
  static boolean negated(TreePath call) {
    TreePath parent = skipParentheses(call);
    return parent != null && parent.getLeaf().getKind() == Tree.Kind.UNARY_MINUS;
  }

  private static TreePath skipParentheses(TreePath path) {
    TreePath parent = path.getParentPath();
    while (parent != null && parent.getLeaf().getKind() == Tree.Kind.PARENTHESIZED) {
      parent = parent.getParentPath();
    }
    return parent;
  }

  /**
   * The superclass constructor that an anonymous class's generated constructor calls: the
   * constructor a {@code new Base(args) {...}} expression really invokes.
   */
  static Element superConstructorCall(TreePath anonymousBody, Trees trees) {
    ClassTree body = (ClassTree) anonymousBody.getLeaf();
    for (Tree member : body.getMembers()) {
      if (!(member instanceof MethodTree) || ((MethodTree) member).getBody() == null) {
        continue;
      }
      BlockTree block = ((MethodTree) member).getBody();
      for (StatementTree statement : block.getStatements()) {
        if (statement instanceof ExpressionStatementTree
            && ((ExpressionStatementTree) statement).getExpression()
                instanceof MethodInvocationTree) {
          TreePath path = new TreePath(new TreePath(new TreePath(new TreePath(
              anonymousBody, member), block), statement),
              ((ExpressionStatementTree) statement).getExpression());
          Element element = trees.getElement(path);
          if (element != null && element.getKind() == ElementKind.CONSTRUCTOR) {
            return element;
          }
        }
      }
    }
    return null;
  }
}
