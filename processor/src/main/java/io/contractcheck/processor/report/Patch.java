package io.contractcheck.processor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixes of one compilation as one unified diff ({@code git diff} style: {@code a/} and
 * {@code b/} prefixes, paths relative to the report root, three lines of context). Edits that
 * overlap an earlier one in the same file are left out; their findings stay for the next build.
 */
final class Patch {
  private static final int CONTEXT = 3;

  /** Edits per file, by relative path (sorted: the patch is deterministic). */
  private final Map<String, FileEdits> files = new TreeMap<>();

  private static final class FileEdits {
    final SourceFile file;
    final List<Edit> edits = new ArrayList<>();

    FileEdits(SourceFile file) {
      this.file = file;
    }
  }

  /**
   * Adds the edits of one finding, all or none: none when any of them overlaps an edit already
   * taken (an identical edit counts as taken already).
   *
   * @return whether the finding's fix is in the patch
   */
  boolean add(SourceFile file, List<Edit> fix) {
    FileEdits taken = files.computeIfAbsent(file.path(), p -> new FileEdits(file));
    List<Edit> fresh = new ArrayList<>();
    for (Edit edit : fix) {
      if (taken.edits.contains(edit) || fresh.contains(edit)) {
        continue;
      }
      for (Edit other : taken.edits) {
        if (other.overlaps(edit)) {
          return false;
        }
      }
      if (edit.end() > file.text().length()) {
        return false;
      }
      fresh.add(edit);
    }
    taken.edits.addAll(fresh);
    return true;
  }

  boolean isEmpty() {
    return files.values().stream().allMatch(f -> f.edits.isEmpty());
  }

  /** The unified diff; empty when there is nothing to fix. */
  String render() {
    StringBuilder out = new StringBuilder();
    for (FileEdits f : files.values()) {
      if (!f.edits.isEmpty()) {
        renderFile(f.file, sorted(f.edits), out);
      }
    }
    return out.toString();
  }

  private static List<Edit> sorted(List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    return sorted;
  }

  /** Edits on overlapping or adjacent lines, which change one block of lines together. */
  private record Block(int firstLine, int lastLine, List<Edit> edits) {}

  private static void renderFile(SourceFile file, List<Edit> edits, StringBuilder out) {
    String text = file.text().toString();
    List<Integer> lineStarts = lineStarts(text);
    out.append("diff --git a/").append(file.path()).append(" b/").append(file.path()).append('\n')
        .append("--- a/").append(file.path()).append('\n')
        .append("+++ b/").append(file.path()).append('\n');
    List<Block> blocks = new ArrayList<>();
    for (Edit edit : edits) {
      int first = lineOf(lineStarts, edit.start());
      int last = lineOf(lineStarts, Math.max(edit.start(), edit.end() - 1));
      Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (previous != null && first <= previous.lastLine() + 1) {
        previous.edits().add(edit);
        blocks.set(blocks.size() - 1, new Block(previous.firstLine(),
            Math.max(last, previous.lastLine()), previous.edits()));
      } else {
        List<Edit> own = new ArrayList<>();
        own.add(edit);
        blocks.add(new Block(first, last, own));
      }
    }
    int lineDelta = 0;
    int i = 0;
    while (i < blocks.size()) {
      int j = i + 1; // a hunk: blocks whose context lines touch or overlap
      while (j < blocks.size() && blocks.get(j).firstLine() - blocks.get(j - 1).lastLine() <= 2 * CONTEXT + 1) {
        j++;
      }
      int from = Math.max(0, blocks.get(i).firstLine() - CONTEXT);
      int to = Math.min(lineStarts.size() - 1, blocks.get(j - 1).lastLine() + CONTEXT);
      StringBuilder body = new StringBuilder();
      int oldCount = 0;
      int newCount = 0;
      int line = from;
      for (int k = i; k < j; k++) {
        Block block = blocks.get(k);
        List<String> context = lines(text.substring(lineStarts.get(line), lineStarts.get(block.firstLine())));
        appendLines(body, ' ', context);
        int changedFrom = lineStarts.get(block.firstLine());
        int changedTo = lineEnd(text, lineStarts, block.lastLine());
        StringBuilder changed = new StringBuilder(text.substring(changedFrom, changedTo));
        for (int e = block.edits().size() - 1; e >= 0; e--) {
          Edit edit = block.edits().get(e);
          changed.replace(edit.start() - changedFrom, edit.end() - changedFrom, edit.replacement());
        }
        List<String> oldLines = lines(text.substring(changedFrom, changedTo));
        List<String> newLines = lines(changed.toString());
        appendLines(body, '-', oldLines);
        appendLines(body, '+', newLines);
        oldCount += context.size() + oldLines.size();
        newCount += context.size() + newLines.size();
        line = block.lastLine() + 1;
      }
      List<String> after = line > to ? List.of()
          : lines(text.substring(lineStarts.get(line), lineEnd(text, lineStarts, to)));
      appendLines(body, ' ', after);
      oldCount += after.size();
      newCount += after.size();
      out.append("@@ -").append(range(from + 1, oldCount)).append(" +")
          .append(range(from + 1 + lineDelta, newCount)).append(" @@\n").append(body);
      lineDelta += newCount - oldCount;
      i = j;
    }
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : (count == 0 ? start - 1 : start) + "," + count;
  }

  /** Lines with their line terminators; the last may have none. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static void appendLines(StringBuilder out, char prefix, List<String> lines) {
    for (String line : lines) {
      out.append(prefix).append(line);
      if (!line.endsWith("\n")) {
        out.append("\n\\ No newline at end of file\n");
      }
    }
  }

  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** The 0-based line of an offset. */
  private static int lineOf(List<Integer> lineStarts, int offset) {
    int low = 0;
    int high = lineStarts.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts.get(mid) <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** The offset after line {@code line}'s terminator (or the text's end). */
  private static int lineEnd(String text, List<Integer> lineStarts, int line) {
    return line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
  }
}
