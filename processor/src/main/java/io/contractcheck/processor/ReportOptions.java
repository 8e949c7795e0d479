package io.contractcheck.processor;

import io.contractcheck.processor.report.ReportSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The options of the report stage, read into {@link ReportSettings}. */
final class ReportOptions {
  /** The report options with their valid values (an empty list takes any path). */
  static final Map<String, List<String>> VALID = Map.of(
      Options.FIX, List.of(),
      Options.BASELINE, List.of(),
      Options.UPDATE_BASELINE, List.of("false", "true"),
      Options.SARIF, List.of(),
      Options.REPORT_ROOT, List.of());

  private ReportOptions() {}

  static ReportSettings settings(
      Map<String, String> values, Options.Syntax syntax, List<String> problems) {
    Path baseline = path(values, Options.BASELINE, syntax, problems);
    boolean update = "true".equals(values.get(Options.UPDATE_BASELINE));
    if (update && baseline == null) {
      problems.add(DiagnosticId.InvalidOption.tag() + syntax.spell(Options.UPDATE_BASELINE, "true")
          + " needs " + syntax.spell(Options.BASELINE, "<path>") + " to say which file to write;"
          + " no baseline is written");
      update = false;
    }
    return new ReportSettings(path(values, Options.FIX, syntax, problems), baseline, update,
        path(values, Options.SARIF, syntax, problems),
        path(values, Options.REPORT_ROOT, syntax, problems));
  }

  private static Path path(
      Map<String, String> values, String key, Options.Syntax syntax, List<String> problems) {
    String value = values.get(key);
    if (value == null) {
      return null;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      problems.add(DiagnosticId.InvalidOption.tag() + syntax.spell(key, value)
          + " is not a valid path (" + e.getReason() + "); that report is not written");
      return null;
    }
  }
}
