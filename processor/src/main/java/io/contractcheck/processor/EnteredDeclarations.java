package io.contractcheck.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * What the javac plugin has instead of processing rounds: the compilation units javac entered, and
 * from them the source types and the members annotated with {@code @Contract} or
 * {@code @CallsContract}, in source order. Only declarations are read (types and their members,
 * recursively); method bodies are the call-site scan's business.
 */
final class EnteredDeclarations {
  private final Trees trees;
  private final List<CompilationUnitTree> pending = new ArrayList<>();

  EnteredDeclarations(Trees trees) {
    this.trees = trees;
  }

  /** A unit javac has entered (its ENTER event finished). */
  void entered(CompilationUnitTree unit) {
    pending.add(unit);
  }

  boolean hasPending() {
    return !pending.isEmpty();
  }

  /**
   * Takes the units entered since the last call and records their top-level types and annotated
   * elements with {@code step}.
   *
   * @return whether there were source types
   */
  boolean drainInto(DeclarationStep step) {
    return drain(step, false);
  }

  /** Like {@link #drainInto}, for units entered after analysis began: see {@code recordLate}. */
  void drainLateInto(DeclarationStep step) {
    drain(step, true);
  }

  private boolean drain(DeclarationStep step, boolean late) {
    TypeElement[] annotations = step.annotationTypes();
    List<TypeElement> roots = new ArrayList<>();
    for (CompilationUnitTree unit : pending) {
      roots.addAll(topLevelTypes(unit, trees).keySet());
    }
    pending.clear();
    Set<Element> annotated = new LinkedHashSet<>();
    if (annotations.length > 0) {
      for (TypeElement root : roots) {
        collect(root, Set.of(annotations), annotated);
      }
    }
    if (late) {
      step.recordLate(roots, annotated);
      return !roots.isEmpty();
    }
    return step.record(roots, annotated);
  }

  /**
   * The classes, interfaces, enums and records declared at the top of {@code unit}, with their
   * paths, in source order. (Cheaper than {@code Trees.getPath}, which searches the whole unit.)
   */
  static Map<TypeElement, TreePath> topLevelTypes(CompilationUnitTree unit, Trees trees) {
    Map<TypeElement, TreePath> types = new LinkedHashMap<>();
    TreePath unitPath = new TreePath(unit);
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree) {
        TreePath path = new TreePath(unitPath, declaration);
        Element element = trees.getElement(path);
        if (element instanceof TypeElement) {
          types.put((TypeElement) element, path);
        }
      }
    }
    return types;
  }

  private static void collect(TypeElement type, Set<TypeElement> annotations, Set<Element> into) {
    addIfAnnotated(type, annotations, into);
    for (Element member : type.getEnclosedElements()) {
      ElementKind kind = member.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        addIfAnnotated(member, annotations, into);
      } else if (member instanceof TypeElement) {
        collect((TypeElement) member, annotations, into);
      }
    }
  }

  private static void addIfAnnotated(Element element, Set<TypeElement> annotations, Set<Element> into) {
    for (var mirror : element.getAnnotationMirrors()) {
      if (annotations.contains(mirror.getAnnotationType().asElement())) {
        into.add(element);
        return;
      }
    }
  }
}
