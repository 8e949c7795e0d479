package io.contractcheck.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;

/** Small helpers on expression trees shared by the swap check's rules. */
final class Expressions {
  private Expressions() {}

  /** The expression inside any number of parentheses: {@code ((x))} → {@code x}. */
  static ExpressionTree unparenthesized(ExpressionTree tree) {
    while (tree instanceof ParenthesizedTree) {
      tree = ((ParenthesizedTree) tree).getExpression();
    }
    return tree;
  }

  /** The expression inside any parentheses and casts: {@code ((int) (x))} → {@code x}. */
  static ExpressionTree uncast(ExpressionTree tree) {
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

  /** A text without a leading {@code this.}: {@code this.reader} → {@code reader}. */
  static String withoutThis(String text) {
    return text.startsWith("this.") ? text.substring("this.".length()) : text;
  }
}
