package io.contractcheck.bench.harness;

import io.contractcheck.bench.corpus.CorpusStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** All configurations measured on the corpus of one size. */
record SizeResult(int size, CorpusStats corpus, List<ConfigSummary> configs) {

  SizeResult {
    configs = List.copyOf(configs);
  }

  Optional<ConfigSummary> config(String id) {
    return configs.stream().filter(summary -> summary.config().id().equals(id)).findFirst();
  }

  ConfigSummary baseline() {
    return config(CompilerConfigs.JAVAC).orElseThrow();
  }

  double wallRatio(ConfigSummary summary) {
    return summary.wallSeconds().median() / baseline().wallSeconds().median();
  }

  /**
   * The median over rounds of this configuration's wall time divided by javac's in the same round:
   * adjacent compiles share the machine's drift, which a ratio of medians does not cancel. NaN when
   * no round has both.
   */
  double pairedWallRatio(ConfigSummary summary) {
    List<Double> ratios = new ArrayList<>();
    summary.wallSecondsByRound().forEach((round, seconds) -> {
      Double javac = baseline().wallSecondsByRound().get(round);
      if (javac != null && javac > 0) {
        ratios.add(seconds / javac);
      }
    });
    return ratios.isEmpty() ? Double.NaN : Summary.of(ratios).median();
  }

  double cpuRatio(ConfigSummary summary) {
    return summary.cpuSeconds().median() / baseline().cpuSeconds().median();
  }

  double rssRatio(ConfigSummary summary) {
    return summary.peakRssMib().median() / baseline().peakRssMib().median();
  }

  double heapAfterGcRatio(ConfigSummary summary) {
    return summary.heapAfterGcMib().median() / baseline().heapAfterGcMib().median();
  }

  /** Median wall-time overhead over plain javac per call site of the corpus, in microseconds. */
  double overheadMicrosPerCallSite(ConfigSummary summary) {
    double extraSeconds = summary.wallSeconds().median() - baseline().wallSeconds().median();
    return extraSeconds * 1e6 / corpus.callSites();
  }

  /** Plain javac's wall-time spread (max − min) per call site, in microseconds: the noise floor. */
  double baselineNoiseMicrosPerCallSite() {
    return baseline().wallSeconds().spread() * 1e6 / corpus.callSites();
  }
}
