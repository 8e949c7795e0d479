package io.contractcheck.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one child compile measured, as the single line it prints and the parent parses. Times
 * cover the compile call only (not JVM start-up); peak RSS covers the whole process.
 * {@code otherCpuNanos} is the CPU time other processes used meanwhile (-1 if unknown).
 */
record ChildReport(
    boolean success,
    long wallNanos,
    long cpuNanos,
    long otherCpuNanos,
    long peakRssKib,
    long heapAfterGcBytes,
    long errors,
    long warnings,
    long notes,
    String javaVersion) {

  static final String PREFIX = "contractcheck-bench-result ";
  static final String DIAGNOSTIC_PREFIX = "contractcheck-bench-diagnostic ";

  String toLine() {
    return PREFIX + "success=" + success + " wallNanos=" + wallNanos + " cpuNanos=" + cpuNanos
        + " otherCpuNanos=" + otherCpuNanos + " peakRssKib=" + peakRssKib + " heapAfterGcBytes=" + heapAfterGcBytes + " errors=" + errors
        + " warnings=" + warnings + " notes=" + notes + " java=" + javaVersion.replace(' ', '_');
  }

  static ChildReport parse(String line) {
    if (!line.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a result line: " + line);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String token : line.substring(PREFIX.length()).trim().split(" ")) {
      int equals = token.indexOf('=');
      if (equals > 0) {
        fields.put(token.substring(0, equals), token.substring(equals + 1));
      }
    }
    return new ChildReport(
        Boolean.parseBoolean(field(fields, "success")),
        Long.parseLong(field(fields, "wallNanos")),
        Long.parseLong(field(fields, "cpuNanos")),
        Long.parseLong(field(fields, "otherCpuNanos")),
        Long.parseLong(field(fields, "peakRssKib")),
        Long.parseLong(field(fields, "heapAfterGcBytes")),
        Long.parseLong(field(fields, "errors")),
        Long.parseLong(field(fields, "warnings")),
        Long.parseLong(field(fields, "notes")),
        field(fields, "java"));
  }

  long diagnostics() {
    return errors + warnings + notes;
  }

  private static String field(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("result line lacks '" + name + "'");
    }
    return value;
  }
}
