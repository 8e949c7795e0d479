package io.contractcheck.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generated corpus contains. {@code callSites} counts every method invocation and
 * constructor call in the source, {@code contractCallSites} those whose callee is a contract.
 */
public record CorpusStats(
    int classes,
    int packages,
    long sourceLines,
    long sourceBytes,
    long methods,
    long contractMembers,
    long callSites,
    long contractCallSites) {

  /** The file, next to {@code src/}, that records these numbers. */
  public static final String FILE_NAME = "corpus.properties";

  /** Writes the numbers as {@code key=value} lines in a fixed order (no timestamp). */
  void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    asMap().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Reads what {@link #write} wrote. */
  public static CorpusStats read(Path file) throws IOException {
    Map<String, Long> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        values.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1).trim()));
      }
    }
    return new CorpusStats(
        Math.toIntExact(required(values, "classes")),
        Math.toIntExact(required(values, "packages")),
        required(values, "sourceLines"),
        required(values, "sourceBytes"),
        required(values, "methods"),
        required(values, "contractMembers"),
        required(values, "callSites"),
        required(values, "contractCallSites"));
  }

  private Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("classes", classes);
    map.put("packages", packages);
    map.put("sourceLines", sourceLines);
    map.put("sourceBytes", sourceBytes);
    map.put("methods", methods);
    map.put("contractMembers", contractMembers);
    map.put("callSites", callSites);
    map.put("contractCallSites", contractCallSites);
    return map;
  }

  private static long required(Map<String, Long> values, String key) {
    Long value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("corpus stats lack '" + key + "'");
    }
    return value;
  }
}
