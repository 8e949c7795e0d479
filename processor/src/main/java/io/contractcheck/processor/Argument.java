package io.contractcheck.processor;

import com.sun.source.tree.ExpressionTree;
import java.util.List;
import java.util.Set;
import javax.lang.model.type.TypeMirror;

/** One argument of a {@link Call}, as the rules see it. */
final class Argument {
  /** What kind of expression an argument is, for the named-arguments rule. */
  enum Shape {
    /** An identifier, field access or method call: it may carry a name. */
    NAME,
    /** A literal, lambda, method reference, {@code new}, class literal or enum constant. */
    LITERAL_LIKE,
    /** {@code null}, {@code true} or {@code false}: meaningless without a label. */
    NULL_OR_BOOLEAN,
    OTHER
  }

  private final ExpressionTree tree;
  private final String text;
  private final int position;
  private final int parameterIndex;
  private final boolean varargsElement;
  private final List<ArgumentLabel> labels;
  private final String name;
  private final Set<String> nameWords;
  private final Shape shape;
  private final TypeMirror type;
  private final String receiver;

  Argument(
      ExpressionTree tree,
      String text,
      int position,
      int parameterIndex,
      boolean varargsElement,
      List<ArgumentLabel> labels,
      String name,
      Set<String> nameWords,
      Shape shape,
      TypeMirror type,
      String receiver) {
    this.tree = tree;
    this.text = text;
    this.position = position;
    this.parameterIndex = parameterIndex;
    this.varargsElement = varargsElement;
    this.labels = List.copyOf(labels);
    this.name = name;
    this.nameWords = Set.copyOf(nameWords);
    this.shape = shape;
    this.type = type;
    this.receiver = receiver;
  }

  ExpressionTree tree() {
    return tree;
  }

  /** The argument as written, shortened for messages (computed only when a message is built). */
  String text() {
    return Signatures.argument(text);
  }

  /** 0-based position in the argument list. */
  int position() {
    return position;
  }

  /** The parameter this argument is passed to. */
  int parameterIndex() {
    return parameterIndex;
  }

  /** One of the arguments collected into a varargs array. */
  boolean varargsElement() {
    return varargsElement;
  }

  /** Block-comment names written right before the argument, in source order. */
  List<ArgumentLabel> labels() {
    return labels;
  }

  /**
   * The name the argument carries for the swap check: an identifier, the field of a field access,
   * or the property of a getter; null when it has none.
   */
  String name() {
    return name;
  }

  /** Lower-case words of every name in the expression ({@code currentUser.getId()}: current, user, id). */
  Set<String> nameWords() {
    return nameWords;
  }

  Shape shape() {
    return shape;
  }

  /** The erased type of the argument expression. */
  TypeMirror type() {
    return type;
  }

  /**
   * For a field read or a zero-argument getter on an explicit receiver other than {@code this}
   * ({@code range.lowerBound}, {@code pair.getLeft()}): the receiver as written; else null.
   */
  String receiver() {
    return receiver;
  }

  /** Whether a label with {@code =} is written on this argument. */
  boolean hasLabel() {
    for (ArgumentLabel label : labels) {
      if (label.isLabel()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a label (or, when {@code bareNamesCount}, a bare name) equals {@code parameter}. */
  boolean labelledAs(String parameter, boolean bareNamesCount) {
    for (ArgumentLabel label : labels) {
      if ((label.isLabel() || bareNamesCount) && label.name().equals(parameter)) {
        return true;
      }
    }
    return false;
  }
}
