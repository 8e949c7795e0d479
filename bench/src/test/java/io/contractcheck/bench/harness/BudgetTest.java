package io.contractcheck.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contractcheck.bench.corpus.CorpusStats;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetTest {

  private static final CompilerConfig JAVAC = new CompilerConfig(CompilerConfigs.JAVAC, "javac", List.of(), List.of(), false);
  private static final CompilerConfig DEFAULT =
      new CompilerConfig(CompilerConfigs.CONTRACTCHECK, "default", List.of(), List.of(), true);
  private static final CompilerConfig ALL =
      new CompilerConfig(CompilerConfigs.CONTRACTCHECK_ALL, "all", List.of(), List.of(), true);

  @Test
  void withinBudgetPasses() {
    List<Check> checks = Budget.evaluate(List.of(
        size(500, 10.0, 10.2, 10.5, 0),
        size(2000, 40.0, 41.6, 43.6, 0),
        size(5000, 100.0, 102.0, 105.0, 0)));

    assertEquals(Map.of(Check.Verdict.PASS, 12L), verdicts(checks));
  }

  @Test
  void pairingRoundsCancelsADriftThatTheRatioOfMediansSees() {
    // ContractCheck is 2% over javac's compile of the same round in rounds 0 and 2; in round 1 the
    // machine slowed down between javac's compile and ContractCheck's. Its median is 53% over
    // javac's; the median of its per-round ratios is 2%.
    SizeResult result = new SizeResult(2000, corpus(2000), List.of(
        summary(JAVAC, 20.0, 20.0, 30.0),
        summary(DEFAULT, 20.4, 20.4 * 1.5, 30.6),
        summary(ALL, 20.4, 20.4 * 1.5, 30.6)));

    List<Check> checks = Budget.evaluate(List.of(result));

    assertEquals(Check.Verdict.FAIL,
        verdict(checks, "default scope: median wall time at 2,000 classes vs javac"));
    assertEquals(Check.Verdict.PASS, verdict(checks,
        "default scope: median per-round wall ratio at 2,000 classes vs javac (paired)"));
    assertEquals(1.02, result.pairedWallRatio(result.config(CompilerConfigs.CONTRACTCHECK).orElseThrow()),
        1e-9);
  }

  private static CorpusStats corpus(int classes) {
    return new CorpusStats(classes, 3, classes * 150L, classes * 6000L, classes * 20L, classes * 3L,
        classes * 20L, classes * 2L);
  }

  /** One configuration's wall seconds in rounds 0, 1, 2. */
  private static ConfigSummary summary(CompilerConfig config, double... wallSecondsByRound) {
    List<RunRecord> runs = new ArrayList<>();
    for (int round = 0; round < wallSecondsByRound.length; round++) {
      long wall = (long) (wallSecondsByRound[round] * 1e9);
      ChildReport report = new ChildReport(true, wall, wall, 0, 512 * 1024, 256L << 20, 0, 0, 0, "17");
      runs.add(new RunRecord(2000, round, false, config.id(), report, List.of()));
    }
    return ConfigSummary.of(config, runs);
  }

  @Test
  void sixPercentAtTwoThousandFailsTheDefaultScopeOnly() {
    List<Check> checks = Budget.evaluate(List.of(size(500, 10.0, 10.2, 10.5, 0), size(2000, 40.0, 42.4, 43.6, 0)));

    assertEquals(Check.Verdict.FAIL, verdict(checks, "default scope: median wall time at 2,000 classes vs javac"));
    assertEquals(Check.Verdict.PASS, verdict(checks, "scope=all: median wall time at 2,000 classes vs javac"));
  }

  @Test
  void perCallSiteCostThatGrowsFails() {
    // 0.1 s over 10,000 call sites = 10 µs each at 500 classes; 50 s over 100,000 = 500 µs at 5,000.
    List<Check> checks = Budget.evaluate(List.of(size(500, 10.0, 10.1, 10.1, 0), size(5000, 100.0, 150.0, 150.0, 0)));

    assertEquals(Check.Verdict.FAIL, verdict(checks, "default scope: wall overhead per call site, smallest → largest size"));
  }

  @Test
  void anyDiagnosticOnTheCorpusFailsCorrectness() {
    List<Check> checks = Budget.evaluate(List.of(size(2000, 40.0, 40.0, 40.0, 1)));

    assertEquals(Check.Verdict.FAIL, verdict(checks, "default scope: diagnostics on the (correct) corpus, all sizes and rounds"));
    assertEquals(true, Budget.anyFailed(checks, Check.Category.CORRECTNESS));
  }

  @Test
  void budgetIsNotEvaluatedWithoutTwoThousandClasses() {
    List<Check> checks = Budget.evaluate(List.of(size(50, 1.0, 1.0, 1.0, 0)));

    assertEquals(Check.Verdict.NOT_EVALUATED, verdict(checks, "default scope: median wall time at 2,000 classes vs javac"));
    assertEquals(false, Budget.anyFailed(checks, Check.Category.BUDGET));
  }

  /** A size where every configuration measured the given wall seconds (and the same memory). */
  private static SizeResult size(int classes, double javac, double contractCheck, double all, long errors) {
    CorpusStats corpus = new CorpusStats(classes, 3, classes * 150L, classes * 6000L, classes * 20L, classes * 3L,
        classes * 20L, classes * 2L);
    return new SizeResult(classes, corpus, List.of(
        summary(JAVAC, javac, 0), summary(DEFAULT, contractCheck, errors), summary(ALL, all, errors)));
  }

  private static ConfigSummary summary(CompilerConfig config, double wallSeconds, long errors) {
    List<RunRecord> runs = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      long wall = (long) (wallSeconds * 1e9);
      ChildReport report = new ChildReport(errors == 0, wall, wall, 0, 512 * 1024, 256L << 20, errors, 0, 0, "17");
      runs.add(new RunRecord(2000, round, false, config.id(), report, List.of()));
    }
    return ConfigSummary.of(config, runs);
  }

  private static Check.Verdict verdict(List<Check> checks, String name) {
    return checks.stream().filter(check -> check.name().equals(name)).findFirst().orElseThrow().verdict();
  }

  private static Map<Check.Verdict, Long> verdicts(List<Check> checks) {
    Map<Check.Verdict, Long> counts = new EnumMap<>(Check.Verdict.class);
    checks.forEach(check -> counts.merge(check.verdict(), 1L, Long::sum));
    return counts;
  }
}
