package io.contractcheck.sample.load;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The load tool's entry point: connects the users, warms each up with one run, starts the measured
 * runs (open or closed loop), waits for the last, disconnects and prints the report.
 */
public final class LoadTool {

  private static final int CLIENT_THREADS = 2;
  /**
   * The users are spread over this many JDK HttpClients. Each drives its connections from one
   * selector thread; a single one made handshakes wait seconds on the client side.
   */
  private static final int HTTP_CLIENTS = 4;

  private LoadTool() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = List.of(args);
    if (arguments.contains("--help") || arguments.contains("-h")) {
      System.out.print(LoadOptions.USAGE);
      return;
    }
    LoadOptions options;
    try {
      options = LoadOptions.parse(arguments, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(LoadOptions.USAGE);
      System.exit(2);
      return;
    }
    boolean clean =
        options.mode() == LoadOptions.Mode.FLOOD
            ? FloodRun.run(options, System.out).clean()
            : run(options, System.out).clean();
    System.exit(clean ? 0 : 1);
  }

  /** Runs the load described by {@code options}, prints the report, returns the measured runs. */
  static RunLedger run(LoadOptions options, PrintStream out) throws Exception {
    LoadReport report = new LoadReport(options, out);
    report.machine();
    try (ServerTarget target = ServerTarget.of(options, Optional.empty())) {
      report.server(target.uri(), target.started());
      return measure(options, target.uri(), target.stats(), target.process(), report);
    }
  }

  private static RunLedger measure(
      LoadOptions options,
      URI server,
      Optional<ServerStats> stats,
      Optional<ServerProcess> process,
      LoadReport report)
      throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(CLIENT_THREADS, daemon());
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < HTTP_CLIENTS; i++) {
      clients.add(HttpClient.newBuilder().executor(executor).build());
    }
    try {
      Optional<ServerStats.Sample> idle = stats.map(ServerStats::sample);

      RunLedger warmUp = new RunLedger();
      Users.Connected connected = Users.connect(clients, server, options.users(), warmUp);
      List<VirtualUser> users = connected.users();
      report.connected(connected.handshakes());
      long now = System.nanoTime();
      users.forEach(user -> user.startRun(now, warmUp));
      awaitCompletion(warmUp, Duration.ofSeconds(60));
      report.warmUp(warmUp);

      RunLedger measured = new RunLedger();
      users.forEach(user -> user.tracker().recordInto(measured));
      long clientCpu = clientCpuNanos();
      long serverCpu = stats.map(ServerStats::cpuNanos).orElse(0L);
      long start = System.nanoTime();
      if (options.mode() == LoadOptions.Mode.OPEN) {
        openLoop(options, users, measured, start);
      } else {
        closedLoop(options, users, measured, start);
      }
      awaitCompletion(measured, options.drain());
      long elapsed = measured.lastCompletionNanos() - start;
      report.runs(
          measured,
          elapsed,
          clientCpuNanos() - clientCpu,
          stats.map(s -> s.cpuNanos() - serverCpu));

      Optional<ServerStats.Sample> loaded = stats.map(ServerStats::sample);
      CompletableFuture.allOf(users.stream().map(VirtualUser::close).toArray(CompletableFuture[]::new))
          .get(30, TimeUnit.SECONDS);
      Thread.sleep(500);
      Optional<ServerStats.Sample> disconnected = stats.map(ServerStats::sample);
      report.serverStats(idle, loaded, disconnected, process.map(ServerProcess::unexpectedProblems));
      report.verdict(measured);
      return measured;
    } finally {
      executor.shutdownNow();
    }
  }

  /** Runs arrive at a fixed total rate, round robin over the users, whether or not runs finish. */
  private static void openLoop(
      LoadOptions options, List<VirtualUser> users, RunLedger measured, long start) {
    long total = options.openLoopRuns();
    double intervalNanos = 1e9 / options.rate();
    for (long i = 0; i < total; i++) {
      long due = start + (long) (i * intervalNanos);
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      users.get((int) (i % users.size())).startRun(due, measured);
    }
  }

  /** Every user sends its next run as soon as its last completes, until the duration is over. */
  private static void closedLoop(
      LoadOptions options, List<VirtualUser> users, RunLedger measured, long start)
      throws InterruptedException {
    long end = start + options.duration().toNanos();
    for (VirtualUser user : users) {
      user.onRunCompleted(
          (done, request) -> {
            long now = System.nanoTime();
            if (now < end) {
              done.startRun(now, measured);
            }
          });
    }
    users.forEach(user -> user.startRun(System.nanoTime(), measured));
    Thread.sleep(options.duration().toMillis());
  }

  private static void awaitCompletion(RunLedger ledger, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (ledger.lost() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  static long clientCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "load-client");
      thread.setDaemon(true);
      return thread;
    };
  }
}
