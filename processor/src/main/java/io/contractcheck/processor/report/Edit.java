package io.contractcheck.processor.report;

/**
 * One replacement in a source file's text: the characters {@code [start, end)} become
 * {@code replacement} (an insertion when {@code start == end}). Offsets count {@code char}s of the
 * text javac read.
 */
public record Edit(int start, int end, String replacement) {
  public Edit {
    if (start < 0 || end < start || replacement == null) {
      throw new IllegalArgumentException("bad edit [" + start + ", " + end + ")");
    }
  }

  /**
   * Whether two edits touch the same characters. An insertion conflicts with anything at or around
   * its point (two insertions at one point, or one at either end of a replaced range), so that the
   * order of applying them never matters.
   */
  boolean overlaps(Edit other) {
    if (start == end || other.start == other.end) {
      return start <= other.end && other.start <= end;
    }
    return start < other.end && other.start < end;
  }
}
