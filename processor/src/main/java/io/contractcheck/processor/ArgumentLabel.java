package io.contractcheck.processor;

import java.util.Optional;

/**
 * A name written in a block comment right before an argument: {@code /* userContext= *&#47;} (a
 * label, checked against the parameter), {@code /* values...= *&#47;} (a varargs label) or
 * {@code /* userContext *&#47;} (a bare name, which only names an argument where names are
 * required).
 */
final class ArgumentLabel {

  private final String name;
  private final boolean varargs;
  private final boolean assignment;

  private ArgumentLabel(String name, boolean varargs, boolean assignment) {
    this.name = name;
    this.varargs = varargs;
    this.assignment = assignment;
  }

  /**
   * Reads the text between {@code /*} and {@code *&#47;}; empty if it is not a name. The shape is
   * {@code [*] name [...] [=]} with white space anywhere between; a name starts with a letter,
   * {@code _} or {@code $} and goes on with those or digits (Unicode letters and numbers count).
   * Parsed by hand: it runs for every comment before an argument of every checked call.
   */
  static Optional<ArgumentLabel> parse(String commentText) {
    int n = commentText.length();
    int i = 0;
    if (i < n && commentText.charAt(i) == '*') {
      i++;
    }
    i = skipWhitespace(commentText, i);
    int nameStart = i;
    if (i >= n || !isNameStart(commentText.codePointAt(i))) {
      return Optional.empty();
    }
    i += Character.charCount(commentText.codePointAt(i));
    while (i < n && isNamePart(commentText.codePointAt(i))) {
      i += Character.charCount(commentText.codePointAt(i));
    }
    String name = commentText.substring(nameStart, i);
    i = skipWhitespace(commentText, i);
    boolean varargs = commentText.startsWith("...", i);
    if (varargs) {
      i = skipWhitespace(commentText, i + 3);
    }
    boolean assignment = i < n && commentText.charAt(i) == '=';
    if (assignment) {
      i = skipWhitespace(commentText, i + 1);
    }
    return i == n ? Optional.of(new ArgumentLabel(name, varargs, assignment)) : Optional.empty();
  }

  /** Java regex {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static boolean isNameStart(int codePoint) {
    return Character.isLetter(codePoint) || codePoint == '_' || codePoint == '$';
  }

  private static boolean isNamePart(int codePoint) {
    if (isNameStart(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  String name() {
    return name;
  }

  /** Written {@code name...=}. */
  boolean varargs() {
    return varargs;
  }

  /** Written with {@code =}: a label that must match. Without it, only a name hint. */
  boolean isLabel() {
    return assignment;
  }

  @Override
  public String toString() {
    return "/* " + name + (varargs ? "..." : "") + (assignment ? "= */" : " */");
  }
}
