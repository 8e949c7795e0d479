package io.contractcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.reflect.Proxy;
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
 * processor's messager would. A message about no source element (an option, a class file, a
 * report file or summary) is printed without a position, as the processor's messager prints it:
 * javac writes {@code Note: ...} or {@code warning: ...} with no file, and an error still fails the
 * compilation. {@link Trees#printMessage} drops the position when the compilation unit it is given
 * has no source file (JDK 17 through 25), so such messages pass a stand-in unit without one, and
 * a tree of the unit being compiled as the (unused) position hint: javac needs some tree, so those
 * printed before javac has entered any unit wait for the first. Should that javac refuse the
 * stand-in, the message goes to the start of the unit being compiled, as it did before.
 */
final class TreesMessager implements Messager {
  /** A compilation unit without a source file: javac prints a message "at" it with no position. */
  private static final CompilationUnitTree NO_SOURCE = (CompilationUnitTree) Proxy.newProxyInstance(
      TreesMessager.class.getClassLoader(), new Class<?>[] {CompilationUnitTree.class},
      (proxy, method, args) -> switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        case "toString" -> "no source file";
        default -> null; // getSourceFile() and anything else: nothing
      });

  private final Trees trees;
  private boolean noSourceRefused;
  private final List<Map.Entry<Diagnostic.Kind, String>> waiting = new ArrayList<>();
  private CompilationUnitTree current;

  TreesMessager(Trees trees) {
    this.trees = trees;
  }

  /** The unit javac is working on: its tree is the position hint of messages without a position. */
  void at(CompilationUnitTree unit) {
    current = unit;
  }

  /**
   * Prints the messages that waited for a unit. Called on every task event but PARSE: javac
   * reports parse events while its log is set to the parsed file, and a message without a position
   * is attributed to that file in javac's diagnostic objects (its command line prints no file).
   */
  void flush() {
    if (current != null && !waiting.isEmpty()) {
      List<Map.Entry<Diagnostic.Kind, String>> messages = new ArrayList<>(waiting);
      waiting.clear();
      for (Map.Entry<Diagnostic.Kind, String> message : messages) {
        printMessage(message.getKey(), message.getValue());
      }
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message) {
    if (current == null || !waiting.isEmpty()) {
      waiting.add(Map.entry(kind, message.toString()));
      return;
    }
    if (!noSourceRefused) {
      try {
        trees.printMessage(kind, message, current, NO_SOURCE);
        return;
      } catch (RuntimeException refused) {
        // not javac's Trees as we know it: it failed before printing, at the stand-in unit
        noSourceRefused = true;
      }
    }
    trees.printMessage(kind, message, current, current);
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
