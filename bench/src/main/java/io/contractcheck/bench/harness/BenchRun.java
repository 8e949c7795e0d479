package io.contractcheck.bench.harness;

import io.contractcheck.bench.corpus.CorpusGenerator;
import io.contractcheck.bench.corpus.CorpusStats;
import io.contractcheck.bench.util.Directories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the benchmark: per size, generates the corpus, then compiles it in rounds; each round runs
 * every configuration once, the order rotated by one each round, warm-up rounds first.
 */
final class BenchRun {

  private final BenchOptions options;
  private final List<CompilerConfig> configs;
  private final ChildLauncher launcher;
  private final Path work;
  private final QuietHost quietHost;
  private int busyStarts;
  private String childJava = "unknown";

  BenchRun(BenchOptions options) {
    this.options = options;
    this.configs = CompilerConfigs.select(options.configs(), options);
    this.launcher = new ChildLauncher(
        options.javaExecutable(), options.childJvmOptions(), options.annotationsPath(), options.niceness());
    this.work = options.workDirectory().toAbsolutePath().normalize();
    this.quietHost = new QuietHost(options.quietWaitSeconds());
  }

  /** The outcome: results per size and the checks evaluated on them. */
  record Outcome(List<SizeResult> results, List<Check> checks, String markdown) {}

  Outcome run() throws IOException, InterruptedException {
    Files.createDirectories(work.resolve("logs"));
    List<Check> canaries = runCanaries();
    List<SizeResult> results = new ArrayList<>();
    try (RunLog runLog = RunLog.create(work.resolve("runs.csv"))) {
      for (int size : options.sizes()) {
        results.add(runSize(size, runLog));
      }
    }
    List<Check> checks = new ArrayList<>(Budget.evaluate(results));
    checks.addAll(canaries);
    String markdown = MarkdownReport.render(MachineInfo.current(), childJava, options, configs, results, checks, busyStarts);
    Files.writeString(work.resolve("results.md"), markdown, StandardCharsets.UTF_8);
    return new Outcome(results, checks, markdown);
  }

  /** Compiles the {@link Canary} with each ContractCheck configuration: each must reject it. */
  private List<Check> runCanaries() throws IOException, InterruptedException {
    Path directory = work.resolve("canary");
    Directories.deleteRecursively(directory);
    Path sourceList = Canary.write(directory);
    List<Check> checks = new ArrayList<>();
    for (CompilerConfig config : configs) {
      if (!config.contractCheck()) {
        continue;
      }
      Path output = directory.resolve("classes-" + config.id());
      Files.createDirectories(output);
      Path log = work.resolve("logs").resolve("canary-" + config.id() + ".log");
      Files.deleteIfExists(log);
      ChildReport report = launcher.run(config, "canary-" + config.id(), sourceList, output, log).report();
      Check check = Canary.verdict(config, report);
      progress("[canary] " + config.id() + ": " + check.measured() + " -> " + check.verdict());
      checks.add(check);
    }
    return checks;
  }

  private SizeResult runSize(int size, RunLog runLog) throws IOException, InterruptedException {
    Path corpus = work.resolve("corpus-" + size);
    CorpusStats stats = CorpusGenerator.generate(size, options.seed(), corpus, options.namedCalls());
    progress("[" + size + "] corpus: " + stats.sourceLines() + " lines, " + stats.callSites() + " call sites, "
        + stats.contractCallSites() + " calls of contracts");
    Path sourceList = absoluteSourceList(corpus);
    Map<String, List<RunRecord>> runs = new LinkedHashMap<>();
    configs.forEach(config -> runs.put(config.id(), new ArrayList<>()));
    // Every compile is a fresh JVM, so only the OS caches (jars, JDK, sources) need warming: the
    // warm-up rounds run before the first size only; later corpora are fresh in the page cache.
    int warmupRounds = size == options.sizes().get(0) ? options.warmup() : 0;
    int rounds = warmupRounds + options.reps();
    for (int round = 0; round < rounds; round++) {
      boolean warmup = round < warmupRounds;
      for (CompilerConfig config : rotated(configs, round)) {
        RunRecord run = compileOnce(size, round, rounds, warmup, config, sourceList);
        runs.get(config.id()).add(run);
        runLog.append(run);
      }
    }
    List<ConfigSummary> summaries = new ArrayList<>();
    for (CompilerConfig config : configs) {
      summaries.add(ConfigSummary.of(config, runs.get(config.id())));
    }
    return new SizeResult(size, stats, summaries);
  }

  private RunRecord compileOnce(int size, int round, int rounds, boolean warmup, CompilerConfig config, Path sourceList)
      throws IOException, InterruptedException {
    String runName = size + "-" + config.id() + "-r" + round;
    Path output = work.resolve("classes").resolve(config.id());
    Directories.deleteRecursively(output);
    Files.createDirectories(output);
    Path log = work.resolve("logs").resolve(size + "-" + config.id() + ".log");
    Files.writeString(log, "=== " + runName + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    if (!quietHost.await()) {
      busyStarts++;
    }
    ChildLauncher.Child child = launcher.run(config, runName, sourceList, output, log);
    Directories.deleteRecursively(output);
    ChildReport report = child.report();
    childJava = report.javaVersion();
    progress(String.format(Locale.ROOT, "[%d] round %d/%d%s %-17s wall %7.2f s  cpu %7.2f s  rss %6.0f MiB  other load %3.0f%%  %s%s",
        size, round + 1, rounds, warmup ? " (warm-up)" : "", config.id(),
        Units.seconds(report.wallNanos()), Units.seconds(report.cpuNanos()),
        Units.mebibytesFromKibibytes(report.peakRssKib()),
        ConfigSummary.otherLoadShare(report) * 100,
        report.diagnostics() == 0 ? "no diagnostics" : report.diagnostics() + " diagnostic(s)",
        report.success() ? "" : "  COMPILE FAILED"));
    return new RunRecord(size, round, warmup, config.id(), report, child.diagnosticSamples());
  }

  /** The corpus's sources as absolute paths, one a line, for the child. */
  private static Path absoluteSourceList(Path corpus) throws IOException {
    List<String> absolute = new ArrayList<>();
    for (String relative : Files.readAllLines(corpus.resolve(CorpusGenerator.SOURCE_LIST), StandardCharsets.UTF_8)) {
      if (!relative.isBlank()) {
        absolute.add(corpus.resolve(relative).toString());
      }
    }
    Path list = corpus.resolve("sources-absolute.txt");
    Files.write(list, absolute, StandardCharsets.UTF_8);
    return list;
  }

  /** {@code configs} rotated left by {@code round}: every configuration takes every position. */
  static <T> List<T> rotated(List<T> configs, int round) {
    List<T> order = new ArrayList<>(configs.size());
    for (int i = 0; i < configs.size(); i++) {
      order.add(configs.get((i + round) % configs.size()));
    }
    return order;
  }

  private static void progress(String message) {
    System.err.println(message);
  }
}
