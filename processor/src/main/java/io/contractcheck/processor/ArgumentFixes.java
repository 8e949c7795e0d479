package io.contractcheck.processor;

import io.contractcheck.processor.report.Edit;
import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/**
 * The mechanical fixes of the argument checks, as edits of the source text. Each one touches only
 * a comment or the arguments' own text, so it cannot change what the call compiles to, except an
 * exchange, which is offered only for two arguments of the same type.
 */
final class ArgumentFixes {
  private ArgumentFixes() {}

  /** Replaces the label comment written {@code wrong} with {@code /* parameter= *&#47;}. */
  static List<Edit> relabel(Argument argument, ArgumentLabel wrong, String parameter) {
    Argument.Span span = argument.span();
    if (span == null || !span.known()) {
      return List.of();
    }
    SourceLexer lexer = new SourceLexer(span.source(), span.from(), span.start());
    Edit found = null;
    int tokenStart = lexer.position();
    for (SourceLexer.Token t = lexer.next(); t != SourceLexer.Token.END; t = lexer.next()) {
      if (t == SourceLexer.Token.BLOCK_COMMENT && found == null) {
        ArgumentLabel label = ArgumentLabel.parse(lexer.commentText()).orElse(null);
        if (label != null && label.isLabel() && label.name().equals(wrong.name())) {
          found = new Edit(tokenStart, lexer.position(),
              "/* " + parameter + (label.varargs() ? "..." : "") + "= */");
        }
      } else if (t == SourceLexer.Token.CHAR && (lexer.tokenChar() == ',' || lexer.tokenChar() == '(')) {
        found = null; // labels count only after the last separator
      }
      tokenStart = lexer.position();
    }
    return found == null ? List.of() : List.of(found);
  }

  /** Inserts {@code /* parameter= *&#47; } right before the argument. */
  static List<Edit> label(Argument argument, String parameter) {
    Argument.Span span = argument.span();
    if (span == null || !span.known()) {
      return List.of();
    }
    return List.of(new Edit(span.start(), span.start(), "/* " + parameter + "= */ "));
  }

  /**
   * Exchanges the texts of two arguments, or nothing when that might not compile or might call
   * another overload: only arguments of the same type, without labels of their own, are
   * exchanged.
   */
  static List<Edit> exchange(Argument a, Argument b, Types types) {
    Argument.Span x = a.span();
    Argument.Span y = b.span();
    if (x == null || y == null || !x.known() || !y.known() || x.source() != y.source()
        || !a.labels().isEmpty() || !b.labels().isEmpty()
        || x.exactType() == null || y.exactType() == null
        || x.exactType().getKind() == TypeKind.ERROR
        || !types.isSameType(x.exactType(), y.exactType())) {
      return List.of();
    }
    String first = x.source().subSequence(x.start(), x.end()).toString();
    String second = y.source().subSequence(y.start(), y.end()).toString();
    return List.of(new Edit(x.start(), x.end(), second), new Edit(y.start(), y.end(), first));
  }
}
