package io.contractcheck.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Contract} inside local and anonymous classes. Processing rounds never show those
 * classes, so they are found while call sites are scanned.
 */
final class LocalContracts {
  private LocalContracts() {}

  static List<Violation> check(ClassTree tree, TypeElement type, TreePath classPath, Trees trees) {
    List<Violation> found = new ArrayList<>();
    if (!ContractPlacement.isLocal(type)) {
      return found;
    }
    check(type, tree.getModifiers(), found);
    for (Tree member : tree.getMembers()) {
      if (member instanceof MethodTree) {
        Element method = trees.getElement(new TreePath(classPath, member));
        if (method != null) {
          check(method, ((MethodTree) member).getModifiers(), found);
        }
      }
    }
    return found;
  }

  private static void check(Element element, ModifiersTree modifiers, List<Violation> found) {
    if (ContractAnnotations.find(element, ContractAnnotations.CONTRACT).isEmpty()
        || Suppressions.suppressed(element, DiagnosticId.InvalidContract)) {
      return;
    }
    ContractPlacement.problem(element).ifPresent(problem -> {
      Tree at = modifiers;
      for (AnnotationTree annotation : modifiers.getAnnotations()) {
        String name = annotation.getAnnotationType().toString();
        if (name.equals("Contract") || name.equals(ContractAnnotations.CONTRACT)) {
          at = annotation;
        }
      }
      found.add(new Violation(DiagnosticId.InvalidContract, problem, at));
    });
  }
}
