package io.contractcheck.sample.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/** Prints what a load run did, as it goes, in lines that can be pasted into the docs. */
final class LoadReport {

  /** The goal for an open-loop run at 1,000 runs/s or more: p99 below this, in milliseconds. */
  static final double GOAL_P99_MS = 100;
  static final int GOAL_RATE = 1_000;

  private final LoadOptions options;
  private final PrintStream out;

  LoadReport(LoadOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  void machine() {
    out.printf(
        "machine: %d CPUs (%s), %s %s, Java %s; load average %s%n",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"),
        loadAverage());
    if (options.mode() == LoadOptions.Mode.FLOOD) {
      out.printf(
          "load: %d floods of %d WebSocket handshakes at once, half with forged tokens%n",
          options.floods(), options.handshakes());
    } else if (options.mode() == LoadOptions.Mode.OPEN) {
      out.printf(
          "load: open loop, %d users, %d runs/s for %d s (%d runs)%n",
          options.users(), options.rate(), options.duration().toSeconds(), options.openLoopRuns());
    } else {
      out.printf(
          "load: closed loop, %d users, each sends again when its run completes, for %d s%n",
          options.users(), options.duration().toSeconds());
    }
  }

  void server(URI server, boolean started) {
    out.printf(
        "server: %s%s%n",
        server,
        started
            ? " (started by the tool in its own JVM, agent step delay "
                + options.stepDelay().toMillis() + " ms"
                + (options.serverWarmUp() > 0 ? ", --warm-up " + options.serverWarmUp() : "")
                + (options.serverJavaOptions().isEmpty()
                    ? ""
                    : ", JVM options " + String.join(" ", options.serverJavaOptions()))
                + ")"
            : "");
  }

  void connected(Histogram handshakes) {
    out.printf(
        "connected %d users; handshake ms: p50 %s, p99 %s, max %s%n",
        handshakes.getTotalCount(),
        millis(handshakes.getValueAtPercentile(50)),
        millis(handshakes.getValueAtPercentile(99)),
        millis(handshakes.getMaxValue()));
  }

  void warmUp(RunLedger warmUp) {
    out.printf(
        "warm-up: one run per user, %d of %d completed%s%n",
        warmUp.completed.get(), warmUp.started.get(), warmUp.clean() ? "" : problems(warmUp));
  }

  void runs(RunLedger runs, long elapsedNanos, long clientCpuNanos, Optional<Long> serverCpuNanos) {
    double seconds = elapsedNanos / 1e9;
    Histogram latency = runs.latency();
    out.printf(
        "runs: %d started, %d completed, %d lost, %d cross-user, %d out of order, %d errors, %d send failures%n",
        runs.started.get(), runs.completed.get(), runs.lost(), runs.crossUser.get(),
        runs.outOfOrder.get(), runs.errors.get(), runs.sendFailures.get());
    out.printf(
        "throughput: %.1f runs/s (%.0f events/s) over %.2f s%n",
        runs.completed.get() / seconds, runs.completed.get() * 5 / seconds, seconds);
    out.printf(
        "latency ms (%s to agent_completed): p50 %s, p90 %s, p99 %s, p99.9 %s, max %s%n",
        options.mode() == LoadOptions.Mode.OPEN ? "scheduled start" : "send",
        millis(latency.getValueAtPercentile(50)),
        millis(latency.getValueAtPercentile(90)),
        millis(latency.getValueAtPercentile(99)),
        millis(latency.getValueAtPercentile(99.9)),
        millis(latency.getMaxValue()));
    int cpus = Runtime.getRuntime().availableProcessors();
    out.printf(
        "CPU during the runs: client %.1f s (%.0f%% of %d CPUs)%s; load average %s%n",
        clientCpuNanos / 1e9,
        100.0 * clientCpuNanos / elapsedNanos / cpus,
        cpus,
        serverCpuNanos
            .map(cpu -> String.format(", server %.1f s (%.0f%%)", cpu / 1e9, 100.0 * cpu / elapsedNanos / cpus))
            .orElse(", server not measured"),
        loadAverage());
    if (!runs.clean()) {
      out.println("problems:" + problems(runs));
    }
  }

  void serverStats(
      Optional<ServerStats.Sample> idle,
      Optional<ServerStats.Sample> loaded,
      Optional<ServerStats.Sample> disconnected,
      Optional<Integer> logProblems) {
    if (idle.isEmpty() || loaded.isEmpty() || disconnected.isEmpty()) {
      out.println("server heap and threads: not measured (give --server-pid with --url)");
    } else {
      out.printf(
          "server before: %s; after the runs: %s; after the users left: %s%n",
          idle.get().describe(), loaded.get().describe(), disconnected.get().describe());
    }
    logProblems.ifPresent(count -> out.printf("server log: %d unexpected warnings or errors%n", count));
  }

  void verdict(RunLedger runs) {
    if (options.mode() != LoadOptions.Mode.OPEN || options.rate() < GOAL_RATE) {
      out.println(runs.clean() ? "result: every run complete and isolated" : "result: FAILED");
      return;
    }
    double p99 = runs.latency().getValueAtPercentile(99) / 1_000.0;
    boolean met = runs.clean() && p99 < GOAL_P99_MS;
    out.printf(
        "goal (open loop >= %d runs/s: p99 < %.0f ms, 0 lost, 0 cross-user): %s (p99 %.1f ms)%n",
        GOAL_RATE, GOAL_P99_MS, met ? "MET" : "NOT MET", p99);
  }

  private static String problems(RunLedger runs) {
    StringBuilder text = new StringBuilder();
    for (String sample : runs.samples()) {
      text.append(System.lineSeparator()).append("  ").append(sample);
    }
    return text.toString();
  }

  static String millis(long micros) {
    return String.format("%.1f", micros / 1_000.0);
  }

  private static String cpuModel() {
    return read("/proc/cpuinfo").lines()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("unknown model");
  }

  static String loadAverage() {
    String[] fields = read("/proc/loadavg").trim().split("\\s+");
    return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      return "";
    }
  }
}
