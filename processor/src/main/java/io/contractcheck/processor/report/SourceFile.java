package io.contractcheck.processor.report;

import java.net.URI;
import java.util.Objects;

/**
 * A compiled source file: its path relative to the report root (with {@code /}), and the text javac
 * read, which fixes are computed against.
 */
public final class SourceFile {
  private final String path;
  private final URI uri;
  private final CharSequence text;

  SourceFile(String path, URI uri, CharSequence text) {
    this.path = path;
    this.uri = uri;
    this.text = text;
  }

  /** The path relative to the report root, e.g. {@code server/src/main/java/a/B.java}. */
  public String path() {
    return path;
  }

  URI uri() {
    return uri;
  }

  CharSequence text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceFile && ((SourceFile) other).path.equals(path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path);
  }

  @Override
  public String toString() {
    return path;
  }
}
