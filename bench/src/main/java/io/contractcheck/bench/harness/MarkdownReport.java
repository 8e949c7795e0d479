package io.contractcheck.bench.harness;

import io.contractcheck.bench.corpus.CorpusStats;
import java.util.List;

/** Renders the results as Markdown, ready to paste into docs/performance.md. */
final class MarkdownReport {

  private final StringBuilder out = new StringBuilder();

  private MarkdownReport() {}

  static String render(MachineInfo machine, String childJava, BenchOptions options, List<CompilerConfig> configs,
      List<SizeResult> results, List<Check> checks, int busyStarts) {
    MarkdownReport report = new MarkdownReport();
    report.setup(machine, childJava, options, configs, busyStarts);
    report.corpus(results);
    results.forEach(report::size);
    report.perCallSite(results, configs);
    report.budget(checks);
    report.diagnostics(results);
    return report.out.toString();
  }

  private void setup(MachineInfo machine, String childJava, BenchOptions options, List<CompilerConfig> configs,
      int busyStarts) {
    line("### Machine and method").blank();
    line("- Machine: " + machine.cpuModel() + ", " + machine.cores() + " cores, " + machine.memory()
        + " RAM, " + machine.operatingSystem() + ".");
    line("- JDK of the compiles: " + childJava + " (`" + options.javaExecutable() + "`).");
    line("- " + options.reps() + " measured round(s) per size, after " + options.warmup()
        + " discarded warm-up round(s) before the first size; in each round every configuration compiles once,"
        + " in an order rotated from round to round.");
    line("- Every compile runs in a fresh JVM (javax.tools in-process, default JVM flags) into a fresh output"
        + " directory, with `" + String.join(" ", ChildLauncher.COMMON_FLAGS) + "`.");
    line("- Wall and CPU time cover the compile call (CPU: all threads of the process, JIT and GC included);"
        + " peak RSS is the process's VmHWM (what the OS and a CI memory limit see, including heap the"
        + " collector reserved but did not need); max heap after GC is the largest heap occupancy right"
        + " after a collection, close to the peak of live data;"
        + " other load is the median share of the machine's CPU that other processes used meanwhile.");
    if (options.quietWaitSeconds() > 0) {
      line("- Before each compile the harness waited up to " + options.quietWaitSeconds()
          + " s for the machine to be idle; " + busyStarts + " compile(s) started on a busy machine.");
    }
    if (options.niceness() != 0) {
      line("- Each compile ran under `nice -n " + options.niceness() + "`"
          + (options.niceness() < 0 ? ", ahead of other work on the machine." : "."));
    }
    options.notes().forEach(note -> line("- " + note));
    if (options.namedCalls()) {
      line("- Corpus option `--named-calls`: every contract is `@Contract(..., namedCall = true)`, so the"
          + " processor generates a named call for each (the corpus still calls the contracts directly).");
    }
    line("- Corpus seed " + options.seed() + "; configurations: "
        + String.join(", ", configs.stream().map(c -> "`" + c.id() + "` = " + c.title()).toList()) + ".");
    blank();
  }

  private void corpus(List<SizeResult> results) {
    line("### Corpus").blank();
    line("| classes | packages | lines | methods | `@Contract` members | call sites | calls of contracts |");
    line("|---:|---:|---:|---:|---:|---:|---:|");
    for (SizeResult result : results) {
      CorpusStats c = result.corpus();
      line("| " + c.classes() + " | " + c.packages() + " | " + c.sourceLines() + " | " + c.methods() + " | "
          + c.contractMembers() + " | " + c.callSites() + " | " + c.contractCallSites() + " |");
    }
    blank();
  }

  private void size(SizeResult result) {
    line("### " + result.size() + " classes").blank();
    line("| configuration | wall s, median (min–max) | wall vs javac | CPU s, median (min–max) | CPU vs javac"
        + " | peak RSS MiB, median (min–max) | RSS vs javac | max heap after GC, MiB | vs javac | other load | diagnostics |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (ConfigSummary summary : result.configs()) {
      boolean baseline = summary.config().isBaseline();
      line("| " + summary.config().title()
          + " | " + summary.wallSeconds().format2()
          + " | " + (baseline ? "—" : Units.ratio(result.wallRatio(summary)))
          + " | " + summary.cpuSeconds().format2()
          + " | " + (baseline ? "—" : Units.ratio(result.cpuRatio(summary)))
          + " | " + summary.peakRssMib().format1()
          + " | " + (baseline ? "—" : Units.ratio(result.rssRatio(summary)))
          + " | " + summary.heapAfterGcMib().format1()
          + " | " + (baseline ? "—" : Units.ratio(result.heapAfterGcRatio(summary)))
          + " | " + Units.percent(summary.otherLoadShare().median())
          + " | " + summary.diagnosticsText() + (summary.allSucceeded() ? "" : " (compile failed)") + " |");
    }
    blank();
  }

  private void perCallSite(List<SizeResult> results, List<CompilerConfig> configs) {
    line("### Wall-time overhead per call site (µs, median vs javac)").blank();
    StringBuilder header = new StringBuilder("| configuration |");
    StringBuilder rule = new StringBuilder("|---|");
    for (SizeResult result : results) {
      header.append(' ').append(result.size()).append(" classes |");
      rule.append("---:|");
    }
    line(header.toString());
    line(rule.toString());
    for (CompilerConfig config : configs) {
      if (config.isBaseline()) {
        continue;
      }
      StringBuilder row = new StringBuilder("| " + config.title() + " |");
      for (SizeResult result : results) {
        row.append(' ').append(result.config(config.id())
            .map(summary -> Units.format2(result.overheadMicrosPerCallSite(summary)))
            .orElse("—")).append(" |");
      }
      line(row.toString());
    }
    StringBuilder noise = new StringBuilder("| javac noise (max − min) |");
    for (SizeResult result : results) {
      noise.append(' ').append(Units.format2(result.baselineNoiseMicrosPerCallSite())).append(" |");
    }
    line(noise.toString());
    blank();
  }

  private void budget(List<Check> checks) {
    line("### Budget and correctness").blank();
    line("| check | measured | limit | verdict |");
    line("|---|---|---|---|");
    for (Check check : checks) {
      String verdict = switch (check.verdict()) {
        case PASS -> "PASS";
        case FAIL -> "**FAIL**";
        case NOT_EVALUATED -> "not evaluated";
      };
      line("| " + check.name() + " | " + check.measured() + " | " + check.limit() + " | " + verdict + " |");
    }
    blank();
  }

  private void diagnostics(List<SizeResult> results) {
    boolean any = false;
    for (SizeResult result : results) {
      for (ConfigSummary summary : result.configs()) {
        if (summary.diagnosticSamples().isEmpty()) {
          continue;
        }
        if (!any) {
          line("### Diagnostics (first of each configuration and size)").blank();
          any = true;
        }
        line("- " + summary.config().id() + " at " + result.size() + " classes:");
        summary.diagnosticSamples().stream().limit(5).forEach(sample -> line("  - `" + sample.replace('`', '\'') + "`"));
      }
    }
    if (any) {
      blank();
    }
  }

  private MarkdownReport line(String text) {
    out.append(text).append('\n');
    return this;
  }

  private MarkdownReport blank() {
    out.append('\n');
    return this;
  }
}
