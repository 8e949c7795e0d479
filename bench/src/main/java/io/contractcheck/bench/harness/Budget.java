package io.contractcheck.bench.harness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The compile-time budget of issue 5, evaluated on the measured results:
 *
 * <ul>
 *   <li>at 2,000 classes, median wall time and median peak memory at most 5% over plain javac in
 *       the default scope, at most 10% with {@code scope=all}; memory is judged twice, as peak RSS
 *       (what the OS sees) and as the largest heap occupancy after a collection (live data);
 *   <li>the wall-time overhead per call site does not grow from the smallest to the largest size:
 *       at the largest it is at most 1.5× the smallest's (or 0 if that was negative) plus the noise
 *       floor, plain javac's own max−min spread per call site at the largest size;
 *   <li>ContractCheck reports nothing on the corpus (a correct checker has no finding) and every
 *       compile succeeds.
 * </ul>
 */
final class Budget {

  static final int BUDGET_SIZE = 2000;
  static final double DEFAULT_LIMIT = 1.05;
  static final double ALL_SCOPE_LIMIT = 1.10;
  static final double GROWTH_FACTOR = 1.5;

  private Budget() {}

  static List<Check> evaluate(List<SizeResult> results) {
    List<Check> checks = new ArrayList<>();
    overheadAt2000(results, CompilerConfigs.CONTRACTCHECK, "default scope", DEFAULT_LIMIT, checks);
    overheadAt2000(results, CompilerConfigs.CONTRACTCHECK_ALL, "scope=all", ALL_SCOPE_LIMIT, checks);
    perCallSiteGrowth(results, CompilerConfigs.CONTRACTCHECK, "default scope", checks);
    perCallSiteGrowth(results, CompilerConfigs.CONTRACTCHECK_ALL, "scope=all", checks);
    silence(results, CompilerConfigs.CONTRACTCHECK, "default scope", checks);
    silence(results, CompilerConfigs.CONTRACTCHECK_ALL, "scope=all", checks);
    return List.copyOf(checks);
  }

  static boolean anyFailed(List<Check> checks, Check.Category category) {
    return checks.stream().anyMatch(check -> check.category() == category && check.failed());
  }

  private static void overheadAt2000(List<SizeResult> results, String id, String scope, double limit, List<Check> checks) {
    String wallName = scope + ": median wall time at 2,000 classes vs javac";
    String pairedName = scope + ": median per-round wall ratio at 2,000 classes vs javac (paired)";
    String rssName = scope + ": median peak RSS at 2,000 classes vs javac";
    String heapName = scope + ": median max heap after GC at 2,000 classes vs javac";
    String limitText = "≤ " + Units.overhead(limit);
    Optional<SizeResult> result = results.stream().filter(r -> r.size() == BUDGET_SIZE).findFirst();
    Optional<ConfigSummary> summary = result.flatMap(r -> r.config(id));
    if (summary.isEmpty()) {
      String why = result.isEmpty() ? "2,000 classes not run" : id + " not run";
      checks.add(Check.notEvaluated(Check.Category.BUDGET, wallName, limitText, why));
      checks.add(Check.notEvaluated(Check.Category.BUDGET, pairedName, limitText, why));
      checks.add(Check.notEvaluated(Check.Category.BUDGET, rssName, limitText, why));
      checks.add(Check.notEvaluated(Check.Category.BUDGET, heapName, limitText, why));
      return;
    }
    double wall = result.get().wallRatio(summary.get());
    double rss = result.get().rssRatio(summary.get());
    checks.add(Check.of(Check.Category.BUDGET, wallName, Units.overhead(wall), limitText, wall <= limit));
    double paired = result.get().pairedWallRatio(summary.get());
    checks.add(Double.isNaN(paired)
        ? Check.notEvaluated(Check.Category.BUDGET, pairedName, limitText, "no round has both")
        : Check.of(Check.Category.BUDGET, pairedName, Units.overhead(paired), limitText,
            paired <= limit));
    checks.add(Check.of(Check.Category.BUDGET, rssName, Units.overhead(rss), limitText, rss <= limit));
    double heap = result.get().heapAfterGcRatio(summary.get());
    checks.add(Check.of(Check.Category.BUDGET, heapName, Units.overhead(heap), limitText, heap <= limit));
  }

  private static void perCallSiteGrowth(List<SizeResult> results, String id, String scope, List<Check> checks) {
    List<SizeResult> withConfig = results.stream()
        .filter(r -> r.config(id).isPresent())
        .sorted(Comparator.comparingInt(SizeResult::size))
        .toList();
    String name = scope + ": wall overhead per call site, smallest → largest size";
    String limit = "≤ " + GROWTH_FACTOR + "× smallest + javac noise";
    if (withConfig.size() < 2) {
      checks.add(Check.notEvaluated(Check.Category.BUDGET, name, limit, "needs two sizes"));
      return;
    }
    SizeResult small = withConfig.get(0);
    SizeResult large = withConfig.get(withConfig.size() - 1);
    double smallCost = small.overheadMicrosPerCallSite(small.config(id).orElseThrow());
    double largeCost = large.overheadMicrosPerCallSite(large.config(id).orElseThrow());
    double noise = large.baselineNoiseMicrosPerCallSite();
    double allowed = GROWTH_FACTOR * Math.max(smallCost, 0) + noise;
    String measured = Units.format2(smallCost) + " µs (" + small.size() + ") → " + Units.format2(largeCost)
        + " µs (" + large.size() + "); allowed " + Units.format2(allowed) + " µs";
    checks.add(Check.of(Check.Category.BUDGET, name, measured, limit, largeCost <= allowed));
  }

  private static void silence(List<SizeResult> results, String id, String scope, List<Check> checks) {
    String name = scope + ": diagnostics on the (correct) corpus, all sizes and rounds";
    List<ConfigSummary> summaries = results.stream().flatMap(r -> r.config(id).stream()).toList();
    if (summaries.isEmpty()) {
      checks.add(Check.notEvaluated(Check.Category.CORRECTNESS, name, "0, compile succeeds", id + " not run"));
      return;
    }
    long worst = summaries.stream().mapToLong(ConfigSummary::maxDiagnostics).max().orElse(0);
    boolean succeeded = summaries.stream().allMatch(ConfigSummary::allSucceeded);
    String measured = worst + (succeeded ? "" : ", a compile failed");
    checks.add(Check.of(Check.Category.CORRECTNESS, name, measured, "0, compile succeeds", worst == 0 && succeeded));
  }
}
