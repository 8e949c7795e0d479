package io.contractcheck.processor;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The variables a call could pass, read from the trees around it: locals declared before it,
 * parameters of enclosing methods and lambdas, loop, catch and resource variables, and fields of
 * enclosing classes with their supertypes. Names are normalised as the swap check compares them.
 */
final class ScopeNames {
  private ScopeNames() {}

  /** @param staticFieldsOnly inside {@code this(...)}/{@code super(...)}: no instance fields yet */
  static Set<String> visible(TreePath path, Trees trees, Elements elements, boolean staticFieldsOnly) {
    Set<String> names = new HashSet<>();
    Tree child = path.getLeaf();
    for (TreePath p = path.getParentPath(); p != null; child = p.getLeaf(), p = p.getParentPath()) {
      Tree tree = p.getLeaf();
      if (tree instanceof BlockTree) {
        for (StatementTree statement : ((BlockTree) tree).getStatements()) {
          if (statement == child) {
            break;
          }
          addVariable(statement, names);
        }
      } else if (tree instanceof MethodTree) {
        ((MethodTree) tree).getParameters().forEach(v -> addVariable(v, names));
      } else if (tree instanceof LambdaExpressionTree) {
        ((LambdaExpressionTree) tree).getParameters().forEach(v -> addVariable(v, names));
      } else if (tree instanceof ForLoopTree) {
        ((ForLoopTree) tree).getInitializer().forEach(s -> addVariable(s, names));
      } else if (tree instanceof EnhancedForLoopTree) {
        addVariable(((EnhancedForLoopTree) tree).getVariable(), names);
      } else if (tree instanceof CatchTree) {
        addVariable(((CatchTree) tree).getParameter(), names);
      } else if (tree instanceof TryTree) {
        ((TryTree) tree).getResources().forEach(r -> addVariable(r, names));
      } else {
        Element element = trees.getElement(p);
        if (element instanceof TypeElement) {
          for (Element member : elements.getAllMembers((TypeElement) element)) {
            if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.ENUM_CONSTANT) {
              if (!staticFieldsOnly || member.getModifiers().contains(Modifier.STATIC)) {
                names.add(NameWords.normalized(member.getSimpleName()));
              }
            }
          }
          staticFieldsOnly = false; // an outer class's instance exists
        }
      }
    }
    return names;
  }

  private static void addVariable(Tree tree, Set<String> names) {
    if (tree instanceof VariableTree) {
      names.add(NameWords.normalized(((VariableTree) tree).getName()));
    }
  }
}
