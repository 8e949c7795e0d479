package io.contractcheck.processor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings a team has accepted for now. One line per finding, sorted, tab-separated:
 * file, enclosing member, id, callee, arguments. None of these is a line number, so a key
 * survives edits elsewhere in the file; white space inside the arguments is collapsed, so it
 * survives their reformatting too. Identical keys (the same call twice in one method) are counted.
 */
final class Baseline {
  static final int FORMAT = 1;
  static final String HEADER = "contractcheck-baseline " + FORMAT;

  /** The problem with a file that could not be read: corrupt, or written by a newer version. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  /** Remaining (not yet matched) count of each key. */
  private final Map<String, Integer> remaining = new TreeMap<>();
  /** The files each key is in, for "stale within this compilation" and for keeping other files. */
  private final Map<String, String> fileOfKey = new HashMap<>();

  static Baseline empty() {
    return new Baseline();
  }

  static Baseline read(Path file) throws IOException, Unreadable {
    Baseline baseline = new Baseline();
    if (!Files.exists(file)) {
      return baseline;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int first = 0;
    while (first < lines.size() && (lines.get(first).startsWith("#") || lines.get(first).isBlank())) {
      first++;
    }
    if (first == lines.size()) {
      throw new Unreadable("it has no '" + HEADER + "' line");
    }
    String header = lines.get(first);
    if (!header.startsWith("contractcheck-baseline ")) {
      throw new Unreadable("line " + (first + 1) + " should be '" + HEADER + "' but is '"
          + shorten(header) + "'");
    }
    int format;
    try {
      format = Integer.parseInt(header.substring("contractcheck-baseline ".length()).trim());
    } catch (NumberFormatException e) {
      throw new Unreadable("line " + (first + 1) + " has no format number: '" + shorten(header) + "'");
    }
    if (format > FORMAT) {
      throw new Unreadable("it is format " + format + ", written by a newer ContractCheck; this"
          + " one reads format " + FORMAT);
    }
    for (int i = first + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 5 || fields[0].isEmpty() || fields[2].isEmpty()) {
        throw new Unreadable("line " + (i + 1) + " is not five tab-separated fields (file, member,"
            + " id, callee, arguments): '" + shorten(line) + "'");
      }
      baseline.remaining.merge(line, 1, Integer::sum);
      baseline.fileOfKey.put(line, fields[0]);
    }
    return baseline;
  }

  /** The key of a finding: one baseline line. */
  static String key(Finding finding) {
    return escape(finding.location().file().path()) + '\t' + escape(finding.member()) + '\t'
        + escape(finding.id()) + '\t' + escape(finding.callee()) + '\t'
        + escape(String.join(", ", finding.arguments()));
  }

  /** Matches a finding: true (and used up) when the baseline records it. */
  boolean take(Finding finding) {
    String key = key(finding);
    Integer count = remaining.get(key);
    if (count == null) {
      return false;
    }
    if (count == 1) {
      remaining.remove(key);
    } else {
      remaining.put(key, count - 1);
    }
    return true;
  }

  /** Entries never matched, in files of this compilation. */
  int stale(Set<String> compiledFiles) {
    int stale = 0;
    for (Map.Entry<String, Integer> entry : remaining.entrySet()) {
      if (compiledFiles.contains(unescape(fileOfKey.get(entry.getKey())))) {
        stale += entry.getValue();
      }
    }
    return stale;
  }

  /**
   * The new file's lines: the findings of this compilation, and the entries of files this
   * compilation did not compile (another module's, or the tests' when the main code is compiled).
   */
  List<String> updated(List<Finding> findings, Set<String> compiledFiles) {
    List<String> lines = new ArrayList<>();
    for (Finding finding : findings) {
      lines.add(key(finding));
    }
    for (Map.Entry<String, Integer> entry : remaining.entrySet()) {
      if (!compiledFiles.contains(unescape(fileOfKey.get(entry.getKey())))) {
        for (int i = 0; i < entry.getValue(); i++) {
          lines.add(entry.getKey());
        }
      }
    }
    lines.sort(null);
    return lines;
  }

  static String render(List<String> lines) {
    StringBuilder out = new StringBuilder()
        .append("# ContractCheck baseline: findings accepted for now, reported as notes.\n")
        .append("# Written by updateBaseline=true. One finding a line, sorted; fields are file,\n")
        .append("# enclosing member, id, callee and arguments, separated by tabs.\n")
        .append(HEADER).append('\n');
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  static String escape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String field) {
    if (field == null || field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
