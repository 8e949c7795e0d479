package io.contractcheck.processor;

import com.sun.source.tree.ExpressionTree;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
  private final Supplier<String> text;
  private final int position;
  private final int parameterIndex;
  private final boolean varargsElement;
  private final List<ArgumentLabel> labels;
  private final String name;
  private final Supplier<Set<String>> nameWords;
  private final Supplier<Shape> shape;
  private final Supplier<TypeMirror> type;
  private final Supplier<String> receiver;
  private final Span span;

  /**
   * Where an argument is written, for fixes: the unit's text, the offset its labels are read from
   * (in or after the previous argument, or before the call's parenthesis), its own start and end,
   * and its exact (not erased) type.
   */
  record Span(CharSequence source, int from, int start, int end, TypeMirror exactType) {
    /** Whether the offsets are usable: javac knew them and they lie inside the text. */
    boolean known() {
      return from >= 0 && start >= from && end > start && end <= source.length();
    }
  }

  /**
   * @param text the argument as written, read from the source only when a message needs it
   * @param receiver see {@link #receiver()}; printed from the tree only when a rule asks
   */
  Argument(
      ExpressionTree tree,
      Supplier<String> text,
      int position,
      int parameterIndex,
      boolean varargsElement,
      List<ArgumentLabel> labels,
      String name,
      Supplier<Set<String>> nameWords,
      Supplier<Shape> shape,
      Supplier<TypeMirror> type,
      Supplier<String> receiver,
      Span span) {
    this.span = span;
    this.tree = tree;
    this.text = text;
    this.position = position;
    this.parameterIndex = parameterIndex;
    this.varargsElement = varargsElement;
    this.labels = labels;
    this.name = name;
    this.nameWords = Lazy.of(nameWords);
    this.shape = Lazy.of(shape);
    this.type = Lazy.of(type);
    this.receiver = receiver;
  }

  /** Where the argument is written; see {@link Span#known()}. */
  Span span() {
    return span;
  }

  ExpressionTree tree() {
    return tree;
  }

  /** The argument as written, shortened for messages (computed only when a message is built). */
  String text() {
    return Signatures.argument(text.get());
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
    return nameWords.get();
  }

  Shape shape() {
    return shape.get();
  }

  /** The erased type of the argument expression. */
  TypeMirror type() {
    return type.get();
  }

  /**
   * For a field read or a zero-argument getter on an explicit receiver other than {@code this}
   * ({@code range.lowerBound}, {@code pair.getLeft()}): the receiver as written; else null.
   */
  String receiver() {
    return receiver.get();
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
