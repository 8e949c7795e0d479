package io.contractcheck.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;

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
}
