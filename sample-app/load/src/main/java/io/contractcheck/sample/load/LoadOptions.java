package io.contractcheck.sample.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one load run does, read from the command line.
 *
 * @param mode open loop (fixed arrival rate) or closed loop (each user sends again when its run ends)
 * @param users how many users stay connected during the run
 * @param rate open loop only: runs per second, over all users
 * @param duration how long runs are started
 * @param drain how long to wait, after the last start, for runs still in flight
 * @param server the server's address ({@code http://host:port}); empty: start one from {@code serverJar}
 * @param serverJar the server's jar, started with {@code --port 0} when no address is given
 * @param stepDelay the agent step delay of a server the tool starts
 * @param serverPid the process of a server given by address, for its heap, threads and CPU
 */
record LoadOptions(
    Mode mode,
    int users,
    int rate,
    Duration duration,
    Duration drain,
    Optional<URI> server,
    Path serverJar,
    Duration stepDelay,
    OptionalLong serverPid) {

  enum Mode {
    OPEN,
    CLOSED
  }

  static final String USAGE =
      """
      Usage: java -jar sample-app/load/target/contractcheck-sample-load.jar [options]

        --mode open|closed    open: runs arrive at --rate per second whatever the server does,
                              latency from each run's scheduled start (default);
                              closed: each user sends again as soon as its run completes
        --users N             connected users (default 1000)
        --rate R              open loop: runs per second over all users (default 1000)
        --duration S          seconds of starting runs (default 20)
        --drain S             seconds to wait for runs still in flight at the end (default 10)
        --server-jar PATH     the server to start, on a free port, with dev tokens
                              (default sample-app/server/target/contractcheck-sample-app.jar)
        --step-delay MS       the agent step delay of that server (default 0)
        --url http://H:P      use a running server instead (it must have dev tokens on)
        --server-pid PID      with --url: the server's process, to report its heap, threads, CPU
        --help                print this help

      Exit status: 0 when every run completed in order with nothing from another user, 1 otherwise,
      2 for invalid options.
      """;

  static LoadOptions parse(List<String> args) {
    Mode mode = Mode.OPEN;
    int users = 1_000;
    int rate = 1_000;
    Duration duration = Duration.ofSeconds(20);
    Duration drain = Duration.ofSeconds(10);
    Optional<URI> server = Optional.empty();
    Path serverJar = Path.of("sample-app/server/target/contractcheck-sample-app.jar");
    Duration stepDelay = Duration.ZERO;
    OptionalLong serverPid = OptionalLong.empty();
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (i + 1 == args.size()) {
        throw new IllegalArgumentException(option + " needs a value (or is unknown)");
      }
      String value = args.get(++i);
      switch (option) {
        case "--mode" -> mode = switch (value) {
          case "open" -> Mode.OPEN;
          case "closed" -> Mode.CLOSED;
          default -> throw new IllegalArgumentException("--mode must be open or closed, got '" + value + "'");
        };
        case "--users" -> users = positive(option, value);
        case "--rate" -> rate = positive(option, value);
        case "--duration" -> duration = Duration.ofSeconds(positive(option, value));
        case "--drain" -> drain = Duration.ofSeconds(positive(option, value));
        case "--server-jar" -> serverJar = Path.of(value);
        case "--step-delay" -> stepDelay = Duration.ofMillis(number(option, value));
        case "--url" -> server = Optional.of(URI.create(value));
        case "--server-pid" -> serverPid = OptionalLong.of(number(option, value));
        default -> throw new IllegalArgumentException("unknown option: " + option);
      }
    }
    if (serverPid.isPresent() && server.isEmpty()) {
      throw new IllegalArgumentException("--server-pid needs --url (a server the tool starts is known)");
    }
    return new LoadOptions(mode, users, rate, duration, drain, server, serverJar, stepDelay, serverPid);
  }

  /** How many runs an open-loop run starts. */
  long openLoopRuns() {
    return (long) rate * duration.toSeconds();
  }

  private static int positive(String option, String value) {
    long number = number(option, value);
    if (number < 1 || number > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(option + " must be at least 1, got " + value);
    }
    return (int) number;
  }

  private static long number(String option, String value) {
    try {
      long number = Long.parseLong(value.trim());
      if (number < 0) {
        throw new IllegalArgumentException(option + " must not be negative, got " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a number, got '" + value + "'");
    }
  }
}
