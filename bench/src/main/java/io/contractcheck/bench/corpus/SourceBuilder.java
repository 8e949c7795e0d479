package io.contractcheck.bench.corpus;

/** Java source text with two-space indentation and '\n' line ends. */
final class SourceBuilder {

  private static final String INDENT = "  ";

  private final StringBuilder text = new StringBuilder();
  private int depth;

  SourceBuilder line(String content) {
    text.append(INDENT.repeat(depth)).append(content).append('\n');
    return this;
  }

  SourceBuilder blank() {
    text.append('\n');
    return this;
  }

  /** Writes {@code header + " {"} (a bare brace for an empty header) and indents what follows. */
  SourceBuilder open(String header) {
    line(header.isEmpty() ? "{" : header + " {");
    depth++;
    return this;
  }

  SourceBuilder close() {
    if (depth == 0) {
      throw new IllegalStateException("close() without a matching open()");
    }
    depth--;
    return line("}");
  }

  @Override
  public String toString() {
    if (depth != 0) {
      throw new IllegalStateException(depth + " block(s) left open");
    }
    return text.toString();
  }
}
