package io.contractcheck.bench.harness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One configuration at one size: the measured rounds summarised, and the diagnostics of every
 * round (warm-up included) so that a checker that reports anything is caught.
 */
record ConfigSummary(
    CompilerConfig config,
    Summary wallSeconds,
    Summary cpuSeconds,
    Summary otherLoadShare,
    Summary peakRssMib,
    Summary heapAfterGcMib,
    long maxErrors,
    long maxWarnings,
    long maxNotes,
    boolean allSucceeded,
    List<String> diagnosticSamples,
    Map<Integer, Double> wallSecondsByRound) {

  ConfigSummary {
    diagnosticSamples = List.copyOf(diagnosticSamples);
    wallSecondsByRound = Map.copyOf(wallSecondsByRound);
  }

  /** Summarises {@code runs} of {@code config}; warm-up rounds count only for diagnostics. */
  static ConfigSummary of(CompilerConfig config, List<RunRecord> runs) {
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<Double> otherLoad = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    List<Double> heap = new ArrayList<>();
    Map<Integer, Double> wallByRound = new HashMap<>();
    long errors = 0;
    long warnings = 0;
    long notes = 0;
    boolean succeeded = true;
    List<String> samples = List.of();
    for (RunRecord run : runs) {
      ChildReport report = run.report();
      errors = Math.max(errors, report.errors());
      warnings = Math.max(warnings, report.warnings());
      notes = Math.max(notes, report.notes());
      succeeded &= report.success();
      if (samples.isEmpty() && !run.diagnosticSamples().isEmpty()) {
        samples = run.diagnosticSamples();
      }
      if (!run.warmup()) {
        wall.add(Units.seconds(report.wallNanos()));
        wallByRound.put(run.round(), Units.seconds(report.wallNanos()));
        cpu.add(Units.seconds(report.cpuNanos()));
        otherLoad.add(otherLoadShare(report));
        rss.add(Units.mebibytesFromKibibytes(report.peakRssKib()));
        heap.add(Units.mebibytes(report.heapAfterGcBytes()));
      }
    }
    return new ConfigSummary(config, Summary.of(wall), Summary.of(cpu), Summary.of(otherLoad), Summary.of(rss), Summary.of(heap),
        errors, warnings, notes, succeeded, samples, wallByRound);
  }

  /**
   * The share of the machine's CPU capacity that other processes used during a compile: 0 on an
   * idle machine, 0.5 when they kept one of two cores busy.
   */
  static double otherLoadShare(ChildReport report) {
    if (report.otherCpuNanos() < 0 || report.wallNanos() <= 0) {
      return 0;
    }
    return report.otherCpuNanos() / ((double) report.wallNanos() * Runtime.getRuntime().availableProcessors());
  }

  long maxDiagnostics() {
    return maxErrors + maxWarnings + maxNotes;
  }

  /** e.g. {@code 0} or {@code 3 errors, 1 note}. */
  String diagnosticsText() {
    if (maxDiagnostics() == 0) {
      return "0";
    }
    List<String> parts = new ArrayList<>();
    if (maxErrors > 0) {
      parts.add(maxErrors + " error" + (maxErrors == 1 ? "" : "s"));
    }
    if (maxWarnings > 0) {
      parts.add(maxWarnings + " warning" + (maxWarnings == 1 ? "" : "s"));
    }
    if (maxNotes > 0) {
      parts.add(maxNotes + " note" + (maxNotes == 1 ? "" : "s"));
    }
    return String.join(", ", parts);
  }
}
