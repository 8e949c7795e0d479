package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads argument labels from source text. Comments are not in javac's trees, so the text between
 * an argument and the separator before it is lexed: the {@code (} before the first argument, the
 * {@code ,} before any other. Only comments after that separator label the argument; a comment
 * after an argument, or a line comment, is not a label.
 */
final class ArgumentLabels {
  private ArgumentLabels() {}

  /**
   * The names in block comments between the last {@code separator} in {@code [from, to)} and
   * {@code to}, in source order; none when the range holds no separator. {@code from} must lie
   * before the separator: in or after the previous argument, or in the call before its opening
   * parenthesis.
   */
  static List<ArgumentLabel> before(CharSequence source, long from, long to, char separator) {
    List<ArgumentLabel> labels = new ArrayList<>(1);
    if (from < 0 || to <= from || to > source.length()) {
      return labels;
    }
    SourceLexer lexer = new SourceLexer(source, (int) from, (int) to);
    boolean separated = false;
    for (SourceLexer.Token t = lexer.next(); t != SourceLexer.Token.END; t = lexer.next()) {
      if (t == SourceLexer.Token.CHAR && lexer.tokenChar() == separator) {
        labels.clear();
        separated = true;
      } else if (t == SourceLexer.Token.BLOCK_COMMENT && separated) {
        ArgumentLabel.parse(lexer.commentText()).ifPresent(labels::add);
      }
    }
    return labels;
  }
}
