package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic;

/** The {@code -Acontractcheck.*} options, parsed once; problems become warnings, never failures. */
final class Options {
  static final String PREFIX = "contractcheck.";
  static final String SCOPE = PREFIX + "scope";
  static final String REPLACED_CALLS = PREFIX + "replacedCalls";
  static final String LOCK_FILE = PREFIX + "lockFile";
  static final String UPDATE_LOCK = PREFIX + "updateLock";

  /** Every option with its valid values, the default first; an empty list takes any path. */
  private static final Map<String, List<String>> VALID = new TreeMap<>(Map.of(
      SCOPE, List.of("contracts", "all"),
      REPLACED_CALLS, List.of("warning", "error"),
      LOCK_FILE, List.of(),
      UPDATE_LOCK, List.of("false", "true")));

  private final boolean auditAllCalls;
  private final Diagnostic.Kind replacedCallKind;
  private final String lockFile;
  private final boolean updateLock;
  private final List<String> problems;

  private Options(boolean auditAllCalls, Diagnostic.Kind replacedCallKind, String lockFile,
      boolean updateLock, List<String> problems) {
    this.auditAllCalls = auditAllCalls;
    this.replacedCallKind = replacedCallKind;
    this.lockFile = lockFile;
    this.updateLock = updateLock;
    this.problems = problems;
  }

  static Set<String> supported() {
    return VALID.keySet();
  }

  static Options parse(Map<String, String> processorOptions) {
    List<String> problems = new ArrayList<>();
    Map<String, String> values = new TreeMap<>();
    for (Map.Entry<String, String> option : new TreeMap<>(processorOptions).entrySet()) {
      String key = option.getKey();
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      List<String> valid = VALID.get(key);
      if (valid == null) {
        problems.add(DiagnosticId.InvalidOption.tag() + "unknown option -A" + key
            + "; valid options are " + String.join(", ", VALID.keySet()));
      } else if (option.getValue() == null || option.getValue().isBlank()) {
        problems.add(DiagnosticId.InvalidOption.tag() + "-A" + key + " needs a value"
            + (valid.isEmpty() ? ", a file path" : ": one of " + String.join(", ", valid)));
      } else if (!valid.isEmpty() && !valid.contains(option.getValue())) {
        problems.add(DiagnosticId.InvalidOption.tag() + "-A" + key + "=" + option.getValue()
            + " is not a valid value; use one of " + String.join(", ", valid)
            + " (using " + valid.get(0) + ")");
      } else {
        values.put(key, option.getValue());
      }
    }
    return new Options(
        "all".equals(values.get(SCOPE)),
        "error".equals(values.get(REPLACED_CALLS)) ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING,
        values.get(LOCK_FILE),
        "true".equals(values.get(UPDATE_LOCK)),
        problems);
  }

  /** {@code scope=all}: labels and swaps are checked at calls of every method with known names. */
  boolean auditAllCalls() {
    return auditAllCalls;
  }

  Diagnostic.Kind replacedCallKind() {
    return replacedCallKind;
  }

  /** The contract lock file to compare with (or to write), or null when none is set. */
  String lockFile() {
    return lockFile;
  }

  /** Rewrite the lock file instead of comparing with it. */
  boolean updateLock() {
    return updateLock;
  }

  /** Messages for options that were unknown or had invalid values, sorted by option name. */
  List<String> problems() {
    return problems;
  }
}
