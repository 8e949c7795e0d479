package io.contractcheck.processor;

/**
 * A small Java lexer over raw source text, just enough to find separators and comments between
 * call arguments: it knows string, char and text-block literals, both comment styles and unicode
 * escapes ({@code \u002c} is a comma). Positions are raw offsets, as javac reports them.
 */
final class SourceLexer {
  /** What {@link #next()} found. */
  enum Token {
    BLOCK_COMMENT,
    LINE_COMMENT,
    LITERAL,
    WHITESPACE,
    /** Any other single character: punctuation, or one character of a word. */
    CHAR,
    END
  }

  private final CharSequence source;
  private final int end;
  private int pos;
  private char tokenChar;
  private final StringBuilder commentText = new StringBuilder();

  SourceLexer(CharSequence source, int start, int end) {
    this.source = source;
    this.pos = Math.max(0, start);
    this.end = Math.min(end, source.length());
  }

  /** Advances to the next token and returns its kind. */
  Token next() {
    if (pos >= end) {
      return Token.END;
    }
    char c = read();
    if (Character.isWhitespace(c)) {
      while (pos < end && Character.isWhitespace(peek())) {
        read();
      }
      return Token.WHITESPACE;
    }
    if (c == '/' && pos < end) {
      char second = peek();
      if (second == '*') {
        read();
        return blockComment();
      }
      if (second == '/') {
        read();
        commentText.setLength(0);
        while (pos < end && peek() != '\n' && peek() != '\r') {
          commentText.append(read());
        }
        return Token.LINE_COMMENT;
      }
    }
    if (c == '"') {
      return stringOrTextBlock();
    }
    if (c == '\'') {
      quoted('\'');
      return Token.LITERAL;
    }
    tokenChar = c;
    return Token.CHAR;
  }

  /** The offset just after the token {@link #next()} returned last. */
  int position() {
    return pos;
  }

  /** The character of a {@link Token#CHAR} token, after unicode-escape translation. */
  char tokenChar() {
    return tokenChar;
  }

  /**
   * The text of the current comment: between {@code /*} and its end for a
   * {@link Token#BLOCK_COMMENT}, after {@code //} for a {@link Token#LINE_COMMENT}.
   */
  String commentText() {
    return commentText.toString();
  }

  private Token blockComment() {
    commentText.setLength(0);
    while (pos < end) {
      char c = read();
      if (c == '*' && pos < end && peek() == '/') {
        read();
        return Token.BLOCK_COMMENT;
      }
      commentText.append(c);
    }
    return Token.BLOCK_COMMENT; // unterminated within the range: still a comment
  }

  private Token stringOrTextBlock() {
    if (pos + 1 < end && peek() == '"') {
      int save = pos;
      read();
      if (pos < end && peek() == '"') {
        read();
        textBlock();
        return Token.LITERAL;
      }
      pos = save; // it was the empty string ""
      read();
      return Token.LITERAL;
    }
    quoted('"');
    return Token.LITERAL;
  }

  private void quoted(char quote) {
    while (pos < end) {
      char c = read();
      if (c == '\\' && pos < end) {
        read();
      } else if (c == quote || c == '\n') {
        return;
      }
    }
  }

  private void textBlock() {
    int quotes = 0;
    while (pos < end) {
      char c = read();
      if (c == '\\' && pos < end) {
        read();
        quotes = 0;
      } else if (c == '"') {
        if (++quotes == 3) {
          return;
        }
      } else {
        quotes = 0;
      }
    }
  }

  private char peek() {
    int save = pos;
    char c = read();
    pos = save;
    return c;
  }

  /** Reads one character, translating a unicode escape that is not itself escaped. */
  private char read() {
    char c = source.charAt(pos);
    if (c == '\\' && pos + 1 < end && source.charAt(pos + 1) == 'u' && isUnicodeEscapeStart(pos)) {
      int i = pos + 1;
      while (i < end && source.charAt(i) == 'u') {
        i++;
      }
      if (i + 4 <= end) {
        try {
          char decoded = (char) Integer.parseInt(source.subSequence(i, i + 4).toString(), 16);
          pos = i + 4;
          return decoded;
        } catch (NumberFormatException malformed) {
          // not an escape after all; read the backslash as itself
        }
      }
    }
    pos++;
    return c;
  }

  /** A backslash starts a unicode escape when an even number of backslashes precede it. */
  private boolean isUnicodeEscapeStart(int backslash) {
    int count = 0;
    for (int i = backslash - 1; i >= 0 && source.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 0;
  }
}
