package io.contractcheck.processor;

import com.sun.source.util.Trees;
import io.contractcheck.processor.report.Reports;
import io.contractcheck.processor.report.ReportSettings;

/** Starts the report stage for one compilation, when its options ask for a report. */
final class ReportStage {
  private ReportStage() {}

  /** The report stage, or null when no fix patch, baseline or SARIF log is asked for. */
  static Findings findings(Trees trees, Options options) {
    ReportSettings settings = options.reports();
    if (settings.fix() == null && settings.baseline() == null && settings.sarif() == null) {
      return null;
    }
    return new Findings(trees, new Reports(settings, RuleDescriptions.rules(),
        DiagnosticId.ReportFileProblem.tag(), DiagnosticId.ReportSummary.tag()));
  }

  /** For the message that says call sites are not checked: which report files are not written. */
  static String notWritten(Options options) {
    ReportSettings settings = options.reports();
    StringBuilder files = new StringBuilder();
    for (Object path : new Object[] {settings.fix(), settings.baseline(), settings.sarif()}) {
      if (path != null) {
        files.append(files.length() == 0 ? "" : ", ").append(path);
      }
    }
    return files.length() == 0 ? "" : "; no report is written either (" + files + ")";
  }
}
