package io.contractcheck.processor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name written in a block comment right before an argument: {@code /* userContext= *&#47;} (a
 * label, checked against the parameter), {@code /* values...= *&#47;} (a varargs label) or
 * {@code /* userContext *&#47;} (a bare name, which only names an argument where names are
 * required).
 */
final class ArgumentLabel {
  private static final Pattern SHAPE =
      Pattern.compile("\\*?\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*(\\.\\.\\.)?\\s*(=)?\\s*", Pattern.DOTALL);

  private final String name;
  private final boolean varargs;
  private final boolean assignment;

  private ArgumentLabel(String name, boolean varargs, boolean assignment) {
    this.name = name;
    this.varargs = varargs;
    this.assignment = assignment;
  }

  /** Reads the text between {@code /*} and {@code *&#47;}; empty if it is not a name. */
  static Optional<ArgumentLabel> parse(String commentText) {
    Matcher m = SHAPE.matcher(commentText);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new ArgumentLabel(m.group(1), m.group(2) != null, m.group(3) != null));
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
