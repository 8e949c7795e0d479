package io.contractcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import io.contractcheck.processor.report.ReportSettings;
import javax.tools.Diagnostic;

/**
 * ContractCheck's options, parsed once; problems become warnings, never failures. The processor
 * takes them as {@code -Acontractcheck.NAME=VALUE}, the javac plugin as
 * {@code -Xplugin:"ContractCheck NAME=VALUE ..."}.
 */
final class Options {
  /** How users write an option, so that messages show the spelling their build uses. */
  enum Syntax {
    PROCESSOR {
      @Override
      String name(String key) {
        return key;
      }

      @Override
      String spell(String key, String value) {
        return "-A" + name(key) + (value == null ? "" : "=" + value);
      }
    },
    PLUGIN {
      @Override
      String name(String key) {
        return key.substring(PREFIX.length());
      }

      @Override
      String spell(String key, String value) {
        return "-Xplugin:\"ContractCheck " + name(key) + (value == null ? "" : "=" + value) + "\"";
      }
    };

    /** The option's name as this syntax writes it: {@code contractcheck.scope} or {@code scope}. */
    abstract String name(String key);

    abstract String spell(String key, String value);
  }

  static final String PREFIX = "contractcheck.";
  static final String SCOPE = PREFIX + "scope";
  static final String REPLACED_CALLS = PREFIX + "replacedCalls";
  static final String LOCK_FILE = PREFIX + "lockFile";
  static final String UPDATE_LOCK = PREFIX + "updateLock";
  static final String FIX = PREFIX + "fix";
  static final String BASELINE = PREFIX + "baseline";
  static final String UPDATE_BASELINE = PREFIX + "updateBaseline";
  static final String SARIF = PREFIX + "sarif";
  static final String REPORT_ROOT = PREFIX + "reportRoot";
  static final String AUDIT_SEVERITY = PREFIX + "auditSeverity";

  /** Every option with its valid values, the default first; an empty list takes any path. */
  private static final Map<String, List<String>> VALID = new TreeMap<>(Map.of(
      SCOPE, List.of("contracts", "all"),
      REPLACED_CALLS, List.of("warning", "error"),
      LOCK_FILE, List.of(),
      UPDATE_LOCK, List.of("false", "true"),
      AUDIT_SEVERITY, List.of("error", "warning")));

  static {
    VALID.putAll(ReportOptions.VALID);
  }

  private final boolean auditAllCalls;
  private final Diagnostic.Kind replacedCallKind;
  private final String lockFile;
  private final boolean updateLock;
  private final List<String> problems;
  private final Syntax syntax;
  private final ReportSettings reports;
  private Diagnostic.Kind auditSeverity = Diagnostic.Kind.ERROR;

  private Options(boolean auditAllCalls, Diagnostic.Kind replacedCallKind, String lockFile,
      boolean updateLock, List<String> problems, Syntax syntax, ReportSettings reports) {
    this.syntax = syntax;
    this.reports = reports;
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
    return parse(processorOptions, Syntax.PROCESSOR);
  }

  /**
   * The javac plugin's arguments, {@code NAME=VALUE} each; an argument without {@code =} is an
   * option without a value.
   */
  static Options parsePluginArguments(String... arguments) {
    Map<String, String> options = new TreeMap<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      String name = equals < 0 ? argument : argument.substring(0, equals);
      options.put(PREFIX + name, equals < 0 ? null : argument.substring(equals + 1));
    }
    return parse(options, Syntax.PLUGIN);
  }

  static Options parse(Map<String, String> processorOptions, Syntax syntax) {
    List<String> problems = new ArrayList<>();
    Map<String, String> values = new TreeMap<>();
    for (Map.Entry<String, String> option : new TreeMap<>(processorOptions).entrySet()) {
      String key = option.getKey();
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      List<String> valid = VALID.get(key);
      if (valid == null) {
        problems.add(DiagnosticId.InvalidOption.tag() + "unknown option " + syntax.spell(key, null)
            + "; valid options are " + String.join(", ", validNames(syntax)));
      } else if (option.getValue() == null || option.getValue().isBlank()) {
        problems.add(DiagnosticId.InvalidOption.tag() + syntax.spell(key, null) + " needs a value"
            + (valid.isEmpty() ? ", a file path" : ": one of " + String.join(", ", valid)));
      } else if (!valid.isEmpty() && !valid.contains(option.getValue())) {
        problems.add(DiagnosticId.InvalidOption.tag() + syntax.spell(key, option.getValue())
            + " is not a valid value; use one of " + String.join(", ", valid)
            + " (using " + valid.get(0) + ")");
      } else {
        values.put(key, option.getValue());
      }
    }
    Options options = new Options(
        "all".equals(values.get(SCOPE)),
        "error".equals(values.get(REPLACED_CALLS)) ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING,
        values.get(LOCK_FILE),
        "true".equals(values.get(UPDATE_LOCK)),
        problems,
        syntax,
        ReportOptions.settings(values, syntax, problems));
    if ("warning".equals(values.get(AUDIT_SEVERITY))) {
      options.auditSeverity = Diagnostic.Kind.WARNING;
    }
    return options;
  }

  private static List<String> validNames(Syntax syntax) {
    List<String> names = new ArrayList<>();
    for (String key : VALID.keySet()) {
      names.add(syntax.name(key));
    }
    return names;
  }

  Syntax syntax() {
    return syntax;
  }

  /** The option as the user's build spells it, e.g. {@code -Acontractcheck.updateLock=true}. */
  String spell(String key, String value) {
    return syntax.spell(key, value);
  }

  /** {@code scope=all}: labels and swaps are checked at calls of every method with known names. */
  boolean auditAllCalls() {
    return auditAllCalls;
  }

  /** The kind of the findings of {@code scope=all} at calls of plain methods (not contracts). */
  Diagnostic.Kind auditSeverity() {
    return auditSeverity;
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

  /** The report files to write (fix patch, baseline, SARIF). */
  ReportSettings reports() {
    return reports;
  }

  /** Messages for options that were unknown or had invalid values, sorted by option name. */
  List<String> problems() {
    return problems;
  }
}
