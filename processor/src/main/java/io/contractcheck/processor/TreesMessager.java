package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The javac plugin's {@link Messager}: reports through {@link Trees#printMessage}, at the source
 * position of the element (or of its annotation or annotation value), exactly where the annotation
 * processor's messager would. javac 17 cannot print a plugin's message without a position, so
 * messages about no source element (an option, a class file) go to the start of the compilation
 * unit being compiled; those printed before javac has entered any unit wait for the first.
 */
final class TreesMessager implements Messager {
  private final Trees trees;
  private final List<Map.Entry<Diagnostic.Kind, String>> waiting = new ArrayList<>();
  private CompilationUnitTree current;

  TreesMessager(Trees trees) {
    this.trees = trees;
  }

  /** The unit javac is working on; messages without an element are reported at its start. */
  void at(CompilationUnitTree unit) {
    current = unit;
    if (unit != null && !waiting.isEmpty()) {
      List<Map.Entry<Diagnostic.Kind, String>> messages = new ArrayList<>(waiting);
      waiting.clear();
      for (Map.Entry<Diagnostic.Kind, String> message : messages) {
        printMessage(message.getKey(), message.getValue());
      }
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message) {
    if (current == null) {
      waiting.add(Map.entry(kind, message.toString()));
    } else {
      trees.printMessage(kind, message, current, current);
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
    print(kind, message, element == null ? null : trees.getPath(element));
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {
    print(kind, message, element == null ? null : trees.getPath(element, annotation));
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element,
      AnnotationMirror annotation, AnnotationValue value) {
    print(kind, message, element == null ? null : trees.getPath(element, annotation, value));
  }

  private void print(Diagnostic.Kind kind, CharSequence message, TreePath path) {
    if (path == null) {
      printMessage(kind, message);
    } else {
      trees.printMessage(kind, message, path.getLeaf(), path.getCompilationUnit());
    }
  }
}
