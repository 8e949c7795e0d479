package io.contractcheck.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * A declaration annotated {@code @CallsContract} while its body is scanned: which of its contracts
 * it requires named arguments for, and which it actually calls (to report stale entries).
 */
final class CallsContractScope {
  private final Element element;
  private final Set<String> ids;
  private final Set<String> called = new HashSet<>();
  private final ModifiersTree modifiers;

  CallsContractScope(Element element, List<String> ids, ModifiersTree modifiers) {
    this.element = element;
    this.ids = new LinkedHashSet<>(ids);
    this.modifiers = modifiers;
  }

  boolean lists(String id) {
    return ids.contains(id);
  }

  void called(String id) {
    called.add(id);
  }

  Element element() {
    return element;
  }

  /**
   * Warnings for listed contracts never called inside the declaration. Ids that name no contract
   * at all are left out: they are already errors.
   */
  List<Violation> staleEntries(ContractIndex index) {
    List<Violation> stale = new ArrayList<>();
    for (String id : ids) {
      if (called.contains(id) || index.byId(id).isEmpty()) {
        continue;
      }
      stale.add(new Violation(
          DiagnosticId.StaleCallsContract,
          "@CallsContract on " + element.getSimpleName() + " lists '" + id
              + "', but no call of that contract is inside it; remove the entry if the code no"
              + " longer depends on it",
          valueTree(id)));
    }
    return stale;
  }

  /** The string literal of {@code id} in the annotation, else the annotation itself. */
  private Tree valueTree(String id) {
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      if (!annotation.getAnnotationType().toString().endsWith("CallsContract")) {
        continue;
      }
      for (ExpressionTree argument : annotation.getArguments()) {
        ExpressionTree value =
            argument instanceof AssignmentTree ? ((AssignmentTree) argument).getExpression() : argument;
        List<? extends ExpressionTree> items =
            value instanceof NewArrayTree ? ((NewArrayTree) value).getInitializers() : List.of(value);
        for (ExpressionTree item : items) {
          if (item instanceof LiteralTree && id.equals(((LiteralTree) item).getValue())) {
            return item;
          }
        }
      }
      return annotation;
    }
    return modifiers;
  }
}
