package io.contractcheck.sample.load;

import io.contractcheck.sample.auth.TokenService;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * The flood mode: {@code --floods} floods of {@code --handshakes} WebSocket handshakes at once into
 * one server, half of them with tokens signed by another key. The first flood meets a freshly
 * started server (cold JVM), the later ones a warm one. Reports the valid handshakes' latency, the
 * 401s and other failures, the client's and server's CPU, the server's threads and the load
 * average; the counts decide the result, the latency is measured against the goal but does not.
 */
final class FloodRun {

  /** The goal for valid handshakes under a flood: p99 below this, in milliseconds. */
  static final double GOAL_P99_MS = 1_000;
  /** The server's WebSocket path. */
  static final String SOCKET_PATH = "/ws";

  /** What the floods did; {@code clean} when every count was right, in every flood and the log. */
  record Outcome(List<Flood.Result> floods, boolean clean) {}

  private FloodRun() {}

  static Outcome run(LoadOptions options, PrintStream out) throws Exception {
    LoadReport report = new LoadReport(options, out);
    report.machine();
    String secret = options.jwtSecret().orElseGet(FloodRun::newSecret);
    try (ServerTarget target = ServerTarget.of(options, Optional.of(secret))) {
      report.server(target.uri(), target.started());
      TokenService valid = new TokenService(TokenService.keyFromSecret(secret), Clock.systemUTC());
      TokenService forger = new TokenService(TokenService.randomKey(), Clock.systemUTC());
      List<Flood.Result> results = new ArrayList<>();
      boolean clean = true;
      for (int f = 1; f <= options.floods(); f++) {
        Flood flood = new Flood(target.uri(), SOCKET_PATH, attempts(f, options.handshakes(), valid, forger));
        long[] cpuBefore = new long[2];
        Flood.Result result =
            flood.run(
                () -> {
                  cpuBefore[0] = LoadTool.clientCpuNanos();
                  cpuBefore[1] = target.stats().map(ServerStats::cpuNanos).orElse(0L);
                });
        long clientCpu = LoadTool.clientCpuNanos() - cpuBefore[0];
        Optional<Long> serverCpu = target.stats().map(s -> s.cpuNanos() - cpuBefore[1]);
        Optional<Integer> threads = target.stats().map(ServerStats::threads);
        print(out, f, options, result, clientCpu, serverCpu, threads);
        result.closeConnections();
        results.add(result);
        clean &= result.countsRight();
        Thread.sleep(1_000);
      }
      if (target.process().isPresent()) {
        clean &= logChecked(out, target.process().get(), options.floods() * options.handshakes() / 2);
      }
      goal(out, results);
      out.println(clean ? "result: every count right" : "result: FAILED");
      return new Outcome(results, clean);
    }
  }

  /** Tokens for one flood: even positions valid, odd ones forged; a user name per handshake. */
  private static List<Flood.Attempt> attempts(
      int flood, int handshakes, TokenService valid, TokenService forger) {
    List<Flood.Attempt> attempts = new ArrayList<>(handshakes);
    for (int i = 0; i < handshakes; i++) {
      boolean isValid = i % 2 == 0;
      String user = String.format("flood%d-%05d", flood, i);
      attempts.add(
          new Flood.Attempt((isValid ? valid : forger).issue(user, Duration.ofMinutes(10)), isValid));
    }
    return attempts;
  }

  private static void print(
      PrintStream out,
      int number,
      LoadOptions options,
      Flood.Result result,
      long clientCpuNanos,
      Optional<Long> serverCpuNanos,
      Optional<Integer> serverThreads) {
    out.printf(
        "flood %d of %d%s: %d handshakes at once, all answered in %.2f s%n",
        number, options.floods(), number == 1 ? " (fresh server)" : "",
        result.valid() + result.forged(), result.wallNanos() / 1e9);
    out.printf(
        "  valid: %d of %d connected; ms from the release: %s; from their own connect: %s%n",
        result.connected(), result.valid(),
        percentiles(result.validMicros()), percentiles(result.validFromConnectMicros()));
    out.printf(
        "  forged: %d of %d refused with 401 (ms from the release: %s); other answers %d, failures %d%n",
        result.refused401(), result.forged(), percentiles(result.refusedMicros()),
        result.wrongAnswers(), result.failures());
    result.samples().forEach(sample -> out.println("    " + sample));
    int handshakes = result.valid() + result.forged();
    out.printf(
        "  CPU: client %.2f s, server %s; server threads after: %s; load average %s%n",
        clientCpuNanos / 1e9,
        serverCpuNanos
            .map(cpu -> String.format("%.2f s (%.2f ms per handshake)", cpu / 1e9, cpu / 1e6 / handshakes))
            .orElse("not measured"),
        serverThreads.map(String::valueOf).orElse("not measured"),
        LoadReport.loadAverage());
  }

  private static String percentiles(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return "none";
    }
    return "p50 " + LoadReport.millis(micros.getValueAtPercentile(50))
        + ", p90 " + LoadReport.millis(micros.getValueAtPercentile(90))
        + ", p99 " + LoadReport.millis(micros.getValueAtPercentile(99))
        + ", max " + LoadReport.millis(micros.getMaxValue());
  }

  /** One refusal line per forged token and no other warning or error in the server's log. */
  private static boolean logChecked(PrintStream out, ServerProcess process, int forged)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (process.refusalLines() < forged && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    int lines = process.refusalLines();
    int problems = process.unexpectedProblems();
    out.printf(
        "server log: %d \"%s...\" lines for %d forged tokens; %d other warnings or errors%n",
        lines, ServerProcess.REFUSAL_LINE, forged, problems);
    return lines == forged && problems == 0;
  }

  private static void goal(PrintStream out, List<Flood.Result> results) {
    String p99s =
        results.stream()
            .map(r -> LoadReport.millis(r.validMicros().getValueAtPercentile(99)))
            .collect(Collectors.joining(", "));
    boolean met =
        results.stream()
            .allMatch(
                r -> r.connected() == r.valid()
                    && r.validMicros().getValueAtPercentile(99) / 1_000.0 < GOAL_P99_MS);
    out.printf(
        "goal (valid handshakes under the flood: p99 < %.0f ms): %s (p99 ms per flood: %s)%n",
        GOAL_P99_MS, met ? "MET" : "NOT MET", p99s);
  }

  /** A secret for a server the tool starts: the encoding of a fresh HS256 key (44 characters). */
  private static String newSecret() {
    return Base64.getEncoder().encodeToString(TokenService.randomKey().getEncoded());
  }
}
